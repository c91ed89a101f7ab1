@testable import Documents
import MeetingPlan
import Testing
import TestSupport

/// `DocumentExport.files` builds the documents on several threads; what it returns must not
/// depend on which finished first.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct DocumentExportTests {
    @Test func filesBuiltTogetherAreThePlannedFilesBuiltOneByOneInTheirOrder() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        let formats: Set<OfficeFormat> = [.docx, .odt, .xlsx]
        let planned = DocumentExport.planned(plan, seats: seats, formats: formats)
        let oneByOne = try planned.map { ExportFile(name: $0.name, bytes: try $0.build()) }
        #expect(oneByOne.count > 10)
        for _ in 0..<3 {
            let together = try DocumentExport.files(plan, seats: seats, formats: formats)
            #expect(together.map(\.name) == oneByOne.map(\.name))
            #expect(together.map(\.bytes) == oneByOne.map(\.bytes))
        }
    }

    /// A document shared by its DOCX and ODT is let go once both were built; asked for again (a
    /// second download from `banhui serve`), it is built again, the same.
    @Test func aPlannedFileBuiltAgainAfterBothFormatsGivesTheSameBytes() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        let planned = DocumentExport.planned(plan, seats: seats, kinds: [.cards], formats: [.docx, .odt])
        #expect(planned.map(\.name) == ["cards.docx", "cards.odt"])
        let first = try planned.map { try $0.build() }
        let again = try planned.reversed().map { try $0.build() }
        #expect(first.allSatisfy { !$0.isEmpty })
        #expect(Array(again.reversed()) == first)
        #expect(try planned[0].build() == first[0])
    }
}
