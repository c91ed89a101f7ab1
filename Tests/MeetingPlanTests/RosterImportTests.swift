import Foundation
import MeetingPlan
import PlanReading
import Testing
import TestSupport

@Suite struct RosterImportTests {
    static let directory = Fixtures.path("Tests/MeetingPlanTests/Fixtures")

    /// The comparable facts of a person.
    struct Facts: Equatable, CustomStringConvertible {
        let id, name, unit, title, rank, gender, phone: String
        let order: Int?
        let since: LocalDate?
        init(_ person: Person) {
            id = person.id; name = person.name; unit = person.unit ?? ""; title = person.title ?? ""
            rank = person.rank ?? ""; gender = person.gender ?? ""; phone = person.phone ?? ""
            order = person.order; since = person.since
        }
        var description: String { "\(id) \(name) \(unit) \(title) \(rank) \(order.map(String.init) ?? "-") \(since?.description ?? "-") \(gender) \(phone)" }
    }

    func load(_ name: String) throws -> [Facts] {
        let path = (Self.directory as NSString).appendingPathComponent(name)
        let bytes = try DiskFileReader().read(path)
        let log = DiagnosticLog()
        let people = RosterImport.people(bytes: bytes, path: path, shownAs: name, ranks: .standard, firstAppearance: 0, log: log)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        return people.map(Facts.init)
    }

    @Test func utf8RosterReadsEveryColumnItKnows() throws {
        let people = try load("roster-utf8.csv")
        #expect(people.map(\.description) == [
            "R1 张建国 县委 县委书记 县处级正职 1 2021-03-15 男 13800000001",
            "R2 欧阳晓东 县政府 副县长 县处级副职 - 2019-07-01 女 ",
            "R3 王　强 县委办公室 主任 乡科级正职 - - 男 0000-1234567",
            "R4 李\"文\"华 县政府办公室 科员 科员 - 2024-12-31  ",
        ])
    }

    @Test(arguments: ["roster-bom.csv", "roster-gb18030.csv", "roster.xlsx", "roster-excel.xlsx"])
    func everyFormatLoadsTheSamePeople(file: String) throws {
        #expect(try load(file) == load("roster-utf8.csv"))
    }

    @Test func gb18030IsDetected() throws {
        let bytes = try DiskFileReader().read((Self.directory as NSString).appendingPathComponent("roster-gb18030.csv"))
        #expect(TextDecoding.decode(bytes)?.encoding == .gb18030)
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x61])?.text == "a")
        // 0xFF is neither UTF-8 nor a GB18030 lead byte.
        #expect(TextDecoding.decode([0x61, 0xFF]) == nil)
    }

    @Test func rowsWithoutIDsAreNumberedByLine() {
        let log = DiagnosticLog()
        let people = RosterImport.people(bytes: Array("name,unit\n张三,县委\n\n李四,县政府\n".utf8), path: "r.csv", shownAs: "r.csv",
                                         ranks: .standard, firstAppearance: 3, log: log)
        #expect(people.map(\.id) == ["R2", "R4"])
        #expect(people.map(\.appearance) == [3, 4])
        #expect(log.diagnostics.isEmpty)
    }

    @Test func quotedFieldsMaySpanLines() {
        let log = DiagnosticLog()
        let table = CSVRoster.table("姓名,职务\r\n\"张三\",\"主任\r\n（兼）\"\r\n李四,科员", file: "r.csv", columns: RosterImport.headerColumns, log: log)
        #expect(table?.rows.map { $0.map(\.text) } == [["张三", "主任\r\n（兼）"], ["李四", "科员"]])
        #expect(table?.rows.map { $0[0].line } == [2, 4])
    }

    @Test func excelSerialDatesUseThe1900System() {
        #expect(XLSXRoster.date(fromSerial: 44270) == LocalDate(year: 2021, month: 3, day: 15))
        #expect(XLSXRoster.date(fromSerial: 1) == LocalDate(year: 1900, month: 1, day: 1))
        #expect(XLSXRoster.date(fromSerial: 61) == LocalDate(year: 1900, month: 3, day: 1))
    }
}
