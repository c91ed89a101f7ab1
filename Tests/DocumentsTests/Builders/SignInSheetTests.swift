import Documents
import MeetingPlan
import Seating
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SignInSheetTests {
    /// documents.md: the rostrum first, then by unit in `units` order, within a unit by precedence.
    @Test func listsTheRostrumThenUnitByUnitWithRepeatedHeader() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        let document = SignInSheet.build(plan, seats: seats)
        guard let table = document.blocks.compactMap({ block -> Table? in if case .table(let table) = block { return table } else { return nil } }).first else {
            Issue.record("the sheet ends with its table")
            return
        }
        #expect(table.headerRows == 1)
        #expect(table.rows[0].map { $0.paragraphs[0].runs.first?.text } == ["序号", "单位", "姓名", "职务", "签到"])
        let names = table.rows.dropFirst().map { $0[2].paragraphs[0].runs.first?.text ?? "" }
        #expect(names.count == plan.people.count)
        #expect(names.prefix(5) == ["张建国", "李文华", "王海波", "赵明", "欧阳晓东"], "the rostrum in precedence order heads the sheet")
        let units = table.rows.dropFirst(6).map { $0[1].paragraphs[0].runs.first?.text ?? "" }
        let positions = units.map { plan.units.firstIndex(of: $0) ?? Int.max }
        #expect(positions == positions.sorted(), "then unit by unit in the units order: \(units)")
        guard case .paragraph(let foot) = document.blocks.last else {
            Issue.record("the sheet ends with 应到/实到")
            return
        }
        #expect(foot.runs.map(\.text).joined().hasPrefix("应到"))
    }

    @Test func writesValidDocxAndOdt() throws {
        let plan = try ExamplePlan.load()
        let document = SignInSheet.build(plan, seats: try TestEnvironment.seat(plan))
        OfficeValidation.expectValid([("signin.docx", try DOCXWriter.write(document)),
                                          ("signin.odt", try ODTWriter.write(document))])
    }
}
