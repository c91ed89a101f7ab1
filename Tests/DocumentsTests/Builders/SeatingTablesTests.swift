import Documents
import MeetingPlan
import Seating
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SeatingTablesTests {
    @Test func rostrumIsPrintedAboveTheHallWithItsFrame() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        let document = SeatingTables.build(plan, seats: seats)
        let headings = document.blocks.compactMap { block -> String? in
            guard case .paragraph(let paragraph) = block, paragraph.style == GongwenStyles.heading1.id else { return nil }
            return paragraph.runs.map(\.text).joined()
        }
        #expect(headings == ["主席台（台下视角，前排在下，从左至右）", "台下（面向主席台，前排在上，从左至右）"])
        let tables = document.blocks.compactMap { block -> Table? in if case .table(let table) = block { return table } else { return nil } }
        // Each seat cell: its seat number over the name; the header row (repeated on every page) names the zone and seat range.
        #expect(tables[0].headerRows == 1 && tables[0].rows[0][1].paragraphs[0].runs.first?.text == "主席台（第1—5座）")
        let rostrumNames = tables[0].rows[1].dropFirst().map { $0.paragraphs.last?.runs.first?.text ?? "" }
        #expect(rostrumNames == seats.zones[0].rows[0].seats.map { $0.flatMap { plan.person($0)?.name } ?? "" })
        #expect(tables[0].rows[1][1].paragraphs[0].runs.first?.text == "1座")
        #expect(tables[1].rows.map { $0[0].paragraphs[0].runs.first?.text } == ["排", "第1排", "第2排", "第3排"])
        #expect(tables[1].rows[0].last?.paragraphs[0].runs.first?.text == "单位", "a hall's last column labels the units of each row")
    }
}
