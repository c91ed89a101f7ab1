import Foundation
import ZIPFoundation

/// Reads the entries of a written package (DOCX, ODT, XLSX), as an office suite would.
public enum ZipParts {
    /// Every entry, in the package's order, with its uncompressed bytes.
    public static func read(_ bytes: [UInt8]) throws -> [(name: String, bytes: [UInt8])] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            return (entry.path, [UInt8](data))
        }
    }

    /// The entries with their zip headers, for tests of the packaging itself.
    public static func entries(_ bytes: [UInt8]) throws -> [(name: String, info: Entry)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return archive.map { ($0.path, $0) }
    }

    /// One entry's text, "" when the package has no such entry.
    public static func text(of name: String, in bytes: [UInt8]) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        guard let entry = archive[name] else { return "" }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
