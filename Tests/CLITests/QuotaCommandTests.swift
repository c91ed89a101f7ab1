import Foundation
import TestSupport
import Testing
import XMLSupport

/// `banhui quota` as a user runs it, on the fixture folders under Fixtures/quota/.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct QuotaCommandTests {
    static let root = "Tests/CLITests/Fixtures/quota"

    func quota(_ arguments: String...) throws -> CommandResult {
        try BanhuiProcess.run(["quota"] + arguments)
    }

    /// 1-based line of the first line of `file` containing `text`.
    func line(of text: String, in file: String) throws -> Int {
        let content = try String(contentsOfFile: Fixtures.path(file), encoding: .utf8)
        let lines = content.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func cleanFolderPassesAndSkipsExportsAndHiddenFolders() throws {
        let result = try quota("\(Self.root)/clean")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == ["检查会议 2 个、登记表 0 个：错误 0，警告 0，提示 0"])
    }

    @Test func findingsExitOneAndPointAtThePlanKey() throws {
        let result = try quota("\(Self.root)/findings")
        #expect(result.exitCode == 1)
        let file = "\(Self.root)/findings/seminar.yaml"
        let attendance = try line(of: "expected_attendance", in: file), end = try line(of: "  end:", in: file)
        #expect(result.stdoutLines.contains { $0.hasPrefix("\(file):\(attendance):24: error: [MTG-ATT-CAP] 参会人员52人") })
        #expect(result.stdoutLines.contains { $0.hasPrefix("\(file):\(end):8: error: [MTG-DUR-OTHER]") })
        #expect(result.stdoutLines.last == "检查会议 2 个、登记表 0 个：错误 2，警告 0，提示 0")
    }

    @Test func badPlanExitsTwoWithItsDiagnostics() throws {
        let result = try quota("\(Self.root)/broken")
        #expect(result.exitCode == 2)
        let staff = try line(of: "staf:", in: "\(Self.root)/broken/typo.yaml")
        #expect(result.stderrLines == ["\(Self.root)/broken/typo.yaml:\(staff):3: error: [PLAN002] 未知的键“staf”，是否为“staff”？"])
        #expect(result.stdout.contains("1 个文件有输入错误，未通过检查"))
    }

    /// CI uploads the report exactly when a plan is broken: it is written, with the input error
    /// as a result of its own rule, and the exit code still says 2.
    @Test func reportFilesAreWrittenDespiteInputErrors() throws {
        let out = try Fixtures.temporaryDirectory()
        let sarif = (out as NSString).appendingPathComponent("quota.sarif"), junit = (out as NSString).appendingPathComponent("quota.xml")
        let result = try quota("\(Self.root)/broken", "--format", "sarif", "--format", "junit", "--output", sarif, "--output", junit)
        #expect(result.exitCode == 2)
        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif))) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["PLAN002"])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "PLAN002" && ($0["helpUri"] as? String)?.hasSuffix("docs/diagnostics.md") == true })
        #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("<error message=\"\(Self.root)/broken/typo.yaml:"))
    }

    /// Run from another folder with an absolute path: URIs stay relative to the working folder.
    @Test func sarifFromAnAbsoluteFolderIsRelativeToTheWorkingFolder() throws {
        let folder = try Fixtures.temporaryDirectory()
        let plans = (folder as NSString).appendingPathComponent("plans 2026")
        try FileManager.default.copyItem(atPath: Fixtures.path("\(Self.root)/findings"), toPath: plans)
        let sarif = (folder as NSString).appendingPathComponent("out.sarif")
        let result = try BanhuiProcess.run(["quota", plans, "--format", "sarif", "--output", sarif], in: folder)
        #expect(result.exitCode == 1)
        let run = try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif))) as? [String: Any])?["runs"]
            as? [[String: Any]]).first
        #expect(run?["columnKind"] as? String == "unicodeCodePoints")
        let base = try #require(((run?["originalUriBaseIds"] as? [String: Any])?["SRCROOT"] as? [String: Any])?["uri"] as? String)
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        let results = try #require(run?["results"] as? [[String: Any]])
        let locations = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any] }
        #expect(locations.count == 2)
        #expect(locations.allSatisfy { $0["uri"] as? String == "plans%202026/seminar.yaml" && $0["uriBaseId"] as? String == "SRCROOT" })
    }

    @Test func badPolicyExitsTwoWithLocation() throws {
        let result = try quota("--policy", "\(Self.root)/policies/bad.yaml", "\(Self.root)/findings")
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["\(Self.root)/policies/bad.yaml:4:16: error: [PLAN002] 未知的键“max_total_incl_staf”，是否为“max_total_incl_staff”？"])
    }

    @Test func editedPolicyChangesLimitsAndSeverities() throws {
        let result = try quota("--policy", "\(Self.root)/policies/relaxed.yaml", "\(Self.root)/findings")
        #expect(result.exitCode == 0)
        #expect(result.stdoutLines.count == 2)
        #expect(result.stdoutLines.first?.contains("warning: [MTG-DUR-OTHER]") == true)
    }

    @Test func failOnWarning() throws {
        #expect(try quota("\(Self.root)/warnings").exitCode == 0)
        let strict = try quota("\(Self.root)/warnings", "--fail-on", "warning")
        #expect(strict.exitCode == 1)
        #expect(strict.stdoutLines.first?.contains("warning: [MTG-DUAL-PRINCIPAL]") == true)
    }

    @Test func crossMeetingChecks() throws {
        let result = try quota("\(Self.root)/cross")
        #expect(result.exitCode == 1)
        let rules = result.stdoutLines.compactMap { line in line.range(of: "[").map { String(line[$0.upperBound...].prefix { $0 != "]" }) } }
        // The rostrum conflict is one finding for the two overlapping meetings, at the first (conference-a).
        #expect(rules == ["MTG-ROSTRUM-CONFLICT", "MTG-COMPREHENSIVE-MAX", "MTG-COUNT-NONINCREASE"])
        #expect(result.stdoutLines.first?.hasPrefix("\(Self.root)/cross/conference-a.yaml:") == true)
        #expect(result.stdoutLines.first?.contains("在时间重叠的 2 个会议的主席台就座") == true)
    }

    @Test func printedPolicyGivesTheSameFindings() throws {
        let directory = try Fixtures.temporaryDirectory()
        let policy = (directory as NSString).appendingPathComponent("policy.yaml")
        #expect(try quota("--print-policy", "--output", policy).exitCode == 0)
        let viaFile = try quota("--policy", policy, "\(Self.root)/cross")
        let builtIn = try quota("\(Self.root)/cross")
        #expect(viaFile.exitCode == builtIn.exitCode)
        #expect(viaFile.stdout == builtIn.stdout)
    }

    @Test func everyFormatParsesAndTheExitCodeDoesNotDependOnIt() throws {
        let directory = try Fixtures.temporaryDirectory()
        let names = ["report.json", "report.sarif", "report.xml", "report.github"].map { (directory as NSString).appendingPathComponent($0) }
        let result = try quota("\(Self.root)/findings", "--format", "json", "--format", "sarif", "--format", "junit", "--format", "github",
                               "--format", "text", "--output", names[0], "--output", names[1], "--output", names[2], "--output", names[3])
        #expect(result.exitCode == 1)
        let github = try String(contentsOfFile: names[3], encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(github.count == 2 && github.allSatisfy { $0.hasPrefix("::error file=\(Self.root)/findings/seminar.yaml,line=") })
        #expect(github.contains { $0.contains("title=MTG-ATT-CAP::参会人员52人") })
        #expect(result.stdoutLines.count == 3 && result.stdout.contains("error: [MTG-ATT-CAP]"))

        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: names[0]))) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 2 && summary["meetings"] as? Int == 2)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["MTG-DUR-OTHER", "MTG-ATT-CAP"])
        #expect(findings[1]["limit"] as? Int == 50 && findings[1]["actual"] as? Int == 52)

        let sarif = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: names[1]))) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "MTG-ATT-CAP" && $0["shortDescription"] != nil && $0["help"] != nil && $0["properties"] != nil })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let physical = try #require(((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "\(Self.root)/findings/seminar.yaml")
        #expect((physical["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String == "SRCROOT")
        #expect(driver["version"] as? String != nil && (driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        #expect(rules.allSatisfy { ($0["helpUri"] as? String)?.contains("quota-rules.md#") == true })
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == (try line(of: "expected_attendance", in: "\(Self.root)/findings/seminar.yaml")))

        let reader = try XMLReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: names[2]))))
        var testcases = 0, failures = 0
        while let event = try reader.next() {
            if case .start(let name, _, _) = event {
                if name == "testcase" { testcases += 1 }
                if name == "failure" { failures += 1 }
            }
        }
        #expect(failures == 2)
        #expect(testcases > 2 * 10)  // two meetings × every active meeting rule
    }
}

/// Quota over folders a user did not arrange neatly: links, locked folders, odd file names.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct QuotaFolderWalkTests {
    static let plan = Fixtures.path("Tests/CLITests/Fixtures/quota/clean/safety.yaml")

    /// A folder `plans/` holding `real/safety.yaml`, a link `linked → real` and a link back up
    /// `real/loop → ..`.
    func linkedFolder() throws -> String {
        let directory = try Fixtures.temporaryDirectory()
        let real = "\(directory)/plans/real"
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.plan, toPath: "\(real)/safety.yaml")
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/plans/linked", withDestinationPath: "real")
        try FileManager.default.createSymbolicLink(atPath: "\(real)/loop", withDestinationPath: "..")
        return directory
    }

    @Test func symlinkedFoldersAreFollowedOnceAndLoopsEnd() throws {
        let directory = try linkedFolder()
        try FileManager.default.createDirectory(atPath: "\(directory)/other", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.plan, toPath: "\(directory)/other/second.yaml")
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/plans/elsewhere", withDestinationPath: "../other")
        let result = try BanhuiProcess.run(["quota", "plans"], in: directory)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == ["检查会议 2 个、登记表 0 个：错误 0，警告 0，提示 0"])
    }

    @Test(.enabled(if: getuid() != 0 || Tools.setpriv, Tools.need("setpriv (util-linux), to read as another user than root")))
    func anUnreadableFolderIsAnInputError() throws {
        let directory = try linkedFolder()
        let locked = "\(directory)/plans/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.plan, toPath: "\(locked)/hidden-from-quota.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        // root reads any folder: run as nobody then, with the test folder open to it.
        let result: CommandResult
        if getuid() == 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory)
            result = try BanhuiProcess.run(program: URL(fileURLWithPath: "/usr/bin/setpriv"),
                                           ["--reuid=65534", "--regid=65534", "--clear-groups", BanhuiProcess.executable.path, "quota", "plans"],
                                           in: directory)
        } else {
            result = try BanhuiProcess.run(["quota", "plans"], in: directory)
        }
        #expect(result.exitCode == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("plans/locked: error: [PLAN016] 无法读取文件夹：Permission denied"), "\(result.stderr)")
    }

    @Test func fileNamesThatAreNotUTF8PrintEscaped() throws {
        let directory = try Fixtures.temporaryDirectory()
        // "caf\xE9.yaml" in Latin-1: a name no String can hold.
        let name: [UInt8] = Array("\(directory)/caf".utf8) + [0xE9] + Array(".yaml".utf8)
        let path = name.map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        let text = Array("version: 1\nmeeting: {title: 会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00, staf: 1}\n".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        let result = try BanhuiProcess.run(["quota", "."], in: directory)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix(#"./caf\xE9.yaml:2:"#), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{FFFD}"))
    }
}
