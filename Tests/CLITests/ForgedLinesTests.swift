import Foundation
import Testing
import TestSupport

/// Plan, roster and file-name text can never start a line of banhui's output (issue 16): one-line
/// fields refuse every line break (PLAN021) and every reporter prints values escaped.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ForgedLinesTests {
    static let fixtures = "Tests/CLITests/Fixtures/forged-lines"

    static func folder() throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        for name in ["plan.yaml", "roster.csv"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("\(fixtures)/\(name)"), toPath: (folder as NSString).appendingPathComponent(name))
        }
        return folder
    }

    /// Lines as any reader may split them: LF, CR, VT, FF, NEL, LS and PS all end a line.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }

    @Test func everyOneLineFieldRefusesEveryLineBreak() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["check", "plan.yaml"], in: folder)
        #expect(result.exitCode == 2)
        let expected = ["plan.yaml:4:10", "plan.yaml:5:14", "plan.yaml:6:11", "plan.yaml:9:17", "plan.yaml:9:71", "plan.yaml:10:9",
                        "plan.yaml:12:20", "plan.yaml:12:47", "plan.yaml:15:12", "plan.yaml:17:46", "roster.csv:2:2", "roster.csv:3:3"]
        for place in expected {
            #expect(result.stderr.contains("\(place): error: [PLAN021]"), "\(place) in \(result.stderr)")
        }
        for line in Self.lines(result.stdout + result.stderr) {
            #expect(isLocated(line), "forged or unlocated line: \(line)")
        }
    }

    @Test func quotaReportsPrintNoForgedLine() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in ["text", "github", "junit", "sarif", "json"] {
            let result = try BanhuiProcess.run(["quota", "plan.yaml", "--format", format], in: folder)
            #expect(result.exitCode == 2, "\(format)")
            for line in Self.lines(result.stdout + result.stderr) {
                #expect(!line.hasPrefix("::warning") && !line.hasPrefix("FORGED") && !line.contains("伪造的工作流命令") || line.hasPrefix("::error file=plan.yaml"),
                        "\(format): \(line)")
            }
        }
    }

    /// A plan file whose name holds a line break: quota prints the name escaped.
    @Test func fileNamesWithLineBreaksArePrintedEscaped() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for brk in ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            try Fixtures.write("meeting: {title: 会, start: 2026-12-03 09:00}\n", to: "plans/a\(brk)FORGED:1:1: error: [PLAN001] x.yaml", in: folder)
        }
        for format in ["text", "github"] {
            let result = try BanhuiProcess.run(["quota", "plans", "--format", format], in: folder)
            #expect(result.exitCode == 2, "\(result.stderr)")
            let lines = Self.lines(result.stdout + result.stderr)
            #expect(lines.count >= 5)
            #expect(!lines.contains { $0.hasPrefix("FORGED") }, "\(format): \(lines)")
        }
    }

    /// An output path with a line break is printed escaped by export.
    @Test func outputPathsArePrintedEscaped() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/county-office-meeting/meeting.yaml"), toPath: "\(folder)/meeting.yaml")
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/county-office-meeting/roster.csv"), toPath: "\(folder)/roster.csv")
        let result = try BanhuiProcess.run(["export", "meeting.yaml", "--only", "ics", "--out", "x\u{2028}FORGED"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "x\\u{2028}FORGED/meeting.ics\n")
    }
}
