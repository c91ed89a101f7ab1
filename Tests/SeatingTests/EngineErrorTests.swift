import MeetingPlan
import PlanReading
import Seating
import Testing
import TestSupport

/// Plans the engine must refuse, each with a located diagnostic.
@Suite struct EngineErrorTests {
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let id: String
        let people: String
        let seating: String
        let code: String
        let line: Int
        let fragment: String
        var testDescription: String { id }
    }

    static let people = PlanText.people(PlanText.ids("P", 6))

    // Line numbers: the plan header has 5 lines, then 6 people, then `seating:` on line 12.
    static let cases: [ErrorCase] = [
        ErrorCase(id: "too many people", people: people, seating: "  - {zone: 台, kind: rostrum, rows: [5], people: all}",
                  code: "SEAT001", line: 13, fragment: "有 6 人，但只有 5 个座位"),
        ErrorCase(id: "person in two zones", people: people,
                  seating: "  - {zone: 台, kind: rostrum, people: [P1]}\n  - {zone: 下, kind: hall, rows: [9], people: all}",
                  code: "SEAT002", line: 14, fragment: "人员“P1”（王明王）已在座次区“台”，不能再安排在“下”：主席台和台下同属全体会议"),
        ErrorCase(id: "unknown layout", people: people, seating: "  - {zone: 台, kind: hall, layout: county-auditoriun, people: all}",
                  code: "SEAT003", line: 13, fragment: "是否为“county-auditorium”"),
        ErrorCase(id: "selector selects nobody", people: people, seating: "  - {zone: 记者, kind: hall, rows: [5], people: {role: press}}",
                  code: "SEAT004", line: 13, fragment: "没有选中任何人"),
        ErrorCase(id: "missing Han character", people: people + "\n  - {id: X, name: 王鿯}",
                  seating: "  - {zone: 台, kind: hall, rows: [9], people: all}", code: "SEAT005", line: 12, fragment: "“鿯”"),
        ErrorCase(id: "layout of another kind", people: people, seating: "  - {zone: 宴, kind: banquet, layout: county-auditorium, people: all}",
                  code: "SEAT007", line: 13, fragment: "county-auditorium"),
        ErrorCase(id: "talks without guests", people: people, seating: "  - {zone: 谈, kind: talks, hosts: [P1]}",
                  code: "SEAT008", line: 13, fragment: "hosts 和 guests"),
        ErrorCase(id: "reserved seat outside the hall", people: people, seating: "  - {zone: 下, kind: hall, rows: [9], reserved: [\"3-1\"], people: all}",
                  code: "SEAT009", line: 13, fragment: "第3排第1座"),
    ]

    @Test(.enabled(if: Tools.rimeData, Tools.needRimeData), arguments: cases)
    func refused(_ error: ErrorCase) throws {
        let text = PlanText.plan(people: error.people, seating: error.seating)
        let thrown = #expect(throws: InputErrors.self) { try PlanText.seat(text) }
        let diagnostic = try #require(thrown?.diagnostics.first)
        #expect(diagnostic.code.id == error.code)
        #expect(diagnostic.location.file == "plan.yaml")
        #expect(diagnostic.location.line == error.line)
        #expect(diagnostic.message.contains(error.fragment), "\(diagnostic.message)")
    }

    @Test func missingStrokeDataIsAnErrorNotAFallback() throws {
        let plan = try PlanText.load(PlanText.plan(people: Self.people, seating: "  - {zone: 台, kind: rostrum, people: all}"))
        let environment = SeatingEnvironment(
            layouts: .builtIn, files: DiskFileReader(),
            collator: NameCollator(strokeDataPath: "/nonexistent/stroke.dict.yaml", pinyinDataPath: Tools.pinyinDataPath, files: DiskFileReader()))
        let thrown = #expect(throws: InputErrors.self) { try SeatingEngine.seat(plan, environment: environment) }
        #expect(thrown?.diagnostics.map(\.code.id) == ["SEAT006"])
    }

    @Test(.enabled(if: Tools.rimeData, Tools.needRimeData)) func mainlandStrokeSequencesWin() throws {
        let table = StrokeTable(bytes: Array(try String(contentsOfFile: Tools.strokeDataPath, encoding: .utf8).utf8))
        #expect(table.strokes(of: "陈") == [5, 2, 1, 5, 2, 3, 4])
        #expect(table.strokes(of: "门") == [4, 2, 5])
        #expect(table.strokes(of: "丁") == [1, 2])
    }

    @Test(.enabled(if: Tools.rimeData, Tools.needRimeData)) func nonHanSortsAfterHanInUnicodeOrder() {
        let collator = TestEnvironment.names
        let names = ["Zoe", "约翰·史密斯", "王", "Anna", "2号"]
        let sorted = names.sorted { collator.sortKey(for: $0, by: .strokes).lexicographicallyPrecedes(collator.sortKey(for: $1, by: .strokes)) }
        #expect(sorted == ["王", "约翰·史密斯", "2号", "Anna", "Zoe"])
    }
}
