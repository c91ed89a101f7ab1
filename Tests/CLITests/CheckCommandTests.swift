import Foundation
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct CheckCommandTests {
    static let invalidDirectory = Fixtures.path("Tests/MeetingPlanTests/Fixtures/invalid")

    @Test func aValidPlanPrintsOneSummaryLine() throws {
        let result = try BanhuiProcess.run(["check", "examples/county-office-meeting/meeting.yaml"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.count == 1)
        #expect(result.stdout.contains("有效：全县办公室工作会议"))
        #expect(result.stdout.contains("人员 17 名"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: ExpectedDiagnostic.fixtures(in: invalidDirectory))
    func anInvalidPlanPrintsLocatedDiagnosticsAndExits2(fixture: String) throws {
        let result = try BanhuiProcess.run(["check", fixture], in: Self.invalidDirectory)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        let expected = try ExpectedDiagnostic.read(from: (Self.invalidDirectory as NSString).appendingPathComponent(fixture))
        for expectation in expected {
            let pattern = ":\(expectation.line):\(expectation.column): error: [\(expectation.code)] "
            #expect(result.stderrLines.contains { $0.contains(pattern) }, "\(fixture): no “\(pattern)” in \(result.stderr)")
        }
        #expect(result.stderrLines.count == expected.count, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func diagnosticsNameTheFileAsTheUserGaveIt() throws {
        let result = try BanhuiProcess.run(["check", "unknown-person.yaml"], in: Self.invalidDirectory)
        #expect(result.stderr.hasPrefix("unknown-person.yaml:10:56: error: [PLAN009] 人员“P9”不存在"))
    }

    @Test func allPlansAreCheckedAndEveryProblemReported() throws {
        let result = try BanhuiProcess.run(["check", "duplicate-id.yaml", "bad-date.yaml"], in: Self.invalidDirectory)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("duplicate-id.yaml:9:5:"))
        #expect(result.stderr.contains("bad-date.yaml:4:10:"))
    }

    @Test func aMissingPlanIsAnInputError() throws {
        let result = try BanhuiProcess.run(["check", "no-such-plan.yaml"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("no-such-plan.yaml: error: [PLAN016]"))
    }

    @Test func listCodesShowsEveryCodeWithAnExample() throws {
        let result = try BanhuiProcess.run(["check", "--list-codes"])
        #expect(result.exitCode == 0)
        for code in ["YAML001", "PLAN001", "PLAN012", "ROSTER004", "ROSTER007", "SEAT001"] {
            #expect(result.stdout.contains("| `\(code)` |"))
        }
        let documented = try String(contentsOfFile: Fixtures.path("docs/diagnostics.md"), encoding: .utf8)
        #expect(documented == result.stdout, "docs/diagnostics.md is stale: banhui check --list-codes > docs/diagnostics.md")
    }

    /// docs/plan-keys.md is the loader's own key lists: a key added to the loader without a
    /// meaning, or a stale reference, fails here.
    @Test func planKeyReferenceIsCurrent() throws {
        let result = try BanhuiProcess.run(["check", "--list-keys"])
        #expect(result.exitCode == 0)
        for key in ["observers_new_row", "equal_top_two", "reserved", "arrangement", "single-tight", "tiebreak"] {
            #expect(result.stdout.contains("`\(key)`"), "\(key) is documented")
        }
        let documented = try String(contentsOfFile: Fixtures.path("docs/plan-keys.md"), encoding: .utf8)
        #expect(documented == result.stdout, "docs/plan-keys.md is stale: banhui check --list-keys > docs/plan-keys.md")
    }
}

@Suite struct CommandLineBasicsTests {
    @Test func versionAndHelp() throws {
        let version = try BanhuiProcess.run(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        for command in ["check", "init"] {
            let help = try BanhuiProcess.run([command, "--help"])
            #expect(help.exitCode == 0)
            #expect(help.stdout.contains("示例"), "\(command) --help has no example")
        }
    }

    @Test func aBadOptionIsAUsageErrorWithExit2() throws {
        let result = try BanhuiProcess.run(["check", "--no-such-option"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--no-such-option"))
        let noPlan = try BanhuiProcess.run(["check"])
        #expect(noPlan.exitCode == 2)
    }

    @Test(.enabled(if: Tools.rimeData, Tools.needRimeData)) func initWritesAValidStarterPlanAndNeverOverwrites() throws {
        let directory = try Fixtures.temporaryDirectory()
        let target = (directory as NSString).appendingPathComponent("my-meeting")
        let first = try BanhuiProcess.run(["init", target])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdoutLines.count == 2)
        let check = try BanhuiProcess.run(["check", "my-meeting/meeting.yaml"], in: directory)
        #expect(check.exitCode == 0, "\(check.stderr)")
        #expect(check.stdout.contains("人员 6 名"))
        let plan = try String(contentsOfFile: (target as NSString).appendingPathComponent("meeting.yaml"), encoding: .utf8)
        let again = try BanhuiProcess.run(["init", target])
        #expect(again.exitCode == 2)
        #expect(try String(contentsOfFile: (target as NSString).appendingPathComponent("meeting.yaml"), encoding: .utf8) == plan)
    }
}
