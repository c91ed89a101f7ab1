import MeetingPlan
import Foundation

/// How the library reads the files a plan refers to (rosters, layouts). The front end passes
/// `DiskFileReader`; tests may pass files held in memory.
public protocol FileReader: Sendable {
    func read(_ path: String) throws -> [UInt8]
    /// Reads at most `limit` bytes; a longer file throws `FileReadError.tooLarge` without its
    /// excess ever being read.
    func read(_ path: String, atMost limit: Int) throws -> [UInt8]
}

extension FileReader {
    public func read(_ path: String, atMost limit: Int) throws -> [UInt8] {
        let bytes = try read(path)
        guard bytes.count <= limit else { throw FileReadError.tooLarge(limit: limit) }
        return bytes
    }
}

public struct DiskFileReader: FileReader {
    public init() {}

    public func read(_ path: String) throws -> [UInt8] {
        try contents(of: path, upTo: nil)
    }

    public func read(_ path: String, atMost limit: Int) throws -> [UInt8] {
        // One byte past the limit tells a file at the limit from a longer one.
        let bytes = try contents(of: path, upTo: limit + 1)
        guard bytes.count <= limit else { throw FileReadError.tooLarge(limit: limit) }
        return bytes
    }

    private func contents(of path: String, upTo count: Int?) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileReadError.missing
        }
        if isDirectory.boolValue { throw FileReadError.isDirectory }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw FileReadError.unreadable }
        defer { try? handle.close() }
        do {
            let data = try count.map { try handle.read(upToCount: $0) } ?? handle.readToEnd()
            return data.map { [UInt8]($0) } ?? []
        } catch {
            throw FileReadError.unreadable
        }
    }
}

public enum FileReadError: Error, CustomStringConvertible {
    case missing, isDirectory, unreadable
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .missing: return "文件不存在"
        case .isDirectory: return "这是一个文件夹"
        case .unreadable: return "文件无法读取"
        case .tooLarge(let limit): return "文件超过 \(limit / 1_048_576) MB"
        }
    }
}

/// Paths inside a plan are relative to the plan file.
public func resolvePath(_ path: String, relativeTo file: String) -> String {
    if path.hasPrefix("/") { return path }
    guard file.contains("/") else { return path }
    return PathText.joined(PathText.split(file).parent, path)
}
