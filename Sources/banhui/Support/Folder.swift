import MeetingPlan
import Foundation

/// An open folder that output is written in. Every name is resolved relative to its descriptor, so
/// a path is never looked up twice, and no symbolic link inside it is ever followed.
final class Folder {
    let descriptor: Int32
    /// The folder's path as the user gave it, for messages.
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Opens the folder at `path` (the user's own path: symbolic links in it are theirs to make),
    /// creating it and its missing parents first.
    static func creating(_ path: String) throws -> Folder {
        let path = path.isEmpty ? "." : path
        var descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor < 0 && errno == ENOENT {
            var prefix = path.hasPrefix("/") ? "/" : ""
            for component in path.split(separator: "/") {
                prefix += component
                if mkdir(prefix, 0o777) != 0 && errno != EEXIST {
                    throw OutputError(prefix, "无法建立文件夹", errno: errno)
                }
                prefix += "/"
            }
            descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { throw OutputError(path, "无法打开文件夹", errno: errno) }
        return Folder(descriptor: descriptor, path: path)
    }

    /// Opens the folder `name` inside this one; a symbolic link there is refused (ELOOP).
    func folder(_ name: String) throws -> Folder {
        let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { throw OutputError(shown(name), "无法打开文件夹", errno: errno) }
        return Folder(descriptor: child, path: shown(name))
    }

    /// `name` inside this folder, as a path for messages and for the user.
    func shown(_ name: String) -> String {
        path == "." ? name : PathText.joined(path, name)
    }

    enum EntryKind { case file, folder, symbolicLink, other }

    /// What `name` is, without following a symbolic link; nil when there is nothing of that name.
    func kind(of name: String) throws -> EntryKind? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return nil }
            throw OutputError(shown(name), "无法写入", errno: errno)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The names of the folder's entries (without `.` and `..`), sorted.
    func names() throws -> [String] {
        try rawNames().map { String(decoding: $0.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) }.sorted()
    }

    /// Entry names as the system gives them, each with its terminating zero, so that a name that
    /// is not UTF-8 can still be removed.
    private func rawNames() throws -> [[CChar]] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            throw OutputError(path, "无法读取文件夹", errno: errno)
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [[CChar]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                Array(buffer.bindMemory(to: CChar.self).prefix { $0 != 0 }) + [0]
            }
            if name != [46, 0] && name != [46, 46, 0] { names.append(name) }
        }
        return names
    }

    /// Creates the file `name`, which must not exist yet (`O_EXCL`: never a symbolic link),
    /// writes all of `bytes` and flushes them to the disk. On failure nothing of that name is left.
    /// Permissions are `mode` when given, else those of a new file under the user's umask.
    func writeNewFile(_ bytes: [UInt8], named name: String, shownAs shownPath: String, mode: mode_t? = nil) throws {
        try writeNewFile(named: name, shownAs: shownPath, mode: mode) { put in put(bytes) }
    }

    /// `writeNewFile(_:named:…)` with the bytes handed, piece by piece, by `content` to the function
    /// it is given (so a large report is written as it is made, never held whole). When `content`
    /// throws, nothing of that name is left and its error is thrown.
    func writeNewFile(named name: String, shownAs shownPath: String, mode: mode_t? = nil,
                      content: (([UInt8]) -> Void) throws -> Void) throws {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard file >= 0 else { throw OutputError(shownPath, "无法写入", errno: errno) }
        var failure: Int32? = nil
        if let mode, fchmod(file, mode) != 0 { failure = errno }
        var thrown: (any Error)? = nil
        do {
            try content { bytes in
                var rest = bytes[...]
                while failure == nil && !rest.isEmpty {
                    let written = rest.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    rest = rest.dropFirst(written)
                }
            }
        } catch {
            thrown = error
        }
        if failure == nil && thrown == nil && fsync(file) != 0 { failure = errno }
        if close(file) != 0 && failure == nil && errno != EINTR { failure = errno }
        if failure != nil || thrown != nil { unlinkat(descriptor, name, 0) }
        if let thrown { throw thrown }
        if let failure { throw OutputError(shownPath, "无法写入", errno: failure) }
    }

    /// Creates the folder `name` (only the user can enter it), failing when anything has that name.
    func makeFolder(_ name: String) throws {
        guard mkdirat(descriptor, name, 0o700) == 0 else { throw OutputError(shown(name), "无法建立文件夹", errno: errno) }
    }

    /// The permission bits of the file `name` (through a symbolic link), or nil when there is none.
    func permissions(of name: String) -> mode_t? {
        var status = stat()
        guard fstatat(descriptor, name, &status, 0) == 0 else { return nil }
        return status.st_mode & 0o777
    }

    /// Renames an entry of this folder; 0 or the system's error number. The target's symbolic
    /// link, if any, is replaced, never followed.
    func rename(_ name: String, to newName: String) -> Int32 {
        renameat(descriptor, name, descriptor, newName) == 0 ? 0 : errno
    }

    /// Removes a file, symbolic link or folder tree, as far as it can (leftovers are retried by the
    /// next run). Links are removed, never followed.
    func remove(_ name: String) {
        name.withCString { remove(raw: $0) }
    }

    private func remove(raw name: UnsafePointer<CChar>) {
        if unlinkat(descriptor, name, 0) == 0 { return }
        let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return }
        let folder = Folder(descriptor: child, path: "")
        for entry in (try? folder.rawNames()) ?? [] {
            entry.withUnsafeBufferPointer { if let raw = $0.baseAddress { folder.remove(raw: raw) } }
        }
        unlinkat(descriptor, name, AT_REMOVEDIR)
    }

    /// Makes this folder's entries (names, renames) durable.
    func sync() throws {
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw OutputError(path, "无法写入", errno: errno) }
    }

    /// Takes the exclusive lock of this folder, held until the folder is closed or the process
    /// ends (killed or not); tells the user when another banhui holds it and waits for it.
    func lock() throws {
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { throw OutputError(path, "无法加锁", errno: errno) }
        Console.err("banhui: 另一个 banhui 正在写入“\(path)”，等它完成……")
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw OutputError(path, "无法加锁", errno: errno) }
        }
    }

    /// A name no one can guess: `prefix`, 16 random hexadecimal digits, `suffix`.
    static func unpredictableName(_ prefix: String, _ suffix: String = "") -> String {
        let digits = String(UInt64.random(in: .min ... .max), radix: 16)
        return prefix + String(repeating: "0", count: 16 - digits.count) + digits + suffix
    }
}
