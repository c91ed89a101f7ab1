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
    /// Debian's rime data (`rime-data-stroke`, `rime-data-luna-pinyin`) that orders names by
    /// strokes (the default tie-breaker) and pinyin, where banhui looks for it: `BANHUI_STROKE_DATA`
    /// and `BANHUI_PINYIN_DATA`, else /usr/share/rime-data. The tests and the banhui they run
    /// read the same files, so pointing these at a missing folder shows what the suite does
    /// without the data.
    public static let strokeDataPath = ProcessInfo.processInfo.environment["BANHUI_STROKE_DATA"] ?? StrokeTable.defaultPath
    public static let pinyinDataPath = ProcessInfo.processInfo.environment["BANHUI_PINYIN_DATA"] ?? PinyinTable.defaultPath
    public static let rimeData = FileManager.default.isReadableFile(atPath: strokeDataPath)
        && FileManager.default.isReadableFile(atPath: pinyinDataPath)
    /// The skip message of tests that order names (most that seat anyone: `tiebreak` ends in strokes).
    public static let needRimeData = need("Debian's rime data (rime-data-stroke, rime-data-luna-pinyin: \(strokeDataPath), \(pinyinDataPath))")

    /// The skip message: which tool is missing and what installs it.
    public static func need(_ tools: String) -> Comment {
        Comment(rawValue: "needs \(tools) (scripts/install-dependencies.sh installs it)")
    }
}
