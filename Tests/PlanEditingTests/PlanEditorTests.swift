import Foundation
import MeetingPlan
import PlanReading
import PlanEditing
import Seating
import Testing
import TestSupport

/// The editing core on the repository's own plans (comments, flow and block lists): each edit
/// changes only its entry, the result loads and seats, and the seat is the one asked for.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct PlanEditorTests {
    static let committee = try! String(contentsOfFile: Fixtures.path("examples/standing-committee/meeting.yaml"), encoding: .utf8)

    /// Loads and seats the text as the plan beside the example's roster.
    func seat(_ text: String) throws -> SeatPlan {
        let folder = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/standing-committee/roster.csv"), toPath: folder + "/roster.csv")
        let path = try Fixtures.write(text, to: "meeting.yaml", in: folder)
        return try TestEnvironment.seat(try PlanLoader(files: DiskFileReader()).load(path))
    }

    func seatOf(_ person: String, zone: String, in plan: SeatPlan) -> (row: Int, seat: Int)? {
        for row in plan.zones.first(where: { $0.name == zone })!.rows {
            if let index = row.seats.firstIndex(of: person) { return (row.number, row.seatNumbers[index]) }
        }
        return nil
    }

    /// Lines of `after` that are not in `before` and the other way round.
    func changedLines(_ before: String, _ after: String) -> (removed: [String], added: [String]) {
        let old = before.components(separatedBy: "\n"), new = after.components(separatedBy: "\n")
        return (old.filter { !new.contains($0) }, new.filter { !old.contains($0) })
    }

    @Test func swapAppendsToTheFlowListAndKeepsItsComment() throws {
        let before = try seat(Self.committee)
        let edited = try PlanEditor.apply(.swap(zone: "台下", first: "H020", second: "H030"), to: Self.committee)
        let lines = changedLines(Self.committee, edited)
        #expect(lines.removed == ["    swap: [[H016, H017]]                     # 两位副主任按本人要求对调"])
        #expect(lines.added == ["    swap: [[H016, H017], [H020, H030]]                     # 两位副主任按本人要求对调"])
        let after = try seat(edited)
        #expect(seatOf("H020", zone: "台下", in: after)! == seatOf("H030", zone: "台下", in: before)!)
        #expect(seatOf("H030", zone: "台下", in: after)! == seatOf("H020", zone: "台下", in: before)!)
    }

    @Test func swappingTheSamePairAgainUndoesIt() throws {
        let once = try PlanEditor.apply(.swap(zone: "台下", first: "H020", second: "H030"), to: Self.committee)
        #expect(try PlanEditor.apply(.swap(zone: "台下", first: "H030", second: "H020"), to: once) == Self.committee)
    }

    @Test func pinAddsALineInTheListsOwnIndentationAndIsIdempotent() throws {
        let edited = try PlanEditor.apply(.pin(zone: "台下", person: "H040", seat: .row(SeatAddress(row: 2, seat: 3))), to: Self.committee)
        let lines = changedLines(Self.committee, edited)
        #expect(lines.removed.isEmpty)
        #expect(lines.added == ["      - {person: H040, row: 2, seat: 3}"])
        #expect(edited.contains("      - {person: H001, row: 1, seat: 2}      # 县委办公室主任坐第 1 排第 2 座，便于上台汇报\n      - {person: H040, row: 2, seat: 3}\n    hold:"))
        #expect(try PlanEditor.apply(.pin(zone: "台下", person: "H040", seat: .row(SeatAddress(row: 2, seat: 3))), to: edited) == edited)
        let seated = try seat(edited)
        #expect(seatOf("H040", zone: "台下", in: seated)! == (2, 3))
        #expect(try PlanEditor.apply(.unpin(zone: "台下", person: "H040"), to: edited) == Self.committee)
    }

    @Test func repinningMovesThePinInPlaceKeepingItsComment() throws {
        let edited = try PlanEditor.apply(.pin(zone: "台下", person: "H001", seat: .row(SeatAddress(row: 1, seat: 5))), to: Self.committee)
        #expect(changedLines(Self.committee, edited).added == ["      - {person: H001, row: 1, seat: 5}      # 县委办公室主任坐第 1 排第 2 座，便于上台汇报"])
        let seated = try seat(edited)
        #expect(seatOf("H001", zone: "台下", in: seated)! == (1, 5))
    }

    @Test func unpinningTheOnlyPinRemovesTheEntry() throws {
        let edited = try PlanEditor.apply(.unpin(zone: "台下", person: "H001"), to: Self.committee)
        let lines = changedLines(Self.committee, edited)
        #expect(lines.added.isEmpty)
        #expect(lines.removed == ["    pins:", "      - {person: H001, row: 1, seat: 2}      # 县委办公室主任坐第 1 排第 2 座，便于上台汇报"])
        _ = try seat(edited)
    }

    @Test func holdAndReleaseInTheFlowList() throws {
        let held = try PlanEditor.apply(.hold(zone: "台下", seat: .row(SeatAddress(row: 1, seat: 12))), to: Self.committee)
        #expect(changedLines(Self.committee, held).added == ["    hold: [{row: 1, seat: 10}, {row: 1, seat: 11}, {row: 1, seat: 12}]   # 摄像机位"])
        #expect(try PlanEditor.apply(.hold(zone: "台下", seat: .row(SeatAddress(row: 1, seat: 12))), to: held) == held)
        let plan = try seat(held)
        #expect(plan.zones[1].rows[0].closed.contains(12) || plan.zones[1].rows[0].spare.contains { $0.number == 12 && $0.closed })
        #expect(try PlanEditor.apply(.release(zone: "台下", seat: .row(SeatAddress(row: 1, seat: 12))), to: held) == Self.committee)
        let released = try PlanEditor.apply(.release(zone: "台下", seat: .row(SeatAddress(row: 1, seat: 10))), to: Self.committee)
        #expect(changedLines(Self.committee, released).added == ["    hold: [{row: 1, seat: 11}]   # 摄像机位"])
    }

    @Test func aMissingEntryIsAddedAfterTheZonesLastKey() throws {
        let edited = try PlanEditor.apply(.pin(zone: "主席台", person: "L9", seat: .row(SeatAddress(row: 1, seat: 1))), to: Self.committee)
        #expect(edited.contains("    people: [L1, L2, L3, L4, L5, L6, L7, L8, L9]\n    pins: [{person: L9, row: 1, seat: 1}]\n  - zone: 台下"))
        let plan = try seat(edited)
        #expect(seatOf("L9", zone: "主席台", in: plan)! == (1, 1))
        #expect(plan.warnings.contains { $0.code.id == "SEAT101" })
        #expect(try PlanEditor.apply(.unpin(zone: "主席台", person: "L9"), to: edited) == Self.committee)
    }

    @Test func flowZonesBlockItemsAndQuotedStringsKeepTheirStyle() throws {
        let text = """
        seating:
          - {zone: "A", kind: hall, rows: [3, 3], people: all}   # 一行写完的座次区
          - zone: 'B'
            kind: hall
            rows: [3]
            pins:
              - person: "P1"   # 引号照旧
                row: 1
                seat: 1
            hold: ['1-3']
        """
        let flow = try PlanEditor.apply(.hold(zone: "A", seat: .row(SeatAddress(row: 2, seat: 1))), to: text)
        #expect(flow.contains("  - {zone: \"A\", kind: hall, rows: [3, 3], people: all, hold: [{row: 2, seat: 1}]}   # 一行写完的座次区\n"))
        let block = try PlanEditor.apply(.pin(zone: "B", person: "P2", seat: .row(SeatAddress(row: 1, seat: 2))), to: text)
        #expect(block.contains("        seat: 1\n      - person: P2\n        row: 1\n        seat: 2\n    hold: ['1-3']"))
        let quoted = try PlanEditor.apply(.hold(zone: "B", seat: .row(SeatAddress(row: 1, seat: 2))), to: text)
        #expect(quoted.hasSuffix("    hold: ['1-3', '1-2']"))
        let released = try PlanEditor.apply(.release(zone: "B", seat: .row(SeatAddress(row: 1, seat: 3))), to: text)
        #expect(released.contains("    pins:") && !released.contains("hold"))
        let unpinned = try PlanEditor.apply(.unpin(zone: "B", person: "P1"), to: text)
        #expect(unpinned == text.replacingOccurrences(of: "    pins:\n      - person: \"P1\"   # 引号照旧\n        row: 1\n        seat: 1\n", with: ""))
    }

    @Test func aBanquetPinNamesTheTableAndItsSIndex() throws {
        let text = try String(contentsOfFile: Fixtures.path("examples/banquet/meeting.yaml"), encoding: .utf8)
        let edited = try PlanEditor.apply(.pin(zone: "宴会厅", person: "G8", seat: .table(2, seat: 4)), to: text)
        #expect(changedLines(text, edited).added == ["    pins: [{person: G8, table: 2, seat: 4}]"])
        let plan = try TestEnvironment.seat(try PlanLoader(files: DiskFileReader()).load(
            try Fixtures.write(edited, to: "meeting.yaml", in: try Fixtures.temporaryDirectory())))
        #expect(plan.zones[0].tables[1].seats[4] == "G8")
    }

    @Test func aByteOrderMarkAndTheRestOfTheFileAreKept() throws {
        let text = "\u{FEFF}# 计划\nseating:\n  - zone: A   # 区\n    kind: hall\n    rows: [3]\n"
        let edited = try PlanEditor.apply(.hold(zone: "A", seat: .row(SeatAddress(row: 1, seat: 2))), to: text)
        #expect(edited == text + "    hold: [{row: 1, seat: 2}]\n")
    }

    @Test func anUnknownZoneOrANonYAMLTextIsRefused() {
        #expect(throws: PlanEditError.self) { try PlanEditor.apply(.unpin(zone: "无此区", person: "X"), to: Self.committee) }
        #expect(throws: PlanEditError.self) { try PlanEditor.apply(.unpin(zone: "台下", person: "X"), to: "seating: [") }
    }

    @Test func idsThatYAMLWouldReadDifferentlyAreQuoted() throws {
        let text = "seating:\n  - zone: A\n    kind: hall\n    rows: [3]\n"
        let edited = try PlanEditor.apply(.swap(zone: "A", first: "true", second: "P 1"), to: text)
        #expect(edited.hasSuffix("    swap: [[\"true\", \"P 1\"]]\n"))
    }

    /// A plan saved with Windows line ends: every edit gives the LF edit's text with `\r\n`
    /// (new lines get the file's own break, removed lines take theirs along), and it still seats.
    @Test func aCRLFPlanGetsCRLFLines() throws {
        func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
        let blockItems = """
        # 注释
        seating:
          - zone: B   # 区
            kind: hall
            rows: [3]
            pins:
              - person: "P1"   # 引号照旧
                row: 1
                seat: 1
            hold: ['1-3']

        """
        let edits: [(PlanEdit, String)] = [
            (.swap(zone: "台下", first: "H020", second: "H030"), Self.committee),
            (.pin(zone: "台下", person: "H040", seat: .row(SeatAddress(row: 2, seat: 3))), Self.committee),
            (.unpin(zone: "台下", person: "H001"), Self.committee),
            (.pin(zone: "主席台", person: "L9", seat: .row(SeatAddress(row: 1, seat: 1))), Self.committee),
            (.hold(zone: "台下", seat: .row(SeatAddress(row: 1, seat: 12))), Self.committee),
            (.release(zone: "台下", seat: .row(SeatAddress(row: 1, seat: 10))), Self.committee),
            (.pin(zone: "B", person: "P2", seat: .row(SeatAddress(row: 1, seat: 2))), blockItems),
            (.unpin(zone: "B", person: "P1"), blockItems),
            (.release(zone: "B", seat: .row(SeatAddress(row: 1, seat: 3))), blockItems),
        ]
        for (edit, text) in edits {
            let edited = try PlanEditor.apply(edit, to: crlf(text))
            #expect(edited == crlf(try PlanEditor.apply(edit, to: text)), "\(edit)")
            #expect(edited != crlf(text), "\(edit)")
            #expect(!edited.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF after \(edit)")
        }
        let pinned = try PlanEditor.apply(.pin(zone: "台下", person: "H040", seat: .row(SeatAddress(row: 2, seat: 3))), to: crlf(Self.committee))
        #expect(seatOf("H040", zone: "台下", in: try seat(pinned))! == (2, 3))
        #expect(try PlanEditor.apply(.unpin(zone: "台下", person: "H040"), to: pinned) == crlf(Self.committee))
    }
}
