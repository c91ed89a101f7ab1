import Foundation
import ZIPFoundation

/// Reads the entries of a written package, as an office suite would.
enum PackageReading {
    static func entries(_ bytes: [UInt8]) throws -> [(name: String, info: Entry)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return archive.map { ($0.path, $0) }
    }

    static func text(of name: String, in bytes: [UInt8]) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        guard let entry = archive[name] else { return "" }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
