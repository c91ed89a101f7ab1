import MeetingPlan
import Seating
import Testing
import TestSupport

/// Cases for a banquet with a visiting party (reference §4.4, issue 18), numbered on from
/// TC-44, run through the plan loader and the engine. Each table is checked in both frames: the
/// table frame as listed (S0 the 主位 facing the door, then clockwise on the drawing) and as the
/// 主陪 seated at S0 reads it round the table from his own right (S0, S9, S8, …, the mirror).
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct DelegationBanquetCaseTests {
    struct TableCase: Sendable, CustomTestStringConvertible {
        let id: String
        /// Source of the expectation, in the reference.
        let source: String
        let zone: String
        let hosts: [String]
        let guests: [String]
        let others: [String]
        /// Per table: the table frame, then the 主陪's own reading from his right.
        let tableFrame: [String]
        let hostFrame: [String]
        var testDescription: String { "\(id) (\(source))" }
    }

    /// Guests and `guestSide` are of the unit 代表团, everybody else of 市政府.
    static func seat(hosts: [String], guests: [String], others: [String], zone: String, guestSide: Set<String> = [],
                     extra: @escaping (String) -> String = { _ in "" }) throws -> SeatPlan {
        let people = PlanText.people(hosts + guests + others) { id in
            (guests.contains(id) || guestSide.contains(id) ? ", unit: 代表团" : ", unit: 市政府") + extra(id)
        }
        let seating = "  - {zone: 宴会厅, kind: banquet, \(zone), hosts: [\(hosts.joined(separator: ", "))], guests: [\(guests.joined(separator: ", "))]"
            + (others.isEmpty ? "}" : ", people: [\(others.joined(separator: ", "))]}")
        return try PlanText.seat(PlanText.plan(people: people, seating: seating, units: ["市政府", "代表团"]))
    }

    static let cases: [TableCase] = [
        // Two tables: guests 1–4 in the 主宾 seats of table 1 and the next guest in its remaining
        // seats, hosts and guests alternating (主客穿插); table 2 hosted by H3 with a 副陪 opposite.
        TableCase(id: "TC-45", source: "§4.4.2, §4.2.3, §4.1.6", zone: "tables: [10, 10]",
                  hosts: ["H1", "H2", "H3"], guests: PlanText.ids("G", 8), others: PlanText.ids("X", 5),
                  tableFrame: ["H1 G2 X2 G5 G3 H2 G4 X3 X1 G1", "H3 G7 ∅ ∅ G8 X4 X5 ∅ ∅ G6"],
                  hostFrame: ["H1 G1 X1 X3 G4 H2 G3 G5 X2 G2", "H3 G6 ∅ ∅ X5 X4 G8 ∅ ∅ G7"]),
        // One host listed: the host party's next people head tables 2 and 3; each party keeps its
        // own order across the tables (G1–G3, G4–G5, G6; X1–X2, X3, X4–X5) and no table is one party.
        TableCase(id: "TC-46", source: "§4.4.1, §4.4.2", zone: "tables: [6, 6, 6], pattern: single-host",
                  hosts: ["H1"], guests: PlanText.ids("G", 6), others: PlanText.ids("X", 5),
                  tableFrame: ["H1 G2 X2 G3 X1 G1", "X3 G5 ∅ ∅ ∅ G4", "X4 X5 ∅ ∅ ∅ G6"],
                  hostFrame: ["H1 G1 X1 G3 X2 G2", "X3 G4 ∅ ∅ ∅ G5", "X4 G6 ∅ ∅ ∅ X5"]),
        // A host party too small to spread: every table gets a 主陪 before table 1 gets its 副陪
        // (H2 hosts table 2), and only once the host side has run out is a table all guests.
        TableCase(id: "TC-47", source: "§4.4.2, §4.1.6", zone: "tables: [6, 6, 6]",
                  hosts: ["H1", "H2"], guests: PlanText.ids("G", 12), others: [],
                  tableFrame: ["H1 G2 G4 G3 G5 G1", "H2 G7 ∅ ∅ G8 G6", "G9 G11 ∅ ∅ G12 G10"],
                  hostFrame: ["H1 G1 G5 G3 G4 G2", "H2 G6 G8 ∅ ∅ G7", "G9 G10 G12 ∅ ∅ G11"]),
    ]

    @Test(arguments: cases)
    func delegationTables(_ table: TableCase) throws {
        let zone = try #require(try Self.seat(hosts: table.hosts, guests: table.guests, others: table.others, zone: table.zone).zones.first)
        #expect(zone.frame == .table)
        #expect(zone.tables.map(\.seats.spelled) == table.tableFrame)
        #expect(zone.tables.map { ([$0.seats[0]] + $0.seats.dropFirst().reversed()).spelled } == table.hostFrame)
    }

    /// TC-48 (§4.4.3, handmsg.com 鲁培新 “翻译都是坐在后面，并不上桌”): interpreters and note-takers
    /// take no table seat; they sit behind the principal they serve at table 1, the host side's
    /// behind the 主位, the guests' behind the main guest, a second aide further out.
    @Test func tc48AidesBehindTheirPrincipalsAtTableOne() throws {
        let seated = try Self.seat(hosts: ["H1", "H2", "H3"], guests: PlanText.ids("G", 6), others: ["I1", "I2", "N1", "X1"],
                                   zone: "tables: [8, 8]", guestSide: ["I2"]) { id in
            id == "I1" || id == "I2" ? ", role: interpreter" : id == "N1" ? ", role: notetaker" : ""
        }
        let zone = try #require(seated.zones.first)
        let atTables = Set(zone.tables.flatMap { $0.seats.compactMap { $0 } })
        #expect(atTables.isDisjoint(with: ["I1", "I2", "N1"]))
        let behind = try #require(zone.behindRow)
        #expect(behind.seats.spelled == "I1 I2 N1")
        #expect(behind.behind.compactMap { $0 } == ["H1", "G1", "H1"])
        // The host's note-taker further out along the edge, away from the main guest.
        #expect(behind.x == [0, 0, 1])
        #expect(zone.tables[0].seats[0] == "H1" && zone.tables[0].seats[7] == "G1")
    }

    /// TC-49 (§4.2.6, §4.4.4): at most 3 of the host side for up to 10 visitors, at most a third of
    /// the visitors above 10; more is a warning SEAT102 at the zone's `hosts`, never an error.
    @Test(arguments: [(2, 3, false), (2, 4, true), (12, 4, false), (12, 5, true), (30, 10, false), (30, 11, true)])
    func tc49HostRatio(_ guests: Int, _ hosts: Int, _ warned: Bool) throws {
        let hostIDs = PlanText.ids("H", hosts)
        let tables = Array(repeating: "10", count: (guests + hosts + 9) / 10).joined(separator: ", ")
        let seated = try Self.seat(hosts: hostIDs, guests: PlanText.ids("G", guests), others: [], zone: "tables: [\(tables)]")
        let ratio = seated.warnings.filter { $0.code.id == "SEAT102" }
        #expect(ratio.count == (warned ? 1 : 0))
        if let warning = ratio.first {
            #expect(warning.severity == .warning && warning.message.contains("\(hosts) 人") && (warning.location.line ?? 0) > 0)
        }
        #expect(BanquetSpread.hostLimit(visitors: guests) == (guests <= 10 ? 3 : guests / 3))
    }

    /// The spread in numbers: guests go to table 1's 主宾 seats first, then toward each table's
    /// fair share, and every table keeps its 主陪 (and a 副陪 while the host party lasts).
    @Test func guestCountsKeepAHostAtEveryTable() {
        #expect(BanquetSpread.guestCounts(sizes: [10, 6], guests: 8, headed: [false, true], mainGuestSeats: 4) == [5, 3])
        #expect(BanquetSpread.guestCounts(sizes: [10, 10, 10], guests: 25, headed: [false, true, true], mainGuestSeats: 4) == [8, 8, 9])
        // Five host people for three tables: one each, then a 副陪 for tables 1 and 2.
        #expect(BanquetSpread.guestCounts(sizes: [10, 10, 5], guests: 20, headed: [false, false, false], mainGuestSeats: 4) == [8, 8, 4])
        #expect(BanquetSpread.guestCounts(sizes: [10, 10], guests: 0, headed: [false, false], mainGuestSeats: 4) == [0, 0])
    }
}
