import Foundation

/// How the library reads the files a plan refers to (rosters, layouts). The front end passes
/// `DiskFileReader`; tests may pass files held in memory.
public protocol FileReader: Sendable {
    func read(_ path: String) throws -> [UInt8]
}

public struct DiskFileReader: FileReader {
    public init() {}

    public func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileReadError.missing
        }
        if isDirectory.boolValue { throw FileReadError.isDirectory }
        guard let data = FileManager.default.contents(atPath: path) else { throw FileReadError.unreadable }
        return [UInt8](data)
    }
}

public enum FileReadError: Error, CustomStringConvertible {
    case missing, isDirectory, unreadable

    public var description: String {
        switch self {
        case .missing: return "文件不存在"
        case .isDirectory: return "这是一个文件夹"
        case .unreadable: return "文件无法读取"
        }
    }
}

/// Paths inside a plan are relative to the plan file.
public func resolvePath(_ path: String, relativeTo file: String) -> String {
    if path.hasPrefix("/") { return path }
    let directory = (file as NSString).deletingLastPathComponent
    return directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path)
}
