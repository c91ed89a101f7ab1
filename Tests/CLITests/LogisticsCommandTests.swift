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

    /// logistics.md, Quota: `check` prints the 会议费 estimate by the 综合定额 on the assignment's
    /// person-nights and person-meals; `quota` feeds the same figures to MTG-COST-CAP and its JSON.
    @Test func personNightsAndMealsFeedTheFeeEstimateAndTheCostRule() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try String(contentsOfFile: (Self.folder as NSString).appendingPathComponent("small.yaml"), encoding: .utf8)
        let plan = original.replacingOccurrences(of: "end: 2026-12-15 11:30}", with: "end: 2026-12-15 11:30, category: 3, in_annual_plan: true, costs: {lodging: 300, meals: 120, other: 50}}")
        #expect(plan != original)
        try Fixtures.write(plan, to: "plan.yaml", in: directory)
        let check = try BanhuiProcess.run(["check", "plan.yaml"], in: directory)
        #expect(check.exitCode == 0 && check.stderr.isEmpty, "\(check.stderr)")
        #expect(check.stdoutLines.count == 2, "\(check.stdout)")
        // 11 people over two days (5 person-days of lodging are S1's lodging: false and P9's day trip):
        // 9 person-nights, 22 person-meals, 11 × 2 person-days.
        #expect(check.stdoutLines[0].contains("住宿 6 间、9 人晚，就餐 2 次、22 人次"))
        #expect(check.stdoutLines[1] == "会议费估算（三类会议综合定额）：住宿费 340 元 × 9 人晚 = 3060 元，伙食费 130 元 × 7.33 人天 = 953 元（22 人次 ÷ 3），"
                + "其他费用 80 元 × 22 人天 = 1760 元，合计 5773 元；按计划 costs 计 4680 元", "\(check.stdoutLines[1])")

        let quota = try BanhuiProcess.run(["quota", "plan.yaml", "--format", "json"], in: directory)
        #expect(quota.exitCode == 0, "\(quota.stdout)\(quota.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(quota.stdout.utf8)) as? [String: Any])
        let meeting = try #require((report["meetings"] as? [[String: Any]])?.first)
        #expect(meeting["person_nights"] as? Int == 9 && meeting["person_meals"] as? Int == 22)
        let estimate = try #require(meeting["fee_estimate"] as? [String: Any])
        #expect(estimate["total"] as? Int == 5773 && estimate["planned_total"] as? Int == 4680 && estimate["basis"] as? String == "logistics")

        // Rates over the standards: the whole meeting's cost on the same quantities is over the cap.
        try Fixtures.write(plan.replacingOccurrences(of: "costs: {lodging: 300, meals: 120, other: 50}", with: "costs: {lodging: 400, meals: 150, other: 100}"),
                           to: "dear.yaml", in: directory)
        let dear = try BanhuiProcess.run(["quota", "dear.yaml"], in: directory)
        #expect(dear.exitCode == 1, "\(dear.stdout)")
        // 400 × 9 + 150 × 22 ÷ 3 + 100 × 22 = 3600 + 1100 + 2200 = 6900 > 5773.
        #expect(dear.stdout.contains("error: [MTG-COST-CAP] 会议费合计6900元（住宿费9人晚、伙食费7.33人天、其他费用22人天），超过按三类会议综合定额计算的上限5773元"), "\(dear.stdout)")
    }

    /// `meeting.staff` beside rooms and meals: those staff have no room or table, so `check` warns
    /// (LOG110, at the value) and still passes.
    @Test func staffCountedButNotListedIsAWarning() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try String(contentsOfFile: (Self.folder as NSString).appendingPathComponent("small.yaml"), encoding: .utf8)
        let plan = original.replacingOccurrences(of: "end: 2026-12-15 11:30}", with: "end: 2026-12-15 11:30, staff: 3}")
        try Fixtures.write(plan, to: "plan.yaml", in: directory)
        let check = try BanhuiProcess.run(["check", "plan.yaml"], in: directory)
        #expect(check.exitCode == 0, "\(check.stderr)")
        let line = try #require(check.stderrLines.first, "no warning")
        let meetingLine = plan.components(separatedBy: "\n")[2]
        let value = try #require(meetingLine.range(of: "staff: ")).upperBound
        let expectedColumn = meetingLine[..<value].count + 1
        #expect(line.hasPrefix("plan.yaml:3:\(expectedColumn): warning: [LOG110] "), "\(line)")
        #expect(line.contains("meeting.staff 另计工作人员 3 名") && line.contains("role: staff）1 名"), "\(line)")
        #expect(check.stderrLines.count == 1)
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

    /// The DOCX 目录 rendered by LibreOffice shows each part's page, and that page starts the part.
    @Test(.enabled(if: Tools.soffice && Tools.pdfinfo, Tools.need("soffice (LibreOffice) and pdftotext (poppler-utils)")))
    func theDocxTableOfContentsHasPageNumbersWhenRendered() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path(Self.example), "--out", "docs", "--only", "handbook", "--format", "docx"], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        func run(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: out)
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(arguments)")
            return String(decoding: data, as: UTF8.self)
        }
        _ = try run([ProcessInfo.processInfo.environment["BANHUI_SOFFICE"] ?? "soffice", "-env:UserInstallation=file://\(out)/profile", "--headless",
                     "--convert-to", "pdf", "--outdir", "pdf", "docs/handbook.docx"])
        let contents = try run(["pdftotext", "-f", "2", "-l", "2", "-layout", "pdf/handbook.pdf", "-"])
        let parts = ["会议须知", "会议日程", "分组名单", "住宿安排", "就餐安排", "乘车安排", "座次安排", "工作人员及联系电话"]
        var pages: [Int] = []
        for part in parts {
            let line = try #require(contents.split(separator: "\n").first { $0.contains(part) }, "\(part) not in \(contents)")
            let page = try #require(Int(String(line.reversed().prefix { $0.isNumber }.reversed())), "no page number: \(line)")
            pages.append(page)
            #expect(try run(["pdftotext", "-f", "\(page)", "-l", "\(page)", "pdf/handbook.pdf", "-"]).contains(part), "\(part) is not on page \(page)")
        }
        #expect(pages.first == 3 && pages == pages.sorted() && Set(pages).count == pages.count, "\(pages)")
    }

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

        // The table of contents: in DOCX one entry per part, each a link to the heading's bookmark
        // with a PAGEREF page number outside any TOC field (LibreOffice computes those; Word
        // updates them on opening, as the settings ask); in ODT a table-of-content whose entries
        // refer to the headings' pages.
        let document = try ZipParts.text(of: "word/document.xml", in: try read("handbook.docx"))
        #expect(!document.contains(" TOC "))
        #expect(try ZipParts.text(of: "word/settings.xml", in: try read("handbook.docx")).contains("<w:updateFields w:val=\"true\"/>"))
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
        #expect(slips.contains("座位：主席台 第1排"))
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
        #expect(diff.stdout.contains("  孙立（县财政局）  住宿：县宾馆 标间2 → "), "\(diff.stdout)")
        let stable = try BanhuiProcess.run(["diff", "v1.yaml", "v2-stable.yaml"], in: directory)
        #expect(stable.exitCode == 0, "\(stable.stderr)")
        #expect(!stable.stdout.contains("住宿："), "stable rooms moved: \(stable.stdout)")

        let export = try BanhuiProcess.run(["export", "v2.yaml", "--changes-from", "v1.yaml", "--out", "out", "--only", "slips",
                                            "--format", "docx"], in: directory)
        #expect(export.exitCode == 0, "\(export.stderr)")
        let written = export.stdoutLines.map { ($0 as NSString).lastPathComponent }
        #expect(written == ["slips.docx", "changes.docx", "slips-changed.docx"], "\(written)")
        let changed = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/slips-changed.docx"))))
        let all = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/slips.docx"))))
        #expect(changed.contains("孙立　县财政局"))
        #expect(!changed.contains("张建国　县委"), "an unchanged slip was reprinted")
        #expect(all.contains("张建国　县委"))
        // The 座次调整单 carries the same changes as `diff`, in its 会务调整 table.
        let sheet = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/changes.docx"))))
        #expect(sheet.contains("会务调整"))
        #expect(sheet.contains("县宾馆 标间2"))
    }

    /// A changed lodging rule and nobody else changed (the final review's case): `diff` reports the
    /// rooms as changes, in text and JSON alike, and never says the versions do not differ; the
    /// 座次调整单 in DOCX and ODT has them; `--changes-from` reprints only those people's slips.
    /// With `lodging.stable: true` the same rule change keeps every room.
    @Test func aLodgingRuleChangeIsOneChangeValueInEveryReport() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try String(contentsOfFile: (LogisticsCommandTests.folder as NSString).appendingPathComponent("small.yaml"), encoding: .utf8)
        try Fixtures.write(original, to: "v1.yaml", in: directory)
        let rule = original.replacingOccurrences(of: "  single_from: 县处级正职", with: "  single_from: 县处级副职")
        #expect(rule != original)
        try Fixtures.write(rule, to: "v2.yaml", in: directory)
        try Fixtures.write(rule.replacingOccurrences(of: "  single_from: 县处级副职", with: "  single_from: 县处级副职\n  stable: true"),
                           to: "v2-stable.yaml", in: directory)

        let text = try BanhuiProcess.run(["diff", "v1.yaml", "v2.yaml"], in: directory)
        #expect(text.exitCode == 0, "\(text.stderr)")
        #expect(!text.stdout.contains("没有差别"), "\(text.stdout)")
        // 王海波 (县处级副职) now has a single: 县宾馆's two are 张建国's and 李文华's, so 迎宾楼 101.
        let line = try #require(text.stdoutLines.first { $0.hasPrefix("  王海波（县委）  住宿：") }, "\(text.stdout)")
        #expect(line.hasPrefix("  王海波（县委）  住宿：县宾馆 标间") && line.hasSuffix(" → 迎宾楼 101"), "\(line)")
        let count = text.stdoutLines.filter { $0.hasPrefix("  ") && $0.contains("  住宿：") }.count
        #expect(text.stdout.contains("会务调整（\(count) 项）："), "\(text.stdout)")

        let json = try BanhuiProcess.run(["diff", "v1.yaml", "v2.yaml", "--format", "json"], in: directory)
        #expect(json.exitCode == 0, "\(json.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let logistics = try #require(parsed["logistics"] as? [[String: Any]])
        #expect(logistics.count == count)
        let room = try #require(logistics.first { $0["person"] as? String == "P3" })
        #expect(room["kind"] as? String == "room")
        #expect(room["to"] as? String == "迎宾楼 101", "\(room)")
        #expect(room["from"] is String)

        let export = try BanhuiProcess.run(["export", "v2.yaml", "--changes-from", "v1.yaml", "--out", "out", "--only", "slips"], in: directory)
        #expect(export.exitCode == 0, "\(export.stderr)")
        let read = { (name: String) in [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/" + name))) }
        let docx = try ZipParts.text(of: "word/document.xml", in: try read("changes.docx"))
        let odt = try ZipParts.text(of: "content.xml", in: try read("changes.odt"))
        for sheet in [docx, odt] {
            #expect(sheet.contains("会务调整"))
            #expect(sheet.contains("王海波"))
            #expect(!sheet.contains("与上一版本相比没有变化"))
        }
        let slips = try ZipParts.text(of: "word/document.xml", in: try read("slips-changed.docx"))
        #expect(slips.contains("王海波　县委"))
        let moved = Set(logistics.compactMap { $0["name"] as? String })
        for name in ["张建国", "李文华", "周平", "冯丽"] where !moved.contains(name) {
            #expect(!slips.contains("\(name)　"), "\(name)'s slip did not change")
        }

        let stable = try BanhuiProcess.run(["diff", "v1.yaml", "v2-stable.yaml", "--format", "json"], in: directory)
        #expect(stable.exitCode == 0, "\(stable.stderr)")
        let kept = try #require(try JSONSerialization.jsonObject(with: Data(stable.stdout.utf8)) as? [String: Any])
        #expect((kept["logistics"] as? [Any])?.isEmpty == true, "stable rooms moved: \(stable.stdout)")
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
