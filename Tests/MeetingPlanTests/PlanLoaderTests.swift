import Foundation
import MeetingPlan
import PlanReading
import Testing
import TestSupport

@Suite struct PlanLoaderTests {
    static let invalidDirectory = Fixtures.path("Tests/MeetingPlanTests/Fixtures/invalid")

    @Test func loadsTheBundledExample() throws {
        let plan = try PlanLoader(files: DiskFileReader()).load(Fixtures.path("examples/county-office-meeting/meeting.yaml"))
        #expect(plan.meeting.id == "xian-bgs-2026-12")
        #expect(plan.meeting.title == "全县办公室工作会议")
        #expect(plan.meeting.start == LocalDateTime(parsing: "2026-12-03 09:00"))
        #expect(plan.meeting.level == .county)
        #expect(plan.meeting.reaches == [.county, .township])
        #expect(plan.meeting.costs?.other == 30)
        #expect(plan.people.count == 17)
        #expect(plan.people.first?.rank == "县处级正职")
        // Roster people come after the inline ones, with their own appearance order.
        #expect(plan.people[5].id == "R01")
        #expect(plan.people[5].rank == "乡科级正职")
        #expect(plan.people[5].appearance == 5)
        #expect(plan.seating.map(\.name) == ["主席台", "台下"])
        #expect(plan.agenda.count == 5)
        #expect(plan.agenda[4].byPersonID == "P1")
        #expect(plan.agenda[2].byPersonID == nil)
        #expect(plan.notice?.number == "县委办发〔2026〕12号")
        #expect(plan.notice?.issued == LocalDate(year: 2026, month: 11, day: 20))
    }

    @Test func meetingIDDefaultsToTheFileName() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = try Fixtures.write("""
            meeting: {title: 会议, start: 2026-12-03 09:00, end: 2026-12-03 11:30}
            """, to: "dang-zu-hui.yaml", in: directory)
        #expect(try PlanLoader(files: DiskFileReader()).load(path).meeting.id == "dang-zu-hui")
    }

    @Test(arguments: ExpectedDiagnostic.fixtures(in: invalidDirectory))
    func reportsEachErrorKindAtTheOffendingValue(fixture: String) throws {
        let path = (Self.invalidDirectory as NSString).appendingPathComponent(fixture)
        let expected = try ExpectedDiagnostic.read(from: path)
        #expect(!expected.isEmpty, "fixture \(fixture) declares no expectation")
        let error = #expect(throws: InputErrors.self) { try PlanLoader(files: DiskFileReader()).load(path) }
        let found = error?.diagnostics ?? []
        for expectation in expected {
            let match = found.first {
                $0.code.id == expectation.code && $0.location.line == expectation.line && $0.location.column == expectation.column
            }
            #expect(match != nil, "\(fixture): expected \(expectation); got \(found.map(\.description))")
            if let words = expectation.words, let match {
                #expect(match.message.contains(words), "\(fixture): message “\(match.message)” lacks “\(words)”")
            }
        }
        #expect(found.count == expected.count, "\(fixture): \(found.map(\.description))")
    }

    /// The rostrum and the hall are one event; a banquet, talks or photo zone is an event of its own.
    @Test func aLeaderMaySitOnTheRostrumAndAtTheBanquet() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = try Fixtures.write("""
            meeting: {title: 会议, start: 2026-12-03 09:00, end: 2026-12-03 11:30}
            people:
              - {id: P1, name: 张三}
              - {id: P2, name: 李四}
            seating:
              - {zone: 主席台, kind: rostrum, rows: [3], people: [P1, P2]}
              - {zone: 宴会厅, kind: banquet, tables: [10], hosts: [P1], guests: [P2]}
              - {zone: 合影, kind: photo, rows: [5], people: [P1, P2]}
            """, to: "plan.yaml", in: directory)
        #expect(try PlanLoader(files: DiskFileReader()).load(path).seating.count == 3)
    }

    @Test func everyPlanErrorKindHasAFixture() throws {
        let codes = try ExpectedDiagnostic.fixtures(in: Self.invalidDirectory).flatMap {
            try ExpectedDiagnostic.read(from: (Self.invalidDirectory as NSString).appendingPathComponent($0)).map(\.code)
        }
        let required = ["YAML001", "PLAN001", "PLAN002", "PLAN003", "PLAN004", "PLAN005", "PLAN006", "PLAN007", "PLAN008",
                        "PLAN009", "PLAN010", "PLAN011", "PLAN012", "PLAN015", "ROSTER001", "ROSTER002", "ROSTER003",
                        "ROSTER004", "ROSTER005", "ROSTER006"]
        for code in required { #expect(codes.contains(code), "no fixture for \(code)") }
    }

    @Test func diagnosticsPrintLikeACompiler() {
        let located = Diagnostic(.unknownPerson, "人员“P9”不存在", at: SourceLocation(file: "meeting.yaml", line: 14, column: 7))
        #expect(located.description == "meeting.yaml:14:7: error: [PLAN009] 人员“P9”不存在")
        let unlocated = Diagnostic(.missingKey, "缺少必填的键“rows”", at: SourceLocation(file: "meeting.yaml", path: "seating[0].rows"))
        #expect(unlocated.description == "meeting.yaml: error: [PLAN001] 缺少必填的键“rows”（seating[0].rows）")
    }
}
