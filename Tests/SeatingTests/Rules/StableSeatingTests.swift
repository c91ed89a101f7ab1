import MeetingPlan
import Seating
import Testing
import TestSupport

/// `stable: true` (changes.md): people keep the previous seating's seats, the seats of those who
/// left stay empty, newcomers fill empty seats, their unit's block first.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct StableSeatingTests {
    static func hall(_ people: [String], rows: String = "[4, 4, 4]", extra: String = "") -> String {
        """
        version: 1
        meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
        units: [甲局, 乙局, 丙局]
        people:
        \(people.map { "  - \($0)" }.joined(separator: "\n"))
        seating:
          - {zone: 台下, kind: hall, rows: \(rows), group: unit, people: rest, stable: true\(extra)}
        """
    }

    static let before = [
        "{id: A1, name: 王明, unit: 甲局, order: 1}", "{id: A2, name: 李明, unit: 甲局, order: 2}", "{id: A3, name: 张明, unit: 甲局, order: 3}",
        "{id: B1, name: 刘明, unit: 乙局, order: 4}", "{id: B2, name: 陈明, unit: 乙局, order: 5}",
        "{id: C1, name: 杨明, unit: 丙局, order: 6}", "{id: C2, name: 黄明, unit: 丙局, order: 7}",
    ]

    static func seat(old: String, new: String) throws -> (old: SeatedZone, new: SeatedZone) {
        let oldPlan = try PlanText.load(old), newPlan = try PlanText.load(new)
        let oldSeats = try TestEnvironment.seat(oldPlan)
        let newSeats = try SeatingEngine.seat(newPlan, environment: TestEnvironment.seating, previous: PreviousSeating(plan: oldPlan, seats: oldSeats))
        return (oldSeats.zones[0], newSeats.zones[0])
    }

    @Test func aWithdrawalLeavesItsSeatEmptyAndNobodyMoves() throws {
        let zones = try Self.seat(old: Self.hall(Self.before), new: Self.hall(Self.before.filter { !$0.contains("A2") }))
        #expect(zones.old.rows.map(\.seats.spelled) == ["A1 A2 A3 B1", "B2 C1 C2 ∅", "∅ ∅ ∅ ∅"])
        #expect(zones.new.rows.map(\.seats.spelled) == ["A1 ∅ A3 B1", "B2 C1 C2 ∅", "∅ ∅ ∅ ∅"])
        let kept = try #require(zones.new.explanations.first { $0.personID == "C2" })
        #expect(kept.rule.hasPrefix("保持原座位"))
    }

    @Test func aNewcomerTakesTheSeatHisUnitVacatedFirst() throws {
        let after = Self.before.filter { !$0.contains("A2") } + ["{id: A4, name: 赵明, unit: 甲局, order: 8}"]
        let zones = try Self.seat(old: Self.hall(Self.before), new: Self.hall(after))
        #expect(zones.new.rows.map(\.seats.spelled) == ["A1 A4 A3 B1", "B2 C1 C2 ∅", "∅ ∅ ∅ ∅"])
    }

    @Test func aNewcomerWithoutRoomInHisBlockTakesTheFreeSeatsInOrderNotAVacatedOne() throws {
        // 乙局 has no free seat in its block; 甲局's vacated seat stays empty; the first seat nobody held is taken.
        let after = Self.before.filter { !$0.contains("A2") } + ["{id: B3, name: 孙明, unit: 乙局, order: 8}"]
        let zones = try Self.seat(old: Self.hall(Self.before), new: Self.hall(after))
        #expect(zones.new.rows.map(\.seats.spelled) == ["A1 ∅ A3 B1", "B2 C1 C2 B3", "∅ ∅ ∅ ∅"])
        let newcomer = try #require(zones.new.explanations.first { $0.personID == "B3" })
        #expect(newcomer.rule.contains("按本区正常顺序补入空位"))
    }

    @Test func theLastUnitsNewcomerSitsRightAfterItsBlock() throws {
        let after = Self.before + ["{id: C3, name: 孙明, unit: 丙局, order: 8}"]
        let zones = try Self.seat(old: Self.hall(Self.before), new: Self.hall(after))
        #expect(zones.new.rows.map(\.seats.spelled) == ["A1 A2 A3 B1", "B2 C1 C2 C3", "∅ ∅ ∅ ∅"])
        #expect(zones.new.explanations.first { $0.personID == "C3" }?.rule.contains("紧接本单位区") == true)
    }

    @Test(arguments: [", reserved: [\"2-4\"]", ", hold: [{row: 2, seat: 4}]"])
    func heldSeatsAreNeverGivenToNewcomers(held: String) throws {
        let after = Self.before + ["{id: C3, name: 孙明, unit: 丙局, order: 8}"]
        let zones = try Self.seat(old: Self.hall(Self.before), new: Self.hall(after, extra: held))
        #expect(zones.new.rows.map(\.seats.spelled) == ["A1 A2 A3 B1", "B2 C1 C2 ∅", "C3 ∅ ∅ ∅"])
    }

    @Test func aSeatHeldAtABanquetStaysEmptyForTheNewcomer() throws {
        func plan(_ ids: [String], hold: String = "") -> String {
            """
            version: 1
            meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            people:
            \(PlanText.people(ids))
            seating:
              - {zone: 宴会厅, kind: banquet, tables: [4, 4], pattern: single-host, hosts: [H1], people: [\(ids.dropFirst().joined(separator: ", "))], stable: true\(hold)}
            """
        }
        let old = ["H1", "G1", "G2", "G3", "G4"]
        let zones = try Self.seat(old: plan(old), new: plan(old + ["G5"]))
        // Without a hold the newcomer takes table 2's first free seat by the table rule.
        let taken = try #require(zones.new.tables[1].seats.firstIndex(of: "G5"))
        #expect(zones.old.tables[1].seats[taken] == nil)
        let held = try Self.seat(old: plan(old), new: plan(old + ["G5"], hold: ", hold: [{table: 2, seat: \(taken)}]"))
        #expect(held.new.tables[1].seats[taken] == nil)
        #expect(held.new.tables.flatMap(\.seats).contains("G5"))
        for (table, seats) in zones.old.tables.map(\.seats).enumerated() {
            for (seat, id) in seats.enumerated() where id != nil { #expect(held.new.tables[table].seats[seat] == id) }
        }
    }

    @Test func withoutStableTheHallReflows() throws {
        let old = Self.hall(Self.before).replacingOccurrences(of: ", stable: true", with: "")
        let new = Self.hall(Self.before.filter { !$0.contains("A2") }).replacingOccurrences(of: ", stable: true", with: "")
        let zones = try Self.seat(old: old, new: new)
        #expect(zones.new.rows.map(\.seats.spelled) == ["A1 A3 B1 B2", "C1 C2 ∅ ∅", "∅ ∅ ∅ ∅"])
    }

    @Test func banquetGuestsKeepTheirSeatsAndANewcomerTakesTheFirstFreeSeatByTableOrder() throws {
        func plan(_ ids: [String]) -> String {
            """
            version: 1
            meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            people:
            \(PlanText.people(ids))
            seating:
              - {zone: 宴会厅, kind: banquet, tables: [6, 6], pattern: single-host, hosts: [H1], people: [\(ids.dropFirst().joined(separator: ", "))], stable: true}
            """
        }
        let old = ["H1", "G1", "G2", "G3", "G4", "G5", "G6", "G7"]
        let new = ["H1", "G1", "G3", "G4", "G5", "G6", "G7", "G8"]
        let zones = try Self.seat(old: plan(old), new: plan(new))
        let before = zones.old.tables.map(\.seats), after = zones.new.tables.map(\.seats)
        for (table, seats) in before.enumerated() {
            for (seat, id) in seats.enumerated() where id != nil && id != "G2" { #expect(after[table][seat] == id) }
        }
        // G2's seat at table 1 stays empty; G8 takes the first free seat of table 2 by the table rule.
        let vacated = try #require(before[0].firstIndex(of: "G2"))
        #expect(after[0][vacated] == nil)
        #expect(after[1].contains("G8"))
    }

    @Test func stableOnARostrumIsALocatedError() throws {
        let text = """
            version: 1
            meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            people:
              - {id: P1, name: 王明}
            seating:
              - {zone: 主席台, kind: rostrum, rows: [3], people: [P1], stable: true}
            """
        #expect { try PlanText.load(text) } throws: { error in
            let diagnostics = (error as? InputErrors)?.diagnostics ?? []
            return diagnostics.map(\.code.id) == ["CHANGE001"] && diagnostics.first?.location.line == 6
        }
    }
}
