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
