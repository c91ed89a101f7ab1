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
                                 modificationDate: fixedDate, permissions: 0o644,
                                 compressionMethod: part.compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ZipPackageError() }
        return [UInt8](data)
    }

    /// The earliest DOS date. ZIPFoundation converts through the local calendar, so the date
    /// is built in that calendar to give the same DOS fields in every time zone.
    private static let fixedDate: Date = {
        Calendar.current.date(from: DateComponents(year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0))!
    }()
}

struct ZipPackageError: Error, CustomStringConvertible {
    var description: String { "the zip archive could not be built in memory" }
}
