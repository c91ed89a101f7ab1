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

extension ZipParts {
    /// Packs parts in order; the first is stored (as ODF's `mimetype` must be) when `storeFirst`.
    public static func make(_ parts: [(name: String, bytes: [UInt8])], storeFirst: Bool) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (index, part) in parts.enumerated() {
            let data = Data(part.bytes)
            try archive.addEntry(with: part.name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: index == 0 && storeFirst ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }
}
