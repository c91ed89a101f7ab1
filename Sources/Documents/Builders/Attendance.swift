import MeetingPlan
import Seating

/// Who appears on cards and sign-in sheets, and in which order.
enum Attendance {
    /// Everyone in precedence order, by the plan's tie-breakers (as the seating engine ranked them).
    static func precedenceOrder(_ plan: Plan, seats: SeatPlan) -> [Person] {
        let byID = plan.peopleByID
        return seats.precedenceOrder.compactMap { byID[$0] }
    }

    /// Seated people only, in seating order.
    static func seatedPeople(_ plan: Plan, seats: SeatPlan) -> [Person] {
        let byID = plan.peopleByID
        return seats.seatingOrder.compactMap { byID[$0] }
    }

    /// `时间：2026年12月3日（星期四）9:00—11:30` and `地点：县委大礼堂`, a line each (together
    /// they are longer than a line of 三号).
    static func timeAndPlace(_ meeting: Meeting) -> [Paragraph] {
        var lines = [Paragraph(GongwenStyles.subtitle, "时间：\(NoticeContent.timeText(meeting))")]
        if let place = meeting.venue?.name ?? meeting.venue?.address {
            lines.append(Paragraph(GongwenStyles.subtitle, "地点：\(place)"))
        }
        return lines
    }
}
