import MeetingPlan
import Seating
import Testing
import TestSupport

/// Who may be seated twice: the rostrum and the hall are one plenary event; each banquet, talks
/// and photo zone is an event of its own.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SeatingEventTests {
    static let people = PlanText.people(PlanText.ids("P", 6))

    @Test func theSameLeaderSitsOnTheRostrumAtTheBanquetAndInThePhoto() throws {
        let seating = """
          - {zone: 主席台, kind: rostrum, rows: [3], people: [P1, P2, P3]}
          - {zone: 宴会厅, kind: banquet, tables: [10], hosts: [P1, P4], guests: [P2]}
          - {zone: 合影, kind: photo, rows: [7], people: all}
        """
        let zones = try PlanText.seat(PlanText.plan(people: Self.people, seating: seating)).zones
        #expect(zones.map(\.seatingOrder.count) == [3, 3, 6])
        for zone in zones { #expect(zone.seatingOrder.contains("P1"), "\(zone.name)") }
    }

    /// A banquet before the hall does not take its guests out of the hall's `rest`.
    @Test func restInAHallLeavesOutOnlyThePlenary() throws {
        let seating = """
          - {zone: 主席台, kind: rostrum, rows: [2], people: [P1, P2]}
          - {zone: 宴会厅, kind: banquet, tables: [10], hosts: [P1], guests: [P3], people: [P4]}
          - {zone: 台下, kind: hall, rows: [9], group: none, people: rest}
        """
        let zones = try PlanText.seat(PlanText.plan(people: Self.people + "\n  - {id: S1, name: 丁明, role: staff}", seating: seating)).zones
        #expect(zones[2].seatingOrder == ["P3", "P4", "P5", "P6"])
    }

    /// A selector can put a rostrum leader in the hall too; only the engine sees it.
    @Test func aSelectorThatReseatsARostrumLeaderIsRefused() throws {
        let people = PlanText.people(PlanText.ids("P", 3)) { id in id == "P1" ? ", unit: 县委" : "" }
        let seating = """
          - {zone: 主席台, kind: rostrum, rows: [3], people: [P1, P2]}
          - {zone: 台下, kind: hall, rows: [9], people: {unit: 县委}}
        """
        let thrown = #expect(throws: InputErrors.self) { try PlanText.seat(PlanText.plan(people: people, seating: seating, units: ["县委"])) }
        #expect(thrown?.diagnostics.map(\.code.id) == ["SEAT002"])
        #expect(thrown?.diagnostics.first?.message.contains("全体会议") == true)
    }
}
