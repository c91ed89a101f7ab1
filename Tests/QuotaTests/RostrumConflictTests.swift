import MeetingPlan
import Quota
import Testing

/// MTG-ROSTRUM-CONFLICT gives one finding per person per group of overlapping meetings, naming
/// every meeting of the group, instead of one per pair.
@Suite struct RostrumConflictTests {
    /// `count` copies of a plan with 张明 on the rostrum, in files of their own; copy `i` starts `i`
    /// minutes after 09:00 and lasts 150 minutes, so every copy overlaps the next.
    static func copies(_ count: Int, dayOf: (Int) -> Int = { _ in 10 }) throws -> [Plan] {
        let example = RuleExample("张明 on a rostrum", """
            meeting: {start: 2026-03-10 09:00, end: 2026-03-10 11:30}
            people: [{id: P1, name: 张明, unit: 省交通运输厅, title: 厅长}]
            seating: [{zone: 主席台, kind: rostrum, rows: [1], people: [P1]}]
            """)
        let plan = try #require(try ExampleInputs(example).plans.first)
        return (0..<count).map { index in
            var copy = plan
            copy.file = "plans/copy-\(index).yaml"
            copy.meeting.id = "copy-\(index)"
            copy.meeting.title = "第\(index + 1)次会议"
            let day = LocalDate(year: 2026, month: 3, day: dayOf(index))
            copy.meeting.start = LocalDateTime(date: day, time: LocalTime(hour: 9 + index / 60, minute: index % 60))
            copy.meeting.end = LocalDateTime(date: day, time: LocalTime(hour: 11 + (index + 30) / 60, minute: (index + 30) % 60))
            return copy
        }
    }

    static func conflicts(_ plans: [Plan]) -> [Finding] {
        QuotaChecker(policy: .builtIn, noticeLength: { _ in 0 }).check(plans: plans).filter { $0.rule == "MTG-ROSTRUM-CONFLICT" }
    }

    @Test(arguments: [2, 3, 400])
    func overlappingMeetingsSharingOnePersonGiveOneFinding(_ count: Int) throws {
        let findings = Self.conflicts(try Self.copies(count))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message.contains("在时间重叠的 \(count) 个会议的主席台就座"), "\(finding.message.prefix(200))")
        for index in 0..<count { #expect(finding.message.contains("（plans/copy-\(index).yaml，")) }
        #expect(finding.meeting == "copy-0", "the finding is the first meeting's")
    }

    @Test func meetingsOnDifferentDaysAreSeparateGroups() throws {
        // Copies 0–2 on the 10th, 3–5 on the 11th: two groups, two findings; a lone meeting none.
        let plans = try Self.copies(6) { $0 < 3 ? 10 : 11 } + Self.copies(1) { _ in 12 }.map { plan in
            var lone = plan
            lone.file = "plans/lone.yaml"
            return lone
        }
        let findings = Self.conflicts(plans)
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.message.contains("3 个会议") && !$0.message.contains("lone") })
    }

    @Test func meetingsThatOnlyTouchDoNotConflict() throws {
        var plans = try Self.copies(2)
        plans[1].meeting.start = plans[0].meeting.end
        plans[1].meeting.end = LocalDateTime(date: plans[0].meeting.end.date, time: LocalTime(hour: 16, minute: 0))
        #expect(Self.conflicts(plans).isEmpty)
    }
}
