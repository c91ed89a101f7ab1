import Documents
import MeetingPlan
import Seating
import Testing

struct SignInSheetTests {
    @Test func listsSeatedPeopleInSeatingOrderWithRepeatedHeader() throws {
        let plan = try ExamplePlan.load()
        let seats = try SeatingEngine.seat(plan)
        let document = SignInSheet.build(plan, seats: seats)
        guard case .table(let table) = document.blocks.last else {
            Issue.record("the sheet ends with its table")
            return
        }
        #expect(table.headerRows == 1)
        #expect(table.rows[0].map { $0.paragraphs[0].runs.first?.text } == ["序号", "单位", "姓名", "职务", "签到"])
        let names = table.rows.dropFirst().map { $0[2].paragraphs[0].runs.first?.text ?? "" }
        let seatedNames = seats.seatingOrder.compactMap { plan.person($0)?.name }
        #expect(Array(names.prefix(seatedNames.count)) == seatedNames)
        #expect(names.count == plan.people.count)
    }

    @Test func writesValidDocxAndOdt() throws {
        let plan = try ExamplePlan.load()
        let document = SignInSheet.build(plan, seats: try SeatingEngine.seat(plan))
        try OfficeValidation.expectValid([("signin.docx", try DOCXWriter.write(document)),
                                          ("signin.odt", try ODTWriter.write(document))])
    }
}
