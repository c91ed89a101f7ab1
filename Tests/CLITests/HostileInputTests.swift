import Foundation
import Testing
import TestSupport

/// One line of standard error is located: `file:line:col: `, or `file: error: … （where）` for a
/// file-level problem, a key path or an XLSX part (cli.md, "Diagnostics").
func isLocated(_ line: String) -> Bool {
    line.range(of: #"^.+?:\d+:\d+: (error|warning): \[[A-Z]+\d+\] "#, options: .regularExpression) != nil
        || line.range(of: #"^.+?: (error|warning): \[[A-Z]+\d+\] .*（[^（）]+）$"#, options: .regularExpression) != nil
        || line.range(of: #"^.+?: error: \[(PLAN016|LIMIT001)\] "#, options: .regularExpression) != nil
}

/// The worst input of each hostile class, made by `scripts/hostile-inputs.py --small` (the same
/// generator `bench/hostile.sh` measures at full size): each is a located error with its own
/// code, exit 2, nothing written.
@Suite(.serialized, .enabled(if: Tools.python3, Tools.need("python3")), .enabled(if: Tools.rimeData, Tools.needRimeData)) struct HostileInputTests {
    /// The generated inputs; a failure to make them fails each test that reads them, never the run.
    static let made: Result<String, Error> = Result {
        let folder = try Fixtures.temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.path("scripts/hostile-inputs.py"), "--small", folder]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["reason": "scripts/hostile-inputs.py failed"]) }
        return folder
    }

    static var cases: String {
        get throws { try made.get() }
    }

    static let names = ["deep-nesting", "deep-block-nesting", "alias-bomb", "plan-too-large", "long-unknown-rank",
                        "escape-sequences", "next-line-separator", "not-utf8", "invisible-name", "long-name", "long-unit",
                        "csv-too-large", "csv-too-many-rows", "csv-too-many-columns", "csv-many-errors", "csv-hostile-names", "csv-long-unit",
                        "xlsx-empty-rows", "xlsx-part-too-large", "xlsx-lying-directory", "xlsx-long-column", "xlsx-many-errors", "xlsx-malformed-part",
                        "xlsx-long-unit"]

    static func check(_ name: String) throws -> CommandResult {
        let folder = (try cases as NSString).appendingPathComponent(name)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let result = try BanhuiProcess.run(["check", "meeting.yaml"], in: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before, "\(name): check wrote files")
        return result
    }

    @Test(arguments: names)
    func eachHostileInputIsALocatedErrorWithItsCode(name: String) throws {
        let expected = try String(contentsOfFile: "\(try Self.cases)/\(name)/EXPECT", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try Self.check(name)
        #expect(result.exitCode == 2, "\(name): \(result.stderr.prefix(500))")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[\(expected)]"), "\(name): no \(expected) in \(result.stderr.prefix(500))")
        for line in result.stderrLines {
            #expect(isLocated(line), "\(name): unlocated line \(line.prefix(300))")
            #expect(line.count < 400, "\(name): a line of \(line.count) characters")
        }
        #expect(result.stderrLines.count <= 2 * 101, "\(name): \(result.stderrLines.count) lines")
    }

    @Test func deepNestingIsFoundAtTheLevelPastTheLimit() throws {
        // `a: ` then brackets: the mapping is level 1, so the 64th bracket (column 67) is level 65.
        #expect(try Self.check("deep-nesting").stderr.hasPrefix("meeting.yaml:1:67: error: [LIMIT002] "))
    }

    @Test func quotedValuesCannotForgeALineOrDriveTheTerminal() throws {
        let result = try Self.check("escape-sequences")
        #expect(!result.stderrLines.contains { $0.hasPrefix("meeting.yaml:1:1:") })
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains(#"\u{1B}[2J\n"#))
        #expect(result.stderr.contains("[PLAN021] “people[1].rank”是单行文本，不能含换行符 \\n"), "\(result.stderr)")
    }

    @Test func longValuesAreCutAndGetNoSuggestion() throws {
        // A rank is a one-line text: bounded (LIMIT010) before it is looked up in the rank table.
        let line = try #require(try Self.check("long-unknown-rank").stderrLines.first)
        #expect(line.contains("[LIMIT010] “people[1].rank”有 200000 个字，超过上限 500 个字：“" + String(repeating: "正", count: 40) + "…”"), "\(line.prefix(200))")
    }

    @Test func lineSeparatorsInsideValuesDoNotShiftLineNumbers() throws {
        // U+0085, U+2028 and U+2029 on line 3 are not line ends for an editor: the bad end is on line 5.
        // They are line breaks for other readers, so a one-line title refuses them (PLAN021).
        let lines = try Self.check("next-line-separator").stderrLines
        #expect(lines.contains { $0.hasPrefix("meeting.yaml:5:8: error: [PLAN006] ") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("meeting.yaml:3:10: error: [PLAN021] ") }, "\(lines)")
    }

    @Test func anEncodingErrorPointsAtTheFirstByteThatIsNotUTF8() throws {
        #expect(try Self.check("not-utf8").stderr.hasPrefix("meeting.yaml:4:14: error: [YAML002] "))
    }

    @Test func invisibleCharactersInNamesAreEachAnError() throws {
        let result = try Self.check("invisible-name")
        #expect(result.stderrLines.filter { $0.contains("[PLAN017]") }.count == 3, "\(result.stderr)")
        #expect(result.stderr.contains(#"姓名“李\u{202E}四”"#))
        let roster = try Self.check("csv-hostile-names")
        #expect(roster.stderrLines.filter { $0.contains("[PLAN017]") }.count == 3, "\(roster.stderr)")
        #expect(roster.stderr.contains("roster.csv:4:3: error: [PLAN017] 单位"))
    }

    @Test func aFileWithManyProblemsPrintsAHundredThenTheCount() throws {
        for (name, more) in [("csv-many-errors", 400), ("xlsx-many-errors", 498)] {
            let lines = try Self.check(name).stderrLines
            #expect(lines.count == 101, "\(name)")
            #expect(lines.last == "roster.\(name.hasPrefix("csv") ? "csv" : "xlsx"): error: [DIAG001] 另有 \(more) 个问题未列出（每个文件最多列出 100 个）")
        }
    }

    @Test func rosterLimitsPointAtTheRosterOrItsRow() throws {
        #expect(try Self.check("csv-too-large").stderr.hasPrefix("meeting.yaml:6:5: error: [LIMIT004] 名单文件“roster.csv”超过 64 MB"))
        #expect(try Self.check("csv-too-many-rows").stderr.hasPrefix("roster.csv:100002:1: error: [LIMIT005] "))
        #expect(try Self.check("plan-too-large").stderr.hasPrefix("meeting.yaml: error: [LIMIT001] "))
    }

    /// A unit name of 1,000 characters (1.2 MB at full size) in each input kind: LIMIT010 at the
    /// value, the value quoted cut to 40 characters.
    @Test func longUnitsAreRefusedWhereTheyStand() throws {
        let unit = String(repeating: "县", count: 40) + "…"
        let plan = try Self.check("long-unit").stderrLines
        #expect(plan.contains("meeting.yaml:3:13: error: [LIMIT010] 单位有 1000 个字，超过上限 200 个字：“\(unit)”"), "\(plan)")
        #expect(plan.contains("meeting.yaml:6:30: error: [LIMIT010] 单位有 1000 个字，超过上限 200 个字：“\(unit)”"), "\(plan)")
        #expect(try Self.check("csv-long-unit").stderrLines == ["roster.csv:2:3: error: [LIMIT010] 第2行第3列有 1000 个字，超过上限 200 个字：“\(unit)”"])
        #expect(try Self.check("xlsx-long-unit").stderrLines == ["roster.xlsx:2:3: error: [LIMIT010] 单元格 C2有 1000 个字，超过上限 200 个字：“\(unit)”"])
    }

    @Test func xlsxProblemsNameThePartAndTheCell() throws {
        #expect(try Self.check("xlsx-empty-rows").stderr.contains("roster.xlsx: error: [LIMIT007] 行号“-7”无效，应在 1…1048576 之间（xl/worksheets/sheet1.xml 第 2 个 <row>）"))
        #expect(try Self.check("xlsx-long-column").stderr.contains("roster.xlsx:2:1: error: [LIMIT007] xl/worksheets/sheet1.xml 中的单元格引用“AAAA"))
        #expect(try Self.check("xlsx-part-too-large").stderr.contains("（xl/worksheets/sheet1.xml）"))
        #expect(try Self.check("xlsx-lying-directory").stderr.contains("[LIMIT006] 部件解压后超过 zip 目录记载的 1000 字节，未读取（xl/worksheets/sheet1.xml）"))
        #expect(try Self.check("xlsx-malformed-part").stderr.contains("[ROSTER003] XML 格式错误（xl/worksheets/sheet1.xml 第 1 行）"))
    }

    @Test func aMissingPlanHasItsOwnCode() throws {
        let result = try BanhuiProcess.run(["check", "no-such-plan.yaml"], in: try Fixtures.temporaryDirectory())
        #expect(result.exitCode == 2)
        #expect(result.stderr == "no-such-plan.yaml: error: [PLAN016] 无法读取计划文件：文件不存在\n")
    }
}

/// Replays every input the fuzzer (scripts/fuzz.py) ever found failing: each must now keep the
/// promise of plan-format.md (exit 0 or 2, every line located, nothing written on exit 2).
@Suite struct FuzzRegressionTests {
    static let folder = Fixtures.path("Tests/CLITests/Fixtures/fuzz-regressions")
    static let cases = (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? []

    @Test func thereAreRegressionsToReplay() {
        #expect(!Self.cases.isEmpty)
    }

    @Test(arguments: cases)
    func aFormerFailureNowKeepsThePromise(name: String) throws {
        let work = try Fixtures.temporaryDirectory()
        let source = (Self.folder as NSString).appendingPathComponent(name)
        for file in try FileManager.default.contentsOfDirectory(atPath: source) where file != "PROBLEM.txt" {
            try FileManager.default.copyItem(atPath: "\(source)/\(file)", toPath: "\(work)/\(file)")
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: work).sorted()
        let result = try BanhuiProcess.run(["check", "meeting.yaml"], in: work)
        #expect(result.exitCode == 0 || result.exitCode == 2, "\(name): exit \(result.exitCode)")
        for line in result.stderrLines {
            #expect(isLocated(line), "\(name): unlocated line \(line.prefix(300))")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).sorted() == before)
    }
}
