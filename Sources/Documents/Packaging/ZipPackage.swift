import Foundation
import ZIPFoundation

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

/// Zips parts deterministically: entries in the given order, every timestamp 1980-01-01 00:00,
/// fixed permissions, so the same parts always give the same bytes.
enum ZipPackage {
    static func make(_ parts: [PackagePart]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800), permissions: 0o644,
                                 compressionMethod: part.compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ZipPackageError() }
        var bytes = [UInt8](data)
        try fixEntryTimes(&bytes)
        return bytes
    }

    /// MS-DOS time 00:00:00 and date 1980-01-01 (year 0 from 1980, month 1, day 1).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = 0 << 9 | 1 << 5 | 1

    /// Writes `dosTime` and `dosDate` into every central directory entry and the local header it
    /// points at. ZIPFoundation derives these fields from a `Date` through the C library's
    /// calendar, which differs between its releases (local time or UTC); setting the bytes makes
    /// them the same under any time zone and any release.
    static func fixEntryTimes(_ bytes: inout [UInt8]) throws {
        func uint16(_ at: Int) throws -> Int {
            guard at >= 0, at + 2 <= bytes.count else { throw ZipPackageError() }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func uint32(_ at: Int) throws -> Int { try uint16(at) | uint16(at + 2) << 16 }
        func put(_ value: UInt16, at: Int) {
            bytes[at] = UInt8(value & 0xFF)
            bytes[at + 1] = UInt8(value >> 8)
        }
        // The end of central directory record is the last 22 bytes: no archive comment is written.
        let end = bytes.count - 22
        guard try uint32(end) == 0x0605_4B50 else { throw ZipPackageError() }
        var entry = try uint32(end + 16)
        for _ in 0..<(try uint16(end + 10)) {
            guard try uint32(entry) == 0x0201_4B50 else { throw ZipPackageError() }
            let local = try uint32(entry + 42)
            guard try uint32(local) == 0x0403_4B50 else { throw ZipPackageError() }
            put(dosTime, at: entry + 12)
            put(dosDate, at: entry + 14)
            put(dosTime, at: local + 10)
            put(dosDate, at: local + 12)
            entry += try 46 + uint16(entry + 28) + uint16(entry + 30) + uint16(entry + 32)
        }
    }
}

struct ZipPackageError: Error, CustomStringConvertible {
    var description: String { "the zip archive could not be built in memory" }
}
