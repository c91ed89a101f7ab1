import Documents
import MeetingPlan
import Seating
import Testing
import TestSupport

struct SignInSheetTests {
    @Test func listsEveryoneInPrecedenceOrderWithRepeatedHeader() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        let document = SignInSheet.build(plan, seats: seats)
        guard case .table(let table) = document.blocks.last else {
            Issue.record("the sheet ends with its table")
            return
        }
        #expect(table.headerRows == 1)
        #expect(table.rows[0].map { $0.paragraphs[0].runs.first?.text } == ["序号", "单位", "姓名", "职务", "签到"])
        let names = table.rows.dropFirst().map { $0[2].paragraphs[0].runs.first?.text ?? "" }
        #expect(names == seats.precedenceOrder.compactMap { plan.person($0)?.name })
        #expect(names.count == plan.people.count)
        #expect(names.first == "张建国", "the 县委书记 (order 1) heads the sheet")
    }

    @Test func writesValidDocxAndOdt() throws {
        let plan = try ExamplePlan.load()
        let document = SignInSheet.build(plan, seats: try TestEnvironment.seat(plan))
        OfficeValidation.expectValid([("signin.docx", try DOCXWriter.write(document)),
                                          ("signin.odt", try ODTWriter.write(document))])
    }
}
