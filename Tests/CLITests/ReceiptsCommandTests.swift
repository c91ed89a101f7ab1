import Foundation
import Testing
import TestSupport

/// `banhui receipts` on returned 回执 (Fixtures/receipts, written by make_receipts.py from the
/// exported receipt.xlsx): one file per unit, one re-saved by LibreOffice Calc, one CSV, one
/// unit silent; `bad/` adds a file with errors in known cells.
@Suite struct ReceiptsCommandTests {
    static let fixtures = "Tests/CLITests/Fixtures/receipts"
    static let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/CLITests/__Snapshots__/ReceiptsCommandTests")

    /// A temporary folder with the plan and the `set` folder of 回执 as `回执/`.
    static func folder(_ set: String) throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        let manager = FileManager.default
        try manager.copyItem(atPath: Fixtures.path("\(fixtures)/plan.yaml"), toPath: (folder as NSString).appendingPathComponent("plan.yaml"))
        try manager.copyItem(atPath: Fixtures.path("\(fixtures)/\(set)"), toPath: (folder as NSString).appendingPathComponent("回执"))
        return folder
    }

    @Test func goodReceiptsBecomeOneRosterThePlanCanList() throws {
        let folder = try Self.folder("good")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--out", "roster.csv"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdoutLines.first == "已报 3 个单位 6 人：参会 5 人（含代会 1 人），请假 1 人")
        #expect(result.stdout.contains("代会：陈静（城关镇）代王芳"))
        #expect(result.stdout.contains("请假：吴涛（城关镇）"))
        #expect(result.stdout.contains("未报 2 个单位：县委办公室、县政府办公室"))
        let roster = try String(contentsOfFile: (folder as NSString).appendingPathComponent("roster.csv"), encoding: .utf8)
        try Snapshot.assertText(roster, at: Self.snapshots.appendingPathComponent("roster.csv"))
        // The LibreOffice re-saved file is read like the others; 请假 is reported, not listed.
        #expect(roster.contains("孙丽,东关镇,镇长,乡科级正职,女,13800000011,是,2026-12-02 16:00,2026-12-04 12:00,"))
        #expect(!roster.contains("吴涛"))
        // The plan lists the roster under people: and is valid.
        let plan = try String(contentsOfFile: (folder as NSString).appendingPathComponent("plan.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  - {id: P1, name: 张建国, unit: 县委办公室, title: 主任, rank: 县处级副职}\n",
                                  with: "  - {id: P1, name: 张建国, unit: 县委办公室, title: 主任, rank: 县处级副职}\n  - roster.csv\n")
        try Fixtures.write(plan, to: "with-roster.yaml", in: folder)
        let check = try BanhuiProcess.run(["check", "with-roster.yaml"], in: folder)
        #expect(check.exitCode == 0, "\(check.stderr)")
        #expect(check.stdout.contains("人员 6 名"))
    }

    @Test func errorsAreLocatedByFileAndCellAndNothingIsWritten() throws {
        let folder = try Self.folder("bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--out", "roster.csv"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stderrLines == [
            "回执/县委办公室.xlsx:7:3: error: [RECEIPT001] 单元格 C7的性别“男性”不在下拉列表中，应为 男、女",
            "回执/县委办公室.xlsx:8:6: error: [RECEIPT001] 单元格 F8的职级“处长”不在下拉列表（计划的职级表）中",
            "回执/县委办公室.xlsx:9:2: error: [ROSTER004] 单元格 B9：第9行缺少姓名",
            "回执/县委办公室.xlsx:10:2: error: [RECEIPT002] “赵敏”（县委办公室）已在 回执/县委办公室.xlsx:6:2 报过",
            "回执/县委办公室.xlsx:11:4: error: [RECEIPT003] 单元格 D11的单位“县委办”不在计划的 units 中，是否为“县委办公室”？",
        ])
        #expect(!FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("roster.csv")))
        #expect(result.stdout.contains("未报 1 个单位：县政府办公室"))
    }

    @Test func jsonSummaryWithCountsMissingUnitsAndDiagnostics() throws {
        let folder = try Self.folder("bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--format", "json"], in: folder)
        #expect(result.exitCode == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["missing"] as? [String] == ["县政府办公室"])
        #expect((json["counts"] as? [String: Int])?["substitutes"] == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["RECEIPT001", "RECEIPT001", "ROSTER004", "RECEIPT002", "RECEIPT003"])
        #expect(diagnostics.first?["line"] as? Int == 7 && diagnostics.first?["column"] as? Int == 3)
        let substitutes = try #require(json["substitutes"] as? [[String: Any]])
        #expect(substitutes.first?["for"] as? String == "王芳")
    }

    @Test func otherFilesAreSkippedWithAWarningAndTheOutputIsNotReadBack() throws {
        let folder = try Self.folder("good")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("说明", to: "回执/说明.txt", in: folder)
        let first = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--out", "回执/roster.csv"], in: folder)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stderrLines == ["回执/说明.txt: warning: [RECEIPT005] 不是 .xlsx 或 .csv 回执，已跳过"])
        let second = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--out", "回执/roster.csv"], in: folder)
        #expect(second.exitCode == 0, "the roster written last time is not a 回执: \(second.stderr)")
        #expect(second.stdoutLines.first == first.stdoutLines.first)
    }

    @Test func theExportedFormReadsBackEmpty() throws {
        let folder = try Self.folder("good")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let export = try BanhuiProcess.run(["export", "plan.yaml", "--only", "notice", "--format", "xlsx", "--out", "空白"], in: folder)
        #expect(export.exitCode == 0, "\(export.stderr)")
        #expect(export.stdoutLines == ["空白/receipt.xlsx"])
        let result = try BanhuiProcess.run(["receipts", "plan.yaml", "空白"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.first == "已报 0 个单位 0 人：参会 0 人（含代会 0 人），请假 0 人")
    }

    @Test func aMissingFolderIsAUsageError() throws {
        let folder = try Self.folder("good")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["receipts", "plan.yaml", "没有"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("没有：回执文件夹不存在"))
    }
}

/// 回执 values are held to the plan's limits, the neutralising `'` is not data, and every problem
/// of a row is reported (issue 16).
@Suite struct ReceiptLimitsTests {
    @Test func aNeutralisedFormulaRoundTripsAndLimitsAreRECEIPTErrors() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("meeting: {title: 会, start: 2026-12-03 09:00, end: 2026-12-03 11:00}\nunits: [城关镇]\n", to: "plan.yaml", in: folder)
        try Fixtures.write("姓名,单位,职务\n'=1+1,城关镇,'+86科员\n", to: "回执/城关镇.csv", in: folder)
        let good = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--out", "roster.csv"], in: folder)
        #expect(good.exitCode == 0, "\(good.stderr)")
        let roster = try String(contentsOfFile: "\(folder)/roster.csv", encoding: .utf8)
        #expect(roster.contains("'=1+1,城关镇,'+86科员"), "written neutralised once: \(roster)")
        let long = String(repeating: "张", count: 34)
        try Fixtures.write("姓名,单位,性别\n\(long),城关镇,男性\n,城关镇,女\n", to: "回执/城关镇.csv", in: folder)
        let bad = try BanhuiProcess.run(["receipts", "plan.yaml", "回执"], in: folder)
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("回执/城关镇.csv:2:1: error: [RECEIPT006]"), "\(bad.stderr)")
        #expect(bad.stderr.contains("回执/城关镇.csv:2:3: error: [RECEIPT001]"), "every problem of the row: \(bad.stderr)")
        #expect(bad.stderr.contains("回执/城关镇.csv:3:1: error: [ROSTER004]"), "\(bad.stderr)")
    }
}

/// 回执 cells are held to the plan's text bounds (LIMIT010's: 200 characters for a 单位 or 职务,
/// 500 for any other cell), reported as RECEIPT006 where they stand; nothing is written.
@Suite struct ReceiptTextBoundsTests {
    @Test func overlongCellsAndUnitAreRECEIPT006AndNothingIsWritten() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("meeting: {title: 会, start: 2026-12-03 09:00, end: 2026-12-03 11:00}\n", to: "plan.yaml", in: folder)
        let title = String(repeating: "职", count: 201), note = String(repeating: "备", count: 501), unit = String(repeating: "镇", count: 201)
        try Fixtures.write("姓名,单位,职务,备注\n张三,城关镇,\(title),无\n李四,城关镇,科员,\(note)\n王五,城关镇,科员,\(String(repeating: "备", count: 500))\n",
                           to: "回执/城关镇.csv", in: folder)
        try Fixtures.write("单位：\(unit)\n姓名,职务\n赵六,科员\n", to: "回执/东关镇.csv", in: folder)
        let result = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--out", "roster.csv"], in: folder)
        #expect(result.exitCode == 2, "\(result.stderr)")
        let cut = { (text: String) in String(text.prefix(40)) + "…" }
        #expect(Set(result.stderrLines) == [
            "回执/东关镇.csv:1:1: error: [RECEIPT006] 单位有 201 个字，超过上限 200 个字：“\(cut(unit))”",
            "回执/城关镇.csv:2:3: error: [RECEIPT006] 第2行第3列有 201 个字，超过上限 200 个字：“\(cut(title))”",
            "回执/城关镇.csv:3:4: error: [RECEIPT006] 第3行第4列有 501 个字，超过上限 500 个字：“\(cut(note))”",
        ], "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/roster.csv"))
    }
}

/// The `'` that keeps `=1+1` or `+86…` from running as a formula, through XLSX (issue 16):
/// Fixtures/receipts/neutralised (make_neutralised.py) holds a 回执 filled with `'=1+1` and
/// `'+8613900000001`, and the roster `receipts` writes from it re-saved as XLSX by LibreOffice
/// Calc, which keeps the `'` as text.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct NeutralisedXLSXTests {
    @Test func theQuoteIsNotDataOnTheWayInAndIsAddedAgainOnTheWayOut() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixtures = "\(ReceiptsCommandTests.fixtures)/neutralised"
        try FileManager.default.copyItem(atPath: Fixtures.path("\(fixtures)/回执"), toPath: "\(folder)/回执")
        try FileManager.default.copyItem(atPath: Fixtures.path("\(fixtures)/roster.xlsx"), toPath: "\(folder)/roster.xlsx")
        try FileManager.default.copyItem(atPath: Fixtures.path("\(ReceiptsCommandTests.fixtures)/plan.yaml"), toPath: "\(folder)/plan.yaml")

        // The XLSX 回执 → roster CSV: the value once, neutralised once (not `''=1+1`).
        let receipts = try BanhuiProcess.run(["receipts", "plan.yaml", "回执", "--out", "roster.csv"], in: folder)
        #expect(receipts.exitCode == 0, "\(receipts.stderr)")
        let roster = try String(contentsOfFile: "\(folder)/roster.csv", encoding: .utf8)
        #expect(roster.contains("\n'=1+1,城关镇,镇长,乡科级正职,男,'+8613900000001,否,"), "\(roster)")
        #expect(!roster.contains("''"), "\(roster)")

        // That roster re-saved as XLSX, listed by a plan: `=1+1` on every document.
        let plan = """
            version: 1
            meeting: {id: xlsx-quote, title: 全县办公室工作会议, start: 2026-12-03 09:00, end: 2026-12-03 11:30}
            units: [城关镇]
            people:
              - roster.xlsx
            seating:
              - {zone: 会场, kind: hall, rows: [5], people: all}

            """
        try Fixtures.write(plan, to: "meeting.yaml", in: folder)
        let check = try BanhuiProcess.run(["check", "meeting.yaml"], in: folder)
        #expect(check.exitCode == 0, "\(check.stderr)")
        let export = try BanhuiProcess.run(["export", "meeting.yaml", "--only", "cards,signin", "--format", "docx,xlsx", "--out", "out"], in: folder)
        #expect(export.exitCode == 0, "\(export.stderr)")
        for (file, part) in [("cards.docx", "word/document.xml"), ("signin.docx", "word/document.xml"), ("signin.xlsx", "xl/sharedStrings.xml")] {
            let text = try ExportChangesTests.text(file, in: "\(folder)/out", part: part)
            #expect(text.contains("=1+1"), "\(file)")
            #expect(!text.contains("'=1+1") && !text.contains("&apos;=1+1"), "\(file) shows the quote as data")
        }
        let json = try BanhuiProcess.run(["seat", "meeting.yaml", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"=1+1\""), "\(json.stdout)")

        // CSV output neutralises it again.
        let csv = try BanhuiProcess.run(["seat", "meeting.yaml", "--format", "csv"], in: folder)
        #expect(csv.exitCode == 0, "\(csv.stderr)")
        #expect(csv.stdoutLines.contains { $0.contains(",'=1+1,城关镇,镇长") }, "\(csv.stdout)")
        #expect(!csv.stdout.contains("''"))
    }
}
