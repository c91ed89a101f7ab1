import MeetingPlan
@testable import Quota
import Testing

/// What `quota` keeps of each plan while it streams through a province's plans: its entry in a
/// `MeetingIndex` (numbers, each string once), never the plan itself or a finding's text.
@Suite struct MeetingIndexTests {
    /// Every value reachable from `value` by reflection (arrays, dictionaries, structs, enums).
    static func reachable(from value: Any) -> [Any] {
        [value] + Mirror(reflecting: value).children.flatMap { reachable(from: $0.value) }
    }

    /// The run's index, as it stands after the plans were added.
    static func index(of run: QuotaChecker.Run) throws -> MeetingIndex {
        try #require(Mirror(reflecting: run).children.first { $0.label == "index" }?.value as? MeetingIndex)
    }

    /// 30 copies sharing 张明 on the rostrum (so the rostrum rule has one group to report), and
    /// outside the annual plan (so every plan has a finding of its own too).
    static func breakingCopies() throws -> [Plan] {
        try RostrumConflictTests.copies(30).map { plan in
            var copy = plan
            copy.meeting.inAnnualPlan = false
            return copy
        }
    }

    @Test func theIndexHoldsNeitherPlansNorFindingText() throws {
        let checker = QuotaChecker(policy: .builtIn, noticeLength: { _ in 0 })
        var run = QuotaChecker.Run(checker)
        for plan in try Self.breakingCopies() { run.add(plan) }
        let kept = Self.reachable(from: try Self.index(of: run))
        let findings = run.finish()
        #expect(Set(findings.map(\.rule)).isSuperset(of: ["MTG-PLAN", "MTG-ROSTRUM-CONFLICT"]))
        #expect(!kept.contains { $0 is Plan || $0 is Meeting || $0 is Person || $0 is Finding || $0 is Violation })
        let texts = kept.compactMap { $0 as? String }
        for finding in findings { #expect(!texts.contains { $0.contains(finding.message) }, "\(finding.message)") }
        #expect(texts.count == Set(texts).count * 2, "each string is in the table's list and its lookup, once each")
    }

    /// Each string is kept once: a plan more adds its own id, file and title, nothing else (the
    /// organizer, system, rostrum name and unit, and the locations' file are shared).
    @Test func eachPlanAddsOnlyItsOwnStrings() throws {
        func strings(_ count: Int) throws -> Set<String> {
            var index = MeetingIndex()
            for plan in try RostrumConflictTests.copies(count) { index.add(MeetingFacts(plan: plan, noticeLength: nil)) }
            return Set(Self.reachable(from: index).compactMap { $0 as? String })
        }
        let one = try strings(1), thirty = try strings(30)
        #expect(one.isSuperset(of: ["copy-0", "plans/copy-0.yaml", "第1次会议", "张明", "省交通运输厅"]))
        #expect(thirty.count == one.count + 29 * 3)
        #expect(thirty.isSuperset(of: one))
    }

    @Test func aSummaryComesBackAsItsMeetingWasWritten() throws {
        var plan = try #require(try RostrumConflictTests.copies(1).first)
        plan.meeting.organizer = nil
        plan.meeting.system = "交通运输"
        plan.meeting.type = .comprehensiveWork
        plan.meeting.start = LocalDateTime(date: LocalDate(year: 9999, month: 12, day: 31), time: LocalTime(hour: 23, minute: 59))
        plan.meeting.end = LocalDateTime(date: LocalDate(year: 1, month: 1, day: 1), time: LocalTime(hour: 0, minute: 0))
        var index = MeetingIndex()
        index.add(MeetingFacts(plan: plan, noticeLength: nil))
        let summary = try #require(index.summaries.first)
        #expect(summary.id == plan.meeting.id && summary.file == plan.file && summary.title == plan.meeting.title)
        #expect(summary.organizer == nil && summary.system == "交通运输" && summary.type == .comprehensiveWork)
        #expect(summary.start == plan.meeting.start && summary.end == plan.meeting.end)
        #expect(summary.typeMark == plan.meeting.marks["type"])
        #expect(index.meetings.map(\.file) == [plan.file])
    }

    /// The grouped finding's message is rendered from the index, every meeting named as the plans say.
    @Test func theGroupedMessageNamesEveryMeetingFromTheIndex() throws {
        let findings = RostrumConflictTests.conflicts(try RostrumConflictTests.copies(2))
        #expect(findings.map(\.message) == [
            "张明（省交通运输厅）在时间重叠的 2 个会议的主席台就座：“第1次会议”（plans/copy-0.yaml，2026-03-10 09:00—11:30）、“第2次会议”（plans/copy-1.yaml，2026-03-10 09:01—11:31）",
        ])
        #expect(findings.first?.location.file == "example-1.yaml", "the seat's own location, as the plan read it")
    }
}
