import MeetingPlan
import Seating
import Testing
import TestSupport

/// Cases for the rules of issue 12 that the reference's TC-01…TC-39 do not cover, numbered on
/// from them, run through the plan loader and the engine, each checked in both frames where the
/// zone has two (room frame as listed, seated frame as its mirror).
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ProtocolCaseTests {
    static func p(_ n: Int) -> [String] { PlanText.ids("P", n) }

    static func seat(_ people: [String], _ zone: String, extra: (String) -> String = { _ in "" }) throws -> SeatedZone {
        let text = PlanText.plan(people: PlanText.people(people, extra: extra), seating: "  - {zone: 区, \(zone)}")
        return try #require(try PlanText.seat(text).zones.first)
    }

    /// TC-40: rows of different lengths share one axis (seating.md, "Rows of different lengths").
    @Test func tc40RowsOfDifferentLengthsAreCentred() throws {
        let zone = try Self.seat(Self.p(9), "kind: rostrum, rows: [5, 4], people: all")
        #expect(zone.rows.map(\.seats.spelled) == ["P5 P3 P1 P2 P4", "P8 P6 P7 P9"])
        #expect(zone.rows.map { Array($0.seats.reversed()).spelled } == ["P4 P2 P1 P3 P5", "P9 P7 P6 P8"])
        #expect(zone.rows.map(\.x) == [[-2, -1, 0, 1, 2], [-1.5, -0.5, 0.5, 1.5]])
        // A short last row of a hall without a layout is centred too.
        let hall = try Self.seat(Self.p(7), "kind: hall, rows: [4, 3], group: none, people: all")
        #expect(hall.rows[1].x == [-1, 0, 1])
    }

    /// TC-41: hosts beyond the first two take the 主位 of tables 2 and 3; the rest spread evenly.
    @Test func tc41EveryTableIsHosted() throws {
        let people = ["H1", "H2", "H3", "H4", "G1", "G2"] + PlanText.ids("X", 12)
        let zone = try Self.seat(people, "kind: banquet, tables: [10, 10, 10], hosts: [H1, H2, H3, H4], guests: [G1, G2], people: [\(PlanText.ids("X", 12).joined(separator: ", "))]")
        // Table 1 by the dual-host rule: 主陪 S0, guest 1 at S9, guest 2 at S1, 副陪 S5, then X1… (TC-27's order).
        #expect(zone.tables[0].seats.spelled == "H1 G2 X4 X6 X1 H2 X2 X5 X3 G1")
        #expect(zone.tables[1].seats.spelled == "H3 X8 ∅ ∅ ∅ ∅ ∅ ∅ X9 X7")
        #expect(zone.tables[1].seats[0] == "H3" && zone.tables[2].seats[0] == "H4")
        let counts = zone.tables.map { $0.seats.compactMap { $0 }.count }
        #expect(counts[0] == 10 && abs(counts[1] - counts[2]) <= 1 && counts.reduce(0, +) == people.count)
        // Tables 2 and 3 seat from the 主位 outward: the host's right neighbour (S9) first.
        #expect(zone.tables[1].seats[9] != nil && zone.tables[2].seats[9] != nil)
        // A list of table sizes: table 1 centre, table 2 at its right facing the door from inside (drawing left), 3 at its left.
        let x = zone.tables.map { $0.position?.x ?? .nan }
        #expect(x[1] < x[0] && x[0] < x[2])
    }

    /// TC-42: 会见 in a U-shaped room from the layout alone, aides behind the principals.
    @Test func tc42MeetingInAUShapedRoom() throws {
        let zone = try Self.seat(["H1", "H2", "G1", "G2", "I1", "N1"],
                                 "kind: talks, layout: u-shaped-room, hosts: [H1, H2], guests: [G1, G2], people: [I1, N1]") { id in
            id == "I1" ? ", role: interpreter" : id == "N1" ? ", role: notetaker" : ""
        }
        #expect(zone.frame == .room)
        let row = try #require(zone.seatedRows.first)
        // Room frame (from the door): the guest at the host's right is on the host's left on paper.
        #expect(row.seats.spelled == "G2 G1 H1 H2")
        #expect(Array(row.seats.reversed()).spelled == "H2 H1 G1 G2")
        let behind = try #require(zone.behindRow)
        #expect(behind.seats.spelled == "I1 N1" && behind.behind.compactMap { $0 } == ["H1", "H1"])
    }

    /// TC-43: 会谈 at a long table (reference §3.2 外事 variant): G2 G1 I_g G3 facing H2 H1 I_h H3.
    @Test func tc43TalksWithInterpretersBesideThePrincipals() throws {
        let zone = try Self.seat(["H1", "H2", "H3", "G1", "G2", "G3", "IH", "IG"],
                                 "kind: talks, hosts: [H1, H2, H3], guests: [G1, G2, G3], people: [IH, IG]") { id in
            id == "IH" ? ", role: interpreter" : id == "IG" ? ", role: interpreter, unit: 客方" : id.hasPrefix("G") ? ", unit: 客方" : ""
        }
        let table = try #require(zone.tables.first)
        // Clockwise from S0 (G1): the far side to the right, then the near side right→left.
        #expect(table.seats.spelled == "G1 IG G3 H3 IH H1 H2 G2")
        #expect(zone.behindRow == nil)
    }

    /// TC-44: a pin is a closed seat to the fill order; the pinned junior is warned about.
    @Test func tc44PinOnTheCentreSeat() throws {
        let zone = try Self.seat(Self.p(5), "kind: rostrum, rows: [5], people: all, pins: [{person: P5, row: 1, seat: 3}]")
        // P1…P4 take the next seats of the rule's order around the pinned centre.
        #expect(zone.rows[0].seats.spelled == "P4 P2 P5 P1 P3")
        let text = PlanText.plan(people: PlanText.people(Self.p(5)), seating: "  - {zone: 台, kind: rostrum, rows: [5], people: all, pins: [{person: P5, row: 1, seat: 3}]}")
        let warnings = try PlanText.seat(text).warnings
        #expect(warnings.count == 1 && warnings[0].code.id == "SEAT101" && warnings[0].severity == .warning)
        #expect(warnings[0].message.contains("（P5）") && warnings[0].message.contains("（P1）"))
    }
}
