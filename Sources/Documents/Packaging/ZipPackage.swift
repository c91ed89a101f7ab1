import CDeflate
import ZipCompression
import XMLSupport

/// One file of an office package.
public struct PackagePart: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// Stored parts are kept as they are (ODF requires it for `mimetype`).
    public var compressed: Bool

    public init(_ path: String, _ bytes: [UInt8], compressed: Bool = true) {
        self.path = path
        self.bytes = bytes
        self.compressed = compressed
    }
}

/// Zips parts deterministically in one pass: entries in the order added, each a local header and
/// its data (raw deflate, or stored), then the central directory once. Every timestamp
/// is 1980-01-01 00:00 and every file 0644, so the same parts always give the same bytes, under any
/// time zone. (ZIPFoundation's in-memory archive rewrites its central directory after every entry,
/// which made packages of thousands of parts quadratic; the headers written here are the ones it
/// wrote, so packages are byte for byte what they were.)
///
/// A part can be written in pieces as it is made (`startPart`, `write`, `endPart`): a large XML
/// part is then compressed from a small buffer that stays in the cache instead of being held
/// whole first (making and growing the 3.8 MB `document.xml` of 3,000 桌签 was mostly page
/// faults and copies). The compressor gives the same stream however its input is split, so a
/// part gives the same bytes either way.
///
/// A compressed part can also be written end first (`startPartEndFirst`, `write`, `startHead`,
/// `write`, `endPart`), for a part whose beginning depends on what its end names: ODF's
/// `content.xml` declares its automatic styles before the text, and they are named as the text
/// is written. Raw deflate streams concatenate (pigz builds its output so): the end is
/// compressed as it comes, as a stream of its own with a final block, into a buffer; the head is
/// then compressed with the stream reset and ended as zlib's Z_SYNC_FLUSH ends it (byte-aligned,
/// no final block), the entry's data is the head's stream followed by the end's, and their CRCs are
/// combined. Only the end's compressed bytes are held, never the part's text (the 3,000
/// congress's content.xml parts, 6 MB, were held whole, copied and grown: the export's page
/// faults fell from about 12,000 to 8,700 against `check`'s 6,600).
final class ZipPackage {
    /// MS-DOS time 00:00:00 and date 1980-01-01 (year 0 from 1980, month 1, day 1).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = 0 << 9 | 1 << 5 | 1

    private let compressor: Compressor
    private var output: ByteBuffer
    private var directory: [UInt8] = []
    private var partCount = 0
    /// The part being written: where its local header is, and what is known of it so far.
    private var open: OpenPart?
    /// The compressed end of a part written end first, while it is written and then its head.
    private var end: ByteBuffer?

    private struct OpenPart {
        var name: [UInt8]
        var compressed: Bool
        var headerOffset: Int
        var dataStart: Int
        /// Of the bytes written since the part or its head started.
        var size = 0
        var crc: UInt32 = 0
        var order = Order.inOrder
    }

    private enum Order {
        case inOrder
        /// `write` takes the part's end, compressed into `end`.
        case end
        /// `write` takes the head; the end (in `end`) had `endSize` bytes with the CRC `endCRC`.
        case head(endSize: Int, endCRC: UInt32)
    }

    /// - Parameter capacity: bytes to reserve for the package (it grows beyond them if needed).
    init(capacity: Int = 1 << 16) throws {
        compressor = try Compressor()
        output = ByteBuffer(capacity: capacity)
    }

    deinit {
        output.deallocate()
        end?.deallocate()
    }

    /// Zips `parts` at once, into memory reserved for the worst case (never grown).
    static func make(_ parts: [PackagePart]) throws -> [UInt8] {
        let package = try ZipPackage()
        var capacity = 22
        for part in parts {
            let name = part.path.utf8.count
            capacity += 30 + 46 + 2 * name + (part.compressed ? package.compressor.bound(part.bytes.count) : part.bytes.count)
        }
        package.output.reserve(capacity)
        for part in parts { try package.add(part) }
        return try package.finish()
    }

    func add(_ part: PackagePart) throws {
        try startPart(part.path, compressed: part.compressed)
        try part.bytes.withUnsafeBufferPointer { try write($0) }
        try endPart()
    }

    /// Starts an entry whose data follows through `write`.
    func startPart(_ path: String, compressed: Bool = true) throws {
        guard open == nil, partCount < 0xFFFE, output.count < 0xFFFF_FFFF else { throw ZipPackageError() }
        let name = Array(path.utf8)
        let headerOffset = output.count
        // Local file header: version 2.0, UTF-8 names (bit 11); the CRC and sizes are filled in
        // by `endPart`, once the data is written after it.
        output.reserve(30 + name.count)
        output.append32(0x0403_4B50); output.append16(20); output.append16(0x0800); output.append16(compressed ? 8 : 0)
        output.append16(Self.dosTime); output.append16(Self.dosDate)
        output.append32(0); output.append32(0); output.append32(0)
        output.append16(UInt16(name.count)); output.append16(0)
        output.append(name)
        if compressed { compressor.reset() }
        open = OpenPart(name: name, compressed: compressed, headerOffset: headerOffset, dataStart: output.count)
    }

    /// Starts a compressed entry whose end is written first (through `write`), then its head
    /// (`startHead`, `write`), then ended as any part (`endPart`).
    func startPartEndFirst(_ path: String) throws {
        try startPart(path)
        end = ByteBuffer(capacity: 1 << 16)
        open?.order = .end
    }

    /// Finishes the end's stream of a part started by `startPartEndFirst`: what `write` takes
    /// next is the part's beginning, up to where the end begins.
    func startHead() throws {
        guard var part = open, case .end = part.order else { throw ZipPackageError() }
        try compressor.end(sync: false, into: &end!)
        compressor.reset()
        part.order = .head(endSize: part.size, endCRC: part.crc)
        part.size = 0
        part.crc = 0
        open = part
    }

    /// The next bytes of the part started last.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard var part = open else { throw ZipPackageError() }
        guard !bytes.isEmpty else { return }
        part.crc = crc32_update(part.crc, bytes.baseAddress, bytes.count)
        part.size += bytes.count
        guard part.size < 0xFFFF_FFFF else { throw ZipPackageError() }
        open = part
        if case .end = part.order {
            try compressor.write(bytes, into: &end!)
        } else if part.compressed {
            try compressor.write(bytes, into: &output)
        } else {
            output.reserve(bytes.count)
            output.append(bytes)
        }
    }

    func endPart() throws {
        guard var part = open else { throw ZipPackageError() }
        switch part.order {
        case .inOrder:
            if part.compressed { try compressor.end(sync: false, into: &output) }
        case .end:
            throw ZipPackageError()  // `startHead` was not called
        case .head(let endSize, let endCRC):
            // The head's stream byte-aligned and left open (no final block), the end's after it.
            try compressor.end(sync: true, into: &output)
            output.append(end!.contents)
            end!.deallocate()
            end = nil
            part.crc = UInt32(crc32_combine(UInt(part.crc), UInt(endCRC), off_t(endSize)))
            part.size += endSize
            guard part.size < 0xFFFF_FFFF else { throw ZipPackageError() }
        }
        let dataCount = output.count - part.dataStart
        guard dataCount < 0xFFFF_FFFF else { throw ZipPackageError() }
        let method: UInt16 = part.compressed ? 8 : 0
        output.set32(part.crc, at: part.headerOffset + 14)
        output.set32(UInt32(dataCount), at: part.headerOffset + 18)
        output.set32(UInt32(part.size), at: part.headerOffset + 22)
        // Central directory entry: made by UNIX (3) zip 2.1, regular file 0644.
        directory.append32(0x0201_4B50); directory.append16(0x0315); directory.append16(20); directory.append16(0x0800)
        directory.append16(method); directory.append16(Self.dosTime); directory.append16(Self.dosDate); directory.append32(part.crc)
        directory.append32(UInt32(dataCount)); directory.append32(UInt32(part.size))
        directory.append16(UInt16(part.name.count)); directory.append16(0); directory.append16(0); directory.append16(0)
        directory.append16(0); directory.append32(0o100644 << 16); directory.append32(UInt32(part.headerOffset))
        directory += part.name
        partCount += 1
        open = nil
    }

    /// The central directory and its end record after the parts; the package's bytes.
    func finish() throws -> [UInt8] {
        guard open == nil, output.count < 0xFFFF_FFFF else { throw ZipPackageError() }
        let directoryStart = UInt32(output.count)
        output.reserve(directory.count + 22)
        directory.withUnsafeBufferPointer { output.append($0) }
        // End of central directory record, no comment.
        output.append32(0x0605_4B50); output.append16(0); output.append16(0)
        output.append16(UInt16(partCount)); output.append16(UInt16(partCount))
        output.append32(UInt32(directory.count)); output.append32(directoryStart); output.append16(0)
        return output.array()
    }

    /// One raw deflate stream (`fast_deflate`, ZipCompression's FastDeflate.c) for all parts of
    /// a package, reset between them.
    private final class Compressor {
        private let state: OpaquePointer

        init() throws {
            guard let state = fast_deflate_create() else { throw ZipPackageError() }
            self.state = state
        }

        deinit { fast_deflate_free(state) }

        /// The most bytes a part of `count` bytes deflates to: each 64 KB block in fixed codes at
        /// worst (9 bits a byte) and its header, and the end.
        func bound(_ count: Int) -> Int { count + count / 8 + 16 * (count / 65_536 + 2) }

        func reset() { fast_deflate_reset(state) }

        /// Deflates the next `bytes` of the part into `output`.
        func write(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout ByteBuffer) throws {
            guard fast_deflate_write(state, bytes.baseAddress, bytes.count) == 0 else { throw ZipPackageError() }
            take(into: &output)
        }

        /// Ends the part's stream into `output`; with `sync`, byte-aligned and without a final
        /// block, for another stream to follow.
        func end(sync: Bool, into output: inout ByteBuffer) throws {
            guard fast_deflate_end(state, sync ? 1 : 0) == 0 else { throw ZipPackageError() }
            take(into: &output)
        }

        private func take(into output: inout ByteBuffer) {
            var count = 0
            guard let bytes = fast_deflate_output(state, &count), count > 0 else { return }
            output.reserve(count)
            output.append(UnsafeBufferPointer(start: bytes, count: count))
            fast_deflate_take(state)
        }
    }
}

/// The little-endian numbers of zip headers.
private extension ByteBuffer {
    mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        append16(UInt16(value & 0xFFFF)); append16(UInt16(value >> 16))
    }

    func set32(_ value: UInt32, at offset: Int) {
        for index in 0..<4 { set(UInt8(truncatingIfNeeded: value >> (8 * index)), at: offset + index) }
    }
}

private extension Array where Element == UInt8 {
    mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        append16(UInt16(value & 0xFFFF)); append16(UInt16(value >> 16))
    }
}

struct ZipPackageError: Error, CustomStringConvertible {
    var description: String { "the zip archive could not be built in memory" }
}
