import Foundation
import MeetingPlan

/// Output that could not be written: an output failure, with the path and the system's reason (cli.md).
struct OutputError: Failure, CustomStringConvertible {
    var kind: FailureKind { .output }
    var messages: [String] { [description] }

    /// The path as the user would type it (the file or folder being written).
    let path: String
    /// What failed, e.g. “无法写入”.
    let action: String
    /// Why: the system's reason (`OutputError.reason(errno)`) or banhui's own.
    let reason: String
    /// The system's error number, when the system refused.
    let code: Int32?

    init(_ path: String, _ action: String, errno code: Int32) {
        self.path = path
        self.action = action
        self.reason = Self.reason(code)
        self.code = code
    }

    init(_ path: String, _ action: String, reason: String) {
        self.path = path
        self.action = action
        self.reason = reason
        self.code = nil
    }

    /// `out/notice.docx: error: 无法写入：磁盘空间不足（ENOSPC: No space left on device）`
    /// The path and any names in the reason are shown escaped, as every diagnostic is.
    var description: String { "\(DiagnosticText.escaped(path)): error: \(action)：\(DiagnosticText.escaped(reason))" }

    /// The system's reason in Chinese, with the error's name and the C library's text.
    static func reason(_ code: Int32) -> String {
        let system = String(cString: strerror(code))
        let known: [Int32: (String, String)] = [
            EROFS: ("只读文件系统", "EROFS"),
            EACCES: ("没有写入权限", "EACCES"),
            EPERM: ("不允许此操作", "EPERM"),
            ENOTDIR: ("路径中有一项不是文件夹", "ENOTDIR"),
            EISDIR: ("已有同名文件夹", "EISDIR"),
            ENOSPC: ("磁盘空间不足", "ENOSPC"),
            EDQUOT: ("超出磁盘配额", "EDQUOT"),
            ENAMETOOLONG: ("文件名过长", "ENAMETOOLONG"),
            ELOOP: ("是符号链接（写入时不跟随符号链接）", "ELOOP"),
            ENOENT: ("文件夹不存在", "ENOENT"),
            EEXIST: ("已存在", "EEXIST"),
            ENOTEMPTY: ("文件夹不是空的", "ENOTEMPTY"),
            EIO: ("读写设备出错", "EIO"),
            EMFILE: ("打开的文件过多", "EMFILE"),
            EBUSY: ("正被占用", "EBUSY"),
        ]
        guard let (chinese, name) = known[code] else { return "系统错误（errno \(code): \(system)）" }
        return "\(chinese)（\(name): \(system)）"
    }
}
