import MeetingPlan

/// MTG-ROSTRUM-CONFLICT: nobody sits on two rostrums at the same time.
enum RostrumRules {
    /// One person on one meeting's rostrum, with where the plan puts them there.
    struct Seat {
        let facts: MeetingFacts
        let person: Person
        let location: SourceLocation
    }

    /// People of the plan's rostrum zones, selected as seating selects them (`rest` = everybody
    /// not yet seated in the zone's event), each located at its id or at the zone's selector.
    static func rostrumSeats(_ facts: MeetingFacts) -> [Seat] {
        let plan = facts.plan
        var seatedIn: [SeatingEvent: Set<String>] = [:]
        var seats: [Seat] = []
        for (index, zone) in plan.seating.enumerated() {
            let event = SeatingEvent(kind: zone.kind, index: index)
            let chosen = plan.selection(for: zone, excluding: seatedIn[event, default: []]).everyone
            seatedIn[event, default: []].formUnion(chosen.map(\.id))
            guard zone.kind == .rostrum else { continue }
            var listedAt: [String: SourceLocation] = [:]
            if case .ids(let ids)? = zone.people { for entry in ids { listedAt[entry.id] = entry.location } }
            for entry in zone.hosts + zone.guests { listedAt[entry.id] = entry.location }
            seats += chosen.map { Seat(facts: facts, person: $0, location: listedAt[$0.id] ?? zone.marks["people"]) }
        }
        return seats
    }

    private static func rostrumExample(start: String, end: String) -> String {
        """
        meeting: {start: \(start), end: \(end)}
        people: [{id: P1, name: 张明, unit: 省交通运输厅, title: 厅长}]
        seating: [{zone: 主席台, kind: rostrum, rows: [1], people: [P1]}]
        """
    }

    static let conflict = Rule(RuleDescription(
        id: "MTG-ROSTRUM-CONFLICT",
        meaning: "同一人（姓名和单位相同）不能在时间重叠的两个会议的主席台就座",
        profile: "national-2024", severity: .error, sources: ["SCHEDULE"],
        reads: "seating（kind: rostrum 的座区）, people[].name/unit, meeting.start/end（跨会议）",
        passing: [RuleExample("上午、下午各一场", rostrumExample(start: "2026-03-10 09:00", end: "2026-03-10 11:30"),
                              rostrumExample(start: "2026-03-10 14:30", end: "2026-03-10 16:00"))],
        failing: [RuleExample("两场时间重叠", rostrumExample(start: "2026-03-10 09:00", end: "2026-03-10 11:30"),
                              rostrumExample(start: "2026-03-10 10:00", end: "2026-03-10 11:00"))]),
        .meetings { all, _ in
            struct Key: Hashable { let name: String, unit: String }
            let seats = all.flatMap(rostrumSeats)
            let byPerson = Dictionary(grouping: seats) { Key(name: $0.person.name, unit: $0.person.unit ?? "") }
            var violations: [Violation] = []
            for group in byPerson.values where group.count > 1 {
                let ordered = group.sorted { ($0.facts.meeting.start, $0.facts.plan.file) < ($1.facts.meeting.start, $1.facts.plan.file) }
                for (index, later) in ordered.enumerated() {
                    for earlier in ordered[..<index] where earlier.facts.plan.file != later.facts.plan.file
                        && earlier.facts.meeting.start.minuteNumber < later.facts.meeting.end.minuteNumber
                        && later.facts.meeting.start.minuteNumber < earlier.facts.meeting.end.minuteNumber {
                        let other = earlier.facts.meeting
                        violations.append(Violation(
                            "\(later.person.name)（\(later.person.unit ?? "")）同时在“\(other.title)”（\(earlier.facts.plan.file)，\(other.start)—\(other.end.time)）的主席台就座",
                            at: later.location, meeting: later.facts.id))
                    }
                }
            }
            return violations
        })
}
