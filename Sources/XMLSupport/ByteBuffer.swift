#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes in memory of their own, for writers of large outputs (XML parts, zip packages): an
/// append is a capacity check and a copy (an array's also checks that its storage is not shared,
/// in generic code: about a sixth of the XML writer's time in a profile of the 3,000-delegate
/// export), `realloc` grows a large buffer by moving its pages instead of copying them, and
/// memory is left uninitialized until written. The owner frees it (`deallocate`) exactly once.
package struct ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    package private(set) var count = 0

    package init(capacity: Int) {
        self.capacity = max(capacity, 64)
        guard let memory = malloc(self.capacity) else { fatalError("out of memory for \(capacity) bytes") }
        base = memory.assumingMemoryBound(to: UInt8.self)
    }

    package var isEmpty: Bool { count == 0 }
    package var contents: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
    package func array() -> [UInt8] { Array(contents) }

    // Appends are inlined (a call per byte of punctuation was a percent of an export); growing is not.
    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        if count == capacity { grow(1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    package mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress else { return }
        if capacity - count < source.count { grow(source.count) }
        (base + count).update(from: start, count: source.count)
        count += source.count
    }

    package mutating func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    /// Makes room for at least `more` bytes after the written ones.
    package mutating func reserve(_ more: Int) {
        if capacity - count < more { grow(more) }
    }

    /// The unwritten memory after the bytes, for a producer that writes in place (`advance`).
    package var room: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(start: base + count, count: capacity - count) }

    /// Counts `written` bytes of `room` as written.
    package mutating func advance(by written: Int) {
        precondition(written >= 0 && written <= capacity - count, "more bytes written than there was room for")
        count += written
    }

    /// Overwrites a byte already written.
    package func set(_ byte: UInt8, at offset: Int) {
        precondition(offset >= 0 && offset < count, "a byte that was not written")
        base[offset] = byte
    }

    package mutating func removeAll() { count = 0 }

    /// Forgets the last `n` bytes written.
    package mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "more bytes removed than were written")
        count -= n
    }

    package func deallocate() { free(base) }

    @inline(never)
    private mutating func grow(_ more: Int) {
        capacity = max(2 * capacity, count + more)
        guard let memory = realloc(base, capacity) else { fatalError("out of memory for \(capacity) bytes") }
        base = memory.assumingMemoryBound(to: UInt8.self)
    }
}
