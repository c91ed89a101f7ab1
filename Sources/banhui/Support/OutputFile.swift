import MeetingPlan
import Foundation

/// Writes one file the way cli.md promises: into a new file of an unpredictable name in the same
/// folder, flushed, then renamed into place. A failed or killed run never leaves a partial file,
/// keeps an earlier complete one, and never follows a symbolic link.
enum OutputFile {
    /// `keepingMode`: a file being replaced (a plan `serve` edits) keeps its permissions; other
    /// outputs are new files under the user's umask.
    static func write(_ bytes: [UInt8], to path: String, keepingMode: Bool = false) throws {
        try write(to: path, keepingMode: keepingMode) { put in put(bytes) }
    }

    /// Writes the bytes `content` hands, piece by piece, to the function it is given (see
    /// `Folder.writeNewFile(named:shownAs:mode:content:)`), replacing `path` only when all were written.
    static func write(to path: String, keepingMode: Bool = false, content: (([UInt8]) -> Void) throws -> Void) throws {
        let (parent, name) = PathText.split(path)
        guard !name.isEmpty, name != ".", name != "..", name != "/" else {
            throw OutputError(path, "无法写入", reason: "须给出文件名")
        }
        let folder = try Folder.creating(parent)
        let temporary = try writeTemporary(in: folder, shownAs: path, mode: keepingMode ? folder.permissions(of: name) : nil, content: content)
        let failure = folder.rename(temporary, to: name)
        guard failure == 0 else {
            folder.remove(temporary)
            throw OutputError(path, "无法写入", errno: failure)
        }
        try folder.sync()
    }

    /// Writes the bytes to a fresh `.banhui-<random>.tmp` in the folder and returns its name.
    static func writeTemporary(in folder: Folder, shownAs path: String, mode: mode_t? = nil,
                               content: (([UInt8]) -> Void) throws -> Void) throws -> String {
        while true {
            let name = Folder.unpredictableName(".banhui-", ".tmp")
            do {
                try folder.writeNewFile(named: name, shownAs: path, mode: mode, content: content)
                return name
            } catch let error as OutputError where error.code == EEXIST {
                continue  // another file took this random name first: draw again
            }
        }
    }
}
