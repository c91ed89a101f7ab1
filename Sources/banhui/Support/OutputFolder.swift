import Documents
import MeetingPlan
import Foundation

/// Replaces an export folder as one unit (cli.md, "Writing output"; docs/output.md):
///
/// 1. The parent folder is locked (`flock`), so two runs on it never mix: the second waits.
/// 2. Leftovers of killed runs are cleared: an earlier export moved aside but not replaced is put
///    back; stale staging folders are removed.
/// 3. The target must be absent, empty, or hold only files an export writes (an earlier export):
///    a folder with anything else is the user's, and is left alone (exit 4).
/// 4. Every file is written and flushed into a new staging folder of an unpredictable name,
///    created exclusively beside the target.
/// 5. The earlier export is renamed aside, the staging folder renamed into its place, and the
///    earlier export removed. A run killed between the two renames is repaired by step 2.
enum OutputFolder {
    static let stagingPrefix = ".banhui-staging-"
    static let previousPrefix = ".banhui-previous-"

    /// Writes `files` as the whole content of the folder at `path`; returns the paths written.
    static func replace(_ path: String, with files: [ExportFile]) throws -> [String] {
        let (parentPath, name) = PathText.split(path)
        guard !name.isEmpty, name != ".", name != "..", name != "/" else {
            throw OutputError(path, "无法导出", reason: "须给出一个文件夹名（导出会整体替换这个文件夹），例如 --out exports/年度会议")
        }
        let parent = try Folder.creating(parentPath)
        try parent.lock()
        // Fixed per target, so a killed run can be repaired, and short whatever the name's length.
        let previous = previousPrefix + StableHash.fnv1a(name)
        try clearLeftovers(name, previous: previous, in: parent)
        let replacing = try isReplaceable(name, in: parent)

        let staging = try makeStagingFolder(in: parent, for: path)
        do {
            let folder = try parent.folder(staging)
            for file in files {
                try folder.writeNewFile(file.bytes, named: file.name, shownAs: PathText.joined(path, file.name))
            }
            // The staging folder was made private; the export gets a new folder's usual permissions.
            let mask = umask(0)
            umask(mask)
            fchmod(folder.descriptor, 0o777 & ~mask)
            try folder.sync()
            if replacing {
                let failure = parent.rename(name, to: previous)
                guard failure == 0 else { throw OutputError(parent.shown(name), "无法替换", errno: failure) }
            }
            let failure = parent.rename(staging, to: name)
            guard failure == 0 else {
                if replacing { _ = parent.rename(previous, to: name) }
                throw OutputError(parent.shown(name), "无法替换", errno: failure)
            }
        } catch {
            parent.remove(staging)
            throw error
        }
        try parent.sync()
        parent.remove(previous)
        return files.map { PathText.joined(path, $0.name) }
    }

    /// Repairs what a killed run left (the parent is locked, so no other run is under way).
    private static func clearLeftovers(_ name: String, previous: String, in parent: Folder) throws {
        if let aside = try parent.kind(of: previous) {
            if aside == .folder, try parent.kind(of: name) == nil {
                // Killed between moving the earlier export aside and moving the new one in.
                let failure = parent.rename(previous, to: name)
                guard failure == 0 else { throw OutputError(parent.shown(name), "无法恢复上次的导出", errno: failure) }
            } else {
                parent.remove(previous)
            }
        }
        for entry in try parent.names() where entry.hasPrefix(stagingPrefix) {
            parent.remove(entry)
        }
    }

    /// Whether an earlier export is there to replace; throws when the target is not a folder that
    /// banhui may replace.
    private static func isReplaceable(_ name: String, in parent: Folder) throws -> Bool {
        let shown = parent.shown(name)
        switch try parent.kind(of: name) {
        case nil:
            return false
        case .symbolicLink?:
            throw OutputError(shown, "无法导出", reason: "这是一个符号链接；导出不跟随符号链接，请给出真正的文件夹")
        case .file?, .other?:
            throw OutputError(shown, "无法导出", reason: "这是一个文件，不是文件夹（ENOTDIR: \(String(cString: strerror(ENOTDIR)))）")
        case .folder?:
            let folder = try parent.folder(name)
            for entry in try folder.names() where entry != ".DS_Store" {
                guard try folder.kind(of: entry) == .file, DocumentExport.isExportFileName(entry) else {
                    throw OutputError(shown, "无法导出",
                                      reason: "文件夹里有不是 banhui 导出的“\(entry)”；导出会整体替换这个文件夹，请移走它或换一个 --out")
                }
            }
            return true
        }
    }

    private static func makeStagingFolder(in parent: Folder, for target: String) throws -> String {
        while true {
            let name = Folder.unpredictableName(stagingPrefix)
            do {
                try parent.makeFolder(name)
                return name
            } catch let error as OutputError where error.code == EEXIST {
                continue  // taken: draw another name
            } catch let error as OutputError {
                throw OutputError(target, "无法在“\(parent.path)”中建立暂存文件夹", reason: error.reason)
            }
        }
    }

}
