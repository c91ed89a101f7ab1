import MeetingPlan

/// What the rules across meetings (MTG-COMPREHENSIVE-MAX, MTG-ROSTRUM-CONFLICT, the register
/// rules) need of one plan: its meeting without people, agenda or notice, and who sits on its
/// rostrums. `quota` keeps only these while it streams through a province's plans, so memory
/// grows with a few hundred bytes a plan, not with the plans. A class, so that the rules' groupings
/// (one entry per rostrum seat) share one summary instead of copying the meeting into every entry.
public final class MeetingSummary: Sendable {
    public let id: String
    public let file: String
    /// The meeting, with the location of `type` only (the one key a finding across meetings points at).
    public let meeting: Meeting
    public let rostrum: [RostrumSeat]

    /// One person on one of the meeting's rostrums, located at the id that puts them there (or the zone's selector).
    public struct RostrumSeat: Sendable {
        public let name: String
        public let unit: String
        public let location: SourceLocation
    }

    public init(_ facts: MeetingFacts) {
        var meeting = facts.meeting
        meeting.marks = Marks(meeting.marks.own, keys: meeting.marks.keys.filter { $0.key == "type" })
        self.id = facts.id
        self.file = facts.plan.file
        self.meeting = meeting
        self.rostrum = RostrumRules.rostrumSeats(facts.plan)
    }

    public func mark(_ key: String) -> SourceLocation { meeting.marks[key] }
}
