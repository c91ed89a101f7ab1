import MeetingPlan
import Seating

/// Who appears on cards and sign-in sheets, and in which order.
enum Attendance {
    /// Seated people in seating order (zone by zone, front row first); people not seated follow
    /// by precedence. A plan without seating zones is in precedence order (plan order closes ties).
    static func orderedPeople(_ plan: Plan, seats: SeatPlan) -> [Person] {
        let byID = plan.peopleByID
        let seated = seats.seatingOrder.compactMap { byID[$0] }
        let seatedIDs = Set(seated.map(\.id))
        let rest = Precedence(units: plan.units, tiebreak: plan.tiebreak).sorted(plan.people.filter { !seatedIDs.contains($0.id) })
        return seated + rest
    }

    /// Seated people only, in seating order.
    static func seatedPeople(_ plan: Plan, seats: SeatPlan) -> [Person] {
        let byID = plan.peopleByID
        return seats.seatingOrder.compactMap { byID[$0] }
    }

    /// `2026年12月3日（星期四）9:00—11:30`
    static func timeLine(_ meeting: Meeting) -> String { NoticeContent.timeText(meeting) }

    /// `县委大礼堂`, the venue name if any, else its address.
    static func place(_ meeting: Meeting) -> String? { meeting.venue?.name ?? meeting.venue?.address }
}
