import CDeflate
import Testing
import TestSupport
import ZipCompression

/// `fast_deflate` must write streams that zlib's inflate reads back exactly, whatever the bytes,
/// and the same stream however the bytes are handed to it.
@Suite struct FastDeflateTests {
    /// Text as the package writer compresses it: XML tags, attributes and CJK names repeated with
    /// variations, from a seeded generator.
    static func markup(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        let names = ["丁鸣思", "陶　思", "县委组织部", "青石镇", "副局长", "科员", "<w:t>", "</w:t></w:r>", "<w:tc><w:tcPr><w:tcW w:w=\"",
                     "\" w:type=\"dxa\"/>", "<text:p text:style-name=\"GwTableText\">", "</text:p>"]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 64)
        while bytes.count < count {
            bytes += Array(names[Int.random(in: 0..<names.count, using: &generator)].utf8)
            if Int.random(in: 0..<4, using: &generator) == 0 { bytes += Array(String(Int.random(in: 0...99_999, using: &generator)).utf8) }
        }
        return Array(bytes.prefix(count))
    }

    static func random(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// The stream of `pieces` one after another: with `sync`, ended as a stream that another follows.
    static func deflate(_ pieces: [ArraySlice<UInt8>], sync: Bool = false, compressor: OpaquePointer? = nil) -> [UInt8] {
        let state = compressor ?? fast_deflate_create()!
        defer { if compressor == nil { fast_deflate_free(state) } }
        for piece in pieces {
            #expect(piece.withUnsafeBufferPointer { fast_deflate_write(state, $0.baseAddress, $0.count) } == 0)
        }
        #expect(fast_deflate_end(state, sync ? 1 : 0) == 0)
        var count = 0
        let output = fast_deflate_output(state, &count)
        let bytes = count == 0 ? [] : Array(UnsafeBufferPointer(start: output, count: count))
        fast_deflate_take(state)
        return bytes
    }

    /// zlib's raw inflate of `stream`, which must end exactly at its last byte.
    static func inflate(_ stream: [UInt8], expecting count: Int) -> [UInt8]? {
        var z = z_stream()
        guard inflateInit2_(&z, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&z) }
        var output = [UInt8](repeating: 0, count: count + 64)
        var input = stream
        let result = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                z.next_in = source.baseAddress
                z.avail_in = UInt32(source.count)
                z.next_out = target.baseAddress
                z.avail_out = UInt32(target.count)
                return CDeflate.inflate(&z, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END, z.avail_in == 0 else { return nil }
        return Array(output.prefix(Int(z.total_out)))
    }

    static let lengths = [0, 1, 7, 8, 9, 300, 65_535, 65_536, 65_537, 3 * 65_536 + 5, 400_000]

    @Test(arguments: lengths)
    func markupInflatesBack(length: Int) {
        let bytes = Self.markup(length, seed: UInt64(length) + 1)
        let stream = Self.deflate([bytes[...]])
        #expect(Self.inflate(stream, expecting: length) == bytes)
        if length >= 65_536 { #expect(stream.count * 5 < length, "markup compresses: \(stream.count) of \(length)") }
    }

    @Test(arguments: lengths)
    func randomBytesInflateBack(length: Int) {
        let bytes = Self.random(length, seed: UInt64(length) + 7)
        let stream = Self.deflate([bytes[...]])
        #expect(Self.inflate(stream, expecting: length) == bytes)
        // Incompressible bytes grow by at most the bound the package writer reserves.
        #expect(stream.count <= length + length / 8 + 16 * (length / 65_536 + 2))
    }

    /// Long runs (distance 1), the longest matches, and text, random bytes and runs in turn.
    @Test func runsAndMixturesInflateBack() {
        let zeros = [UInt8](repeating: 0, count: 200_000)
        #expect(Self.inflate(Self.deflate([zeros[...]]), expecting: zeros.count) == zeros)
        var mixture: [UInt8] = []
        for round in 0..<12 {
            mixture += Self.markup(30_000 + round * 977, seed: UInt64(round))
            mixture += Self.random(5_000 + round * 311, seed: UInt64(100 + round))
            mixture += [UInt8](repeating: UInt8(round), count: 700 + round * 91)
            mixture += mixture.prefix(40_000)  // a repeat from far back: beyond the window, then within it
        }
        #expect(Self.inflate(Self.deflate([mixture[...]]), expecting: mixture.count) == mixture)
    }

    /// The stream depends only on the bytes: not on how they are split, nor on what the
    /// compressor wrote before it was reset.
    @Test func sameStreamHoweverSplitAndAfterReset() {
        var generator = SeededGenerator(seed: 42)
        let bytes = Self.markup(300_000, seed: 3) + Self.random(20_000, seed: 4) + Self.markup(100_000, seed: 5)
        let whole = Self.deflate([bytes[...]])
        var pieces: [ArraySlice<UInt8>] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + Int.random(in: 0...70_000, using: &generator))
            pieces.append(bytes[offset..<end])
            offset = end
        }
        #expect(Self.deflate(pieces) == whole)
        let reused = fast_deflate_create()!
        defer { fast_deflate_free(reused) }
        for seed: UInt64 in 10..<14 {
            _ = Self.deflate([Self.markup(90_000, seed: seed)[...]], compressor: reused)
            fast_deflate_reset(reused)
        }
        #expect(Self.deflate([bytes[...]], compressor: reused) == whole)
    }

    /// A stream ended for another to follow (`sync`), then a new stream: the two inflate as one,
    /// as the package writer's parts written end first are stored.
    @Test func syncedStreamFollowedByAnother() {
        let head = Self.markup(150_000, seed: 8), tail = Self.markup(70_000, seed: 9)
        let compressor = fast_deflate_create()!
        defer { fast_deflate_free(compressor) }
        let first = Self.deflate([head[...]], sync: true, compressor: compressor)
        fast_deflate_reset(compressor)
        let second = Self.deflate([tail[...]], compressor: compressor)
        #expect(Array(first.suffix(4)) == [0, 0, 0xFF, 0xFF])
        #expect(Self.inflate(first + second, expecting: head.count + tail.count) == head + tail)
        // An empty head still ends byte-aligned.
        fast_deflate_reset(compressor)
        let empty = Self.deflate([], sync: true, compressor: compressor)
        fast_deflate_reset(compressor)
        #expect(Self.inflate(empty + Self.deflate([tail[...]], compressor: compressor), expecting: tail.count) == tail)
    }
}
