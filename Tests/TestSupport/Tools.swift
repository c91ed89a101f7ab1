import Foundation
import Seating
import Testing

/// Programs and data outside the repository that some tests need. Those tests are enabled only
/// when the tool is there (`@Test(.enabled(if: Tools.python3, Tools.need("python3")))`), and
/// `.ci/run` fails when any test was skipped, so CI still runs them all.
public enum Tools {
    /// Whether an executable of this name is on the PATH.
    public static func onPath(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    public static let python3 = onPath("python3")
    /// LibreOffice: `BANHUI_SOFFICE` or `soffice` on the PATH, as banhui itself looks for it.
    public static let soffice = ProcessInfo.processInfo.environment["BANHUI_SOFFICE"].map { FileManager.default.isExecutableFile(atPath: $0) }
        ?? onPath("soffice")
    public static let pdfinfo = onPath("pdfinfo")
    public static let setpriv = FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    /// Debian's rime data (`rime-data-stroke`, `rime-data-luna-pinyin`): 姓氏笔画 and 拼音 order.
    public static let rimeData = FileManager.default.fileExists(atPath: StrokeTable.defaultPath)
        && FileManager.default.fileExists(atPath: PinyinTable.defaultPath)

    /// The skip message: which tool is missing and what installs it.
    public static func need(_ tools: String) -> Comment {
        Comment(rawValue: "needs \(tools) (scripts/install-dependencies.sh installs it)")
    }
}
