import MeetingPlan

/// One plan as the rules see it: the plan plus the quantities derived from it.
public struct MeetingFacts: Sendable {
    public let plan: Plan
    /// Chinese characters of the notice body the plan would produce (nil when the plan has no notice).
    public let noticeLength: Int?
    /// The person-nights and person-meals of the logistics assignment, when the plan has `lodging`
    /// or `meals` (nil: the cost rule assumes everyone every day of the 会期).
    public let logistics: LogisticsFigures?

    public init(plan: Plan, noticeLength: Int?, logistics: LogisticsFigures? = nil) {
        self.plan = plan
        self.noticeLength = noticeLength
        self.logistics = logistics
    }

    public var meeting: Meeting { plan.meeting }
    public var id: String { plan.meeting.id }
    public func mark(_ key: String) -> SourceLocation { plan.meeting.marks[key] }

    /// Half-day sessions occupied between start and end: 上午 before 12:00, 下午 from 12:00, an
    /// evening counting with its afternoon (09:00–11:30 → 1, 09:00–17:30 → 2, 14:00 to 12:00 next day → 2).
    public var sessions: Int {
        let start = meeting.start.minuteNumber
        let lastMinute = max(start, meeting.end.minuteNumber - 1)
        return Self.halfDay(lastMinute) - Self.halfDay(start) + 1
    }

    private static func halfDay(_ minuteNumber: Int) -> Int {
        let day = minuteNumber.floorDiv(1440)
        return day * 2 + (minuteNumber - day * 1440 < 720 ? 0 : 1)
    }

    /// Calendar days from the first to the last day of the 会期.
    public var calendarDays: Int { (lastMinuteDay - meeting.start.date.dayNumber) + 1 }

    private var lastMinuteDay: Int { max(meeting.start.minuteNumber, meeting.end.minuteNumber - 1).floorDiv(1440) }

    /// Dates of the 会议日程 outside the 会期 (报到 and 离开 days).
    public var arrivalDepartureDays: Int {
        let first = meeting.start.date.dayNumber, last = lastMinuteDay
        return Set(plan.schedule.map(\.date.dayNumber).filter { $0 < first || $0 > last }).count
    }

    public var minutes: Int { meeting.end.minuteNumber - meeting.start.minuteNumber }
    public var delegates: Int { plan.delegateCount }
    public var staff: Int { plan.staffCount }

    /// Where the head-count comes from: the people list, or `expected_attendance` without one.
    public var attendanceMark: SourceLocation {
        plan.people.isEmpty ? mark("expected_attendance") : plan.marks["people"]
    }

    /// Agenda items marked `speech: true`, with whether the speaker is a principal leader.
    public var speeches: [(item: AgendaItem, principal: Bool)] {
        plan.agenda.filter(\.speech).map { item in
            (item, item.byPersonID.flatMap { plan.person($0) }?.principal ?? false)
        }
    }

    /// All calendar dates of the 会期.
    public var dates: [LocalDate] {
        var dates: [LocalDate] = []
        var date = meeting.start.date
        while date.dayNumber <= lastMinuteDay {
            dates.append(date)
            date = date.next
        }
        return dates
    }
}

extension Int {
    func floorDiv(_ divisor: Int) -> Int { self >= 0 ? self / divisor : -((-self + divisor - 1) / divisor) }
}

extension LocalDate {
    var next: LocalDate {
        if day < LocalDate.daysIn(month: month, year: year) { return LocalDate(year: year, month: month, day: day + 1) }
        return month == 12 ? LocalDate(year: year + 1, month: 1, day: 1) : LocalDate(year: year, month: month + 1, day: 1)
    }
}
