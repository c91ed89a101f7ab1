import Foundation
import Testing
import TestSupport

/// 分组讨论, 住宿, 就餐, 乘车 (logistics.md) through `banhui check` and `banhui plan`.
@Suite struct LogisticsCommandTests {
    static let folder = Fixtures.path("Tests/CLITests/Fixtures/logistics")
    static let invalidFolder = Fixtures.path("Tests/CLITests/Fixtures/logistics/invalid")

    /// Every conflict and shortage: exit 2, nothing on stdout, one located diagnostic with the
    /// fixture's code at its line and column, and the words (numbers, names) it must say.
    @Test(arguments: ExpectedDiagnostic.fixtures(in: invalidFolder))
    func everyConflictAndShortageIsALocatedError(fixture: String) throws {
        let result = try BanhuiProcess.run(["check", fixture], in: Self.invalidFolder)
        #expect(result.exitCode == 2, "\(fixture): \(result.stdout)")
        #expect(result.stdout.isEmpty)
        let expected = try ExpectedDiagnostic.read(from: (Self.invalidFolder as NSString).appendingPathComponent(fixture))
        #expect(!expected.isEmpty, "fixture \(fixture) declares no expectation")
        for expectation in expected {
            let pattern = "\(fixture):\(expectation.line):\(expectation.column): error: [\(expectation.code)] "
            let line = result.stderrLines.first { $0.hasPrefix(pattern) }
            #expect(line != nil, "\(fixture): no “\(pattern)” in \(result.stderr)")
            if let words = expectation.words, let line {
                #expect(line.contains(words), "\(fixture): “\(line)” lacks “\(words)”")
            }
        }
        #expect(result.stderrLines.count == expected.count, "\(fixture): \(result.stderr)")
        // `plan` reports the same problems the same way.
        let plan = try BanhuiProcess.run(["plan", fixture], in: Self.invalidFolder)
        #expect(plan.exitCode == 2 && plan.stderr == result.stderr)
    }

    @Test func everyLogisticsCodeHasAFixture() throws {
        let codes = try ExpectedDiagnostic.fixtures(in: Self.invalidFolder).flatMap {
            try ExpectedDiagnostic.read(from: (Self.invalidFolder as NSString).appendingPathComponent($0)).map(\.code)
        }
        for code in ["LOG001", "LOG002", "LIMIT008"] + (101...109).map({ "LOG\($0)" }) {
            #expect(codes.contains(code), "no fixture for \(code)")
        }
    }

    @Test func checkSummarisesTheLogistics() throws {
        let result = try BanhuiProcess.run(["check", "small.yaml"], in: Self.folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.count == 1)
        // 9 lodged for one night in 6 rooms (S1 has lodging: false; P9 leaves on the 14th), the 11
        // on site at lunch and at the buffet dinner.
        #expect(result.stdout.contains("分组 2 个，住宿 6 间、9 人晚，就餐 2 次、22 人次，行程 1 个"), "\(result.stdout)")
    }

    @Test func planListsGroupsRoomsTablesAndCars() throws {
        let result = try BanhuiProcess.run(["plan", "small.yaml"], in: Self.folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        // Listed groups: convener first, then deputy, then by precedence; `rest` takes the others.
        #expect(lines.contains("分组 第一组（第一会议室）：5 人"))
        #expect(lines.contains("  成员：张建国、王海波、赵明、钱红、孙立"))
        #expect(lines.contains("  成员：李文华、周平、郑强、吴静、冯丽"))
        // Singles from 县处级正职 by precedence from the first hotel; doubles by gender, same unit first.
        #expect(lines.contains("住宿 县宾馆 单间1（单间）：张建国；2026-12-14"))
        #expect(lines.contains("住宿 县宾馆 单间2（单间）：李文华；2026-12-14"))
        #expect(lines.contains("住宿 县宾馆 标间2（标间）：赵明、孙立；2026-12-14"), "\(result.stdout)")
        // 王海波 has nobody of his gender in 县委 to share with: paired by precedence.
        #expect(lines.contains("住宿 县宾馆 标间1（标间）：王海波、周平；2026-12-14"), "\(result.stdout)")
        // The odd woman out gets the free single of the second hotel.
        #expect(lines.contains("住宿 迎宾楼 101（单间）：冯丽；2026-12-14"), "\(result.stdout)")
        #expect(!result.stdout.contains("郑强；"), "P9 leaves on the day: no night")
        // Tables of 4 by group, the senior group first; staff (in no group) last.
        #expect(lines.contains("  第1桌：张建国、王海波、赵明、钱红"))
        #expect(lines.contains("  第3桌：吴静、冯丽、陈会务"))
        // Own cars from 县处级正职; 7-seat cars carry 5 passengers, a group that does not fit the
        // rest of one takes the next.
        #expect(lines.contains("  自备车：张建国、李文华"))
        #expect(lines.contains("  粤A·12345（王师傅 13800000001）：王海波、赵明、钱红、孙立"), "\(result.stdout)")
        #expect(lines.contains("  粤A·23456：周平、郑强、吴静、冯丽"), "\(result.stdout)")
    }

    @Test func explainGivesAReasonForEveryPlacement() throws {
        let result = try BanhuiProcess.run(["plan", "small.yaml", "--explain"], in: Self.folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("分组 张建国（P1）→ 第一组：召集人；所在单位“县委”列于本组 members"))
        #expect(result.stdout.contains("住宿 张建国（P1）→ 县宾馆 单间1：职级在 县处级正职 及以上，住单间，按位次依次安排"))
        #expect(result.stdout.contains("乘车 张建国（P1）→ t1 自备车：职级在 县处级正职 及以上，乘自备车"))
        #expect(result.stdoutLines.allSatisfy { !$0.hasSuffix("：") }, "a placement without a reason")
    }

    @Test func automaticGroupsKeepUnitsTogetherAndSpreadTheSeniors() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var people: [String] = []
        let units = (1...8).map { "单位\($0)" }
        for (index, unit) in units.enumerated() {
            for member in 0..<(index % 3 + 2) {
                let id = "P\(index * 10 + member)"
                people.append("  - {id: \(id), name: 人员\(id), unit: \(unit), order: \(index * 10 + member + 1)}")
            }
        }
        try Fixtures.write("""
            meeting: {title: 会议, start: 2026-12-14 09:00, end: 2026-12-14 17:00}
            units: [\(units.joined(separator: ", "))]
            people:
            \(people.joined(separator: "\n"))
            group_assign: {groups: 3, places: [一室, 二室, 三室]}
            """, to: "plan.yaml", in: directory)
        let result = try BanhuiProcess.run(["plan", "plan.yaml"], in: directory)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let memberLines = result.stdoutLines.filter { $0.hasPrefix("  成员：") }
        #expect(memberLines.count == 3)
        let groups = memberLines.map { $0.dropFirst(5).split(separator: "、").map(String.init) }
        // Whole units: every unit's people are in one group.
        for unit in 0..<8 {
            let holding = groups.filter { $0.contains("人员P\(unit * 10)") || $0.contains("人员P\(unit * 10 + 1)") }
            #expect(holding.count == 1, "unit \(unit) split: \(groups)")
        }
        // The most senior people (units 1–3's first members, orders 1, 11, 21) lead different groups.
        #expect(Set(groups.map { $0[0] }) == ["人员P0", "人员P10", "人员P20"])
        let sizes = groups.map(\.count)
        #expect(sizes.max()! - sizes.min()! <= 4, "sizes \(sizes)")
        #expect(result.stdout.contains("分组 第一组（一室）"))
    }
}

/// `banhui export` of the example two-day congress: the 会议指南 with its table of contents, the
/// slips and logistics.xlsx, valid against the office schemas.
@Suite struct LogisticsExportTests {
    static let example = "examples/two-day-congress/meeting.yaml"

    @Test func theExampleExportsTheHandbookSlipsAndWorkbook() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path(Self.example), "--out", out], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let names = result.stdoutLines.map { ($0 as NSString).lastPathComponent }
        for name in ["handbook.docx", "handbook.odt", "slips.docx", "slips.odt", "logistics.xlsx"] {
            #expect(names.contains(name), "\(names)")
        }
        func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent(name)))) }
        let files = try ["handbook.docx", "handbook.odt", "slips.docx", "slips.odt", "logistics.xlsx"].map { ($0, try read($0)) }
        OfficeValidation.expectValid(files)

        // A real table of contents: a TOC field over the headings with one entry per part, each
        // pointing at the heading's bookmark; in ODT a table-of-content whose entries refer to
        // the headings' pages.
        let document = try ZipParts.text(of: "word/document.xml", in: try read("handbook.docx"))
        #expect(document.contains("TOC \\o &quot;2-2&quot; \\h \\z \\u"))
        let parts = ["会议须知", "会议日程", "分组名单", "住宿安排", "就餐安排", "乘车安排", "座次安排", "工作人员及联系电话"]
        for (index, part) in parts.enumerated() {
            #expect(document.contains("PAGEREF _Toc\(index + 1) \\h"), "no page reference for \(part)")
            #expect(document.contains("w:name=\"_Toc\(index + 1)\""), "no bookmark on \(part)")
        }
        #expect(!document.contains("_Toc9"), "a heading inside a part got into the contents")
        let content = try ZipParts.text(of: "content.xml", in: try read("handbook.odt"))
        #expect(content.contains("<text:table-of-content "))
        #expect(content.components(separatedBy: "text:reference-format=\"page\"").count - 1 == parts.count)

        // logistics.xlsx: the five sheets; the 报到 list has everyone once, in 报到 order.
        let sheets = try SpreadsheetReader.sheets(try read("logistics.xlsx"))
        #expect(sheets.map(\.name) == ["分组", "住宿", "就餐", "乘车", "报到"])
        let registration = sheets[4].rows.drop { $0.first != "序号" }
        #expect(registration.count - 1 == 294)
        #expect(registration.first?.prefix(4) == ["序号", "单位", "姓名", "职务"])
        let units = registration.dropFirst().map { $0[1] }
        #expect(units.first == "县委" && units.contains("南湖乡"))

        // Slips: one per person (a paragraph in 黑体 with name, unit and title).
        let slips = try ZipParts.text(of: "word/document.xml", in: try read("slips.docx"))
        #expect(slips.components(separatedBy: "w:val=\"dashed\"").count - 1 >= 4)
        #expect(slips.contains("张建国　县委　县委书记"))
        // Three sessions with zones of their own: every leader's slip has the seat of each.
        #expect(slips.contains("座位：预备会议（12月14日 8:30，县委第一会议室）预备会议主席台 第1排"))
        #expect(slips.contains("座位：开幕式暨全体会议（12月14日 9:00，县委大礼堂）主席台 第1排"))
        #expect(slips.contains("座位：闭幕式暨全体会议（12月15日 9:00，县委大礼堂）闭幕主席台 第1排"))
        #expect(names.filter { $0.hasSuffix(".svg") } == ["seating-prep-预备会议主席台.svg", "seating-prep-预备会议会场.svg", "seating-open-主席台.svg",
                                                          "seating-open-台下.svg", "seating-close-闭幕主席台.svg", "seating-close-闭幕台下.svg"], "\(names)")
        let signin = try ZipParts.text(of: "word/document.xml", in: try read("signin.docx"))
        #expect(["应到 42 人", "应到 292 人"].allSatisfy(signin.contains), "signin: {per: session} sheets")
    }

    /// A withdrawal moves people: `diff` lists the rooms, tables and cars that changed and
    /// `--changes-from` writes only the changed people's slips; with `stable: true` on lodging the
    /// others keep their rooms.
    @Test func changesReportRoomsTablesAndCarsAndReprintOnlyChangedSlips() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try String(contentsOfFile: (LogisticsCommandTests.folder as NSString).appendingPathComponent("small.yaml"), encoding: .utf8)
        try Fixtures.write(original, to: "v1.yaml", in: directory)
        let withdrawn = original.replacingOccurrences(of: "  - {id: P4, name: 赵明, unit: 县财政局, title: 局长, rank: 乡科级正职, gender: 男}\n", with: "")
        #expect(withdrawn != original)
        try Fixtures.write(withdrawn, to: "v2.yaml", in: directory)
        try Fixtures.write(withdrawn.replacingOccurrences(of: "  single_from: 县处级正职", with: "  single_from: 县处级正职\n  stable: true"),
                           to: "v2-stable.yaml", in: directory)

        let diff = try BanhuiProcess.run(["diff", "v1.yaml", "v2.yaml"], in: directory)
        #expect(diff.exitCode == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("会务调整（"), "\(diff.stdout)")
        #expect(diff.stdout.contains("孙立（P6）住宿：县宾馆 标间2 → "), "\(diff.stdout)")
        let stable = try BanhuiProcess.run(["diff", "v1.yaml", "v2-stable.yaml"], in: directory)
        #expect(stable.exitCode == 0, "\(stable.stderr)")
        #expect(!stable.stdout.contains("住宿："), "stable rooms moved: \(stable.stdout)")

        let export = try BanhuiProcess.run(["export", "v2.yaml", "--changes-from", "v1.yaml", "--out", "out", "--only", "slips",
                                            "--format", "docx"], in: directory)
        #expect(export.exitCode == 0, "\(export.stderr)")
        let written = export.stdoutLines.map { ($0 as NSString).lastPathComponent }
        #expect(written.starts(with: ["slips.docx", "slips-changed.docx"]), "\(written)")
        let changed = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/slips-changed.docx"))))
        let all = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/slips.docx"))))
        #expect(changed.contains("孙立　县财政局"))
        #expect(!changed.contains("张建国　县委"), "an unchanged slip was reprinted")
        #expect(all.contains("张建国　县委"))
    }

    @Test func aPlanWithoutLogisticsSkipsThemWithAnInfoLine() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path("examples/county-office-meeting/meeting.yaml"), "--out", out,
                                            "--only", "handbook,slips,logistics"], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("info: [DOC002] 未生成 handbook"))
        #expect(result.stderr.contains("info: [DOC002] 未生成 slips"))
        #expect(result.stderr.contains("info: [DOC002] 未生成 logistics"))
    }
}
