import Foundation
import Testing
import TestSupport

/// SEAT101 in every zone kind (issue 16): a pin or swap that seats someone ahead of a more senior
/// person in the zone's own fill order warns, at the pin or swap, naming both. The plans are the
/// examples with one line added, run from a temporary folder.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ProtocolWarningTests {
    /// Runs `banhui seat` on `example`'s plan with `added` inserted after the line `after`;
    /// returns the result and the 1-based line of the inserted text.
    static func seat(_ example: String, after: String, adding added: String) throws -> (CommandResult, line: Int) {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = Fixtures.path("examples/\(example)")
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(atPath: "\(source)/\(name)", toPath: "\(folder)/\(name)")
        }
        var lines = try String(contentsOfFile: "\(source)/meeting.yaml", encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: after), "\(after) not in \(example)")
        lines.insert(added, at: index + 1)
        try Fixtures.write(lines.joined(separator: "\n"), to: "meeting.yaml", in: folder)
        return (try BanhuiProcess.run(["seat", "meeting.yaml"], in: folder), index + 2)
    }

    static func warnings(_ result: CommandResult) -> [String] { result.stderrLines.filter { $0.contains("[SEAT101]") } }

    @Test func aSwapAtSideBySideTalksWarns() throws {
        let (result, line) = try Self.seat("reception", after: "  - zone: 会见厅", adding: "    swap: [[H2, H3]]")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Self.warnings(result) == ["meeting.yaml:\(line):12: warning: [SEAT101] 指定座位使王海波（H3）坐在位次更高的李文华（H2）之前"],
                "\(result.stderr)")
    }

    @Test func aSwapAtFacingTalksWarns() throws {
        let (result, line) = try Self.seat("reception", after: "  - zone: 会谈室", adding: "    swap: [[G2, G3]]")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Self.warnings(result) == ["meeting.yaml:\(line):12: warning: [SEAT101] 指定座位使施密特（G3）坐在位次更高的米勒（G2）之前"],
                "\(result.stderr)")
    }

    @Test func talksAsTheRulesSeatThemDoNotWarn() throws {
        let result = try BanhuiProcess.run(["seat", Fixtures.path("examples/reception/meeting.yaml")])
        #expect(result.exitCode == 0)
        #expect(Self.warnings(result).isEmpty, "\(result.stderr)")
    }

    /// Dual-host table 1 of ten (rule 4.2): 主陪 S0, guests 1 and 2 at S9 and S1, 副陪 S5, guest 3 at
    /// S4 (the 副陪's right), guest 4 at S6. By the single-host pattern S6 would rank ahead of S4,
    /// and this swap would pass unnoticed.
    @Test func aSwapAtADualHostBanquetIsRankedByThatPattern() throws {
        let (result, line) = try Self.seat("banquet", after: "    pattern: dual-host", adding: "    swap: [[G3, G4]]")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Self.warnings(result) == ["meeting.yaml:\(line):12: warning: [SEAT101] 指定座位使吴涛（G4）坐在位次更高的郑洁（G3）之前"],
                "\(result.stderr)")
    }

    /// Tables 2 and 3 are headed by H3 and H4 (rule 4.1.6): swapping them puts the junior at the
    /// senior table; a staff member pinned where the rules seat him at table 2 is ahead of nobody,
    /// though H4 heads table 3.
    @Test func banquetTableHeadsRankBeforeTheSpreadAndAmongThemselves() throws {
        let (swapped, line) = try Self.seat("banquet", after: "    pattern: dual-host", adding: "    swap: [[H3, H4]]")
        #expect(swapped.exitCode == 0, "\(swapped.stderr)")
        #expect(Self.warnings(swapped) == ["meeting.yaml:\(line):12: warning: [SEAT101] 指定座位使赵明（H4）坐在位次更高的王海波（H3）之前"],
                "\(swapped.stderr)")
        let (pinned, _) = try Self.seat("banquet", after: "    pattern: dual-host", adding: "    pins: [{person: S4, table: 2, seat: 5}]")
        #expect(pinned.exitCode == 0, "\(pinned.stderr)")
        #expect(pinned.stdout.contains("第2桌  S0 王海波"), "\(pinned.stdout)")
        #expect(Self.warnings(pinned).isEmpty, "\(pinned.stderr)")
    }

    @Test func aSwapOnTheRostrumWarns() throws {
        let (result, line) = try Self.seat("county-office-meeting", after: "    people: [P1, P2, P3, P4, P5]", adding: "    swap: [[P2, P3]]")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Self.warnings(result) == ["meeting.yaml:\(line):12: warning: [SEAT101] 指定座位使王海波（P3）坐在位次更高的李文华（P2）之前"],
                "\(result.stderr)")
    }

    /// 台下 is grouped by unit: 田富 (科员) swapped with 刘志强 (副主任) of the same unit.
    @Test func aSwapWithinAUnitInAHallWithUnitsWarns() throws {
        let (result, line) = try Self.seat("county-office-meeting", after: "    group: unit", adding: "    swap: [[R01, R10]]")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Self.warnings(result) == ["meeting.yaml:\(line):12: warning: [SEAT101] 指定座位使田富（R10）坐在位次更高的刘志强（R01）之前"],
                "\(result.stderr)")
    }

    /// A 竖排 hall fills column by column: 第2排第1座 comes right after 第1排第1座, so pinning 陈杰
    /// (4th) there seats him ahead of 李明; in a `mode: rows` hall that seat is the 4th and the
    /// same pin warns about nobody.
    @Test func aHallWithoutUnitsIsRankedByItsOwnMode() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let people = ["王海", "李明", "张伟", "陈杰", "刘洋", "赵磊", "孙强", "周涛", "吴刚"].enumerated()
            .map { "  - {id: P\($0.offset + 1), name: \($0.element), order: \($0.offset + 1)}" }.joined(separator: "\n")
        for mode in ["blocks", "rows"] {
            let plan = """
                version: 1
                meeting: {id: blocks, title: 竖排, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
                people:
                \(people)
                seating:
                  - zone: 台下
                    kind: hall
                    mode: \(mode)
                    rows: [3, 3, 3]
                    people: all
                    pins: [{person: P4, row: 2, seat: 1}]

                """
            try Fixtures.write(plan, to: "\(mode).yaml", in: folder)
            let result = try BanhuiProcess.run(["seat", "\(mode).yaml"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let expected = mode == "blocks" ? ["\(mode).yaml:19:21: warning: [SEAT101] 指定座位使陈杰（P4）坐在位次更高的李明（P2）之前"] : []
            #expect(Self.warnings(result) == expected, "\(mode): \(result.stderr)")
        }
    }
}
