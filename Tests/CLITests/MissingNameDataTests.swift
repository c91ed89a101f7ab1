import Foundation
import Testing
import TestSupport

/// Without Debian's rime data (here: both files pointed at a folder that does not exist) every
/// command that orders names stops with a located SEAT006 error naming the file and the package,
/// exit 2, nothing written; never a crash. Runs with or without the data on the machine.
@Suite struct MissingNameDataTests {
    static let missing = ["BANHUI_STROKE_DATA": "/nonexistent/rime-data/stroke.dict.yaml",
                          "BANHUI_PINYIN_DATA": "/nonexistent/rime-data/luna_pinyin.dict.yaml"]

    @Test(arguments: [["check", "meeting.yaml"], ["seat", "meeting.yaml"], ["export", "meeting.yaml", "--out", "out"],
                      ["diff", "meeting.yaml", "meeting.yaml"], ["quota", "meeting.yaml"]])
    func everyCommandThatSeatsSaysWhichFileIsMissing(_ arguments: [String]) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["meeting.yaml", "roster.csv"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("examples/county-office-meeting/\(name)"), toPath: "\(folder)/\(name)")
        }
        let result = try BanhuiProcess.run(arguments, in: folder, environment: Self.missing)
        #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
        let errors = result.stderrLines.filter { $0.contains("error:") }
        #expect(!errors.isEmpty && errors.allSatisfy {
            $0.hasPrefix("meeting.yaml:") && $0.contains(": error: [SEAT006] 按姓名笔画排序需要数据文件 /nonexistent/rime-data/stroke.dict.yaml")
                && $0.contains("rime-data-stroke（或设置 BANHUI_STROKE_DATA）")
        }, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("内部错误"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/out"))
    }

    @Test(arguments: ["strokes", "pinyin"])
    func sortSaysWhichFileIsMissing(_ order: String) throws {
        let result = try BanhuiProcess.run(["sort", "--by", order], stdin: "张三\n李四\n", environment: Self.missing)
        #expect(result.exitCode == 2)
        let file = order == "pinyin" ? "luna_pinyin.dict.yaml" : "stroke.dict.yaml"
        #expect(result.stderrLines.count == 1 && result.stderrLines[0].hasPrefix("<stdin>: error: [SEAT006]")
                && result.stderrLines[0].contains("/nonexistent/rime-data/\(file)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
