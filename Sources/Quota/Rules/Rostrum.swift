import MeetingPlan

/// MTG-ROSTRUM-CONFLICT: nobody sits on two rostrums at the same time.
enum RostrumRules {
    /// One person on one meeting's rostrum: the meeting and the seat.
    struct Seat {
        let summary: MeetingSummary
        let seat: MeetingSummary.RostrumSeat
    }

    /// People of the plan's rostrum zones, selected as seating selects them (`rest` = everybody
    /// not yet seated in the zone's event), each located at its id or at the zone's selector.
    static func rostrumSeats(_ plan: Plan) -> [MeetingSummary.RostrumSeat] {
        var seatedIn: [SeatingEvent: Set<String>] = [:]
        var seats: [MeetingSummary.RostrumSeat] = []
        for (zone, event) in zip(plan.seating, plan.seatingEvents) {
            let chosen = plan.selection(for: zone, excluding: seatedIn[event, default: []]).everyone
            seatedIn[event, default: []].formUnion(chosen.map(\.id))
            guard zone.kind == .rostrum else { continue }
            var listedAt: [String: SourceLocation] = [:]
            if case .ids(let ids)? = zone.people { for entry in ids { listedAt[entry.id] = entry.location } }
            for entry in zone.hosts + zone.guests { listedAt[entry.id] = entry.location }
            seats += chosen.map { MeetingSummary.RostrumSeat(name: $0.name, unit: $0.unit ?? "", location: listedAt[$0.id] ?? zone.marks["people"]) }
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
            let seats = all.flatMap { summary in summary.rostrum.map { Seat(summary: summary, seat: $0) } }
            let byPerson = Dictionary(grouping: seats) { Key(name: $0.seat.name, unit: $0.seat.unit) }
            return byPerson.values.filter { $0.count > 1 }.flatMap(overlappingGroups).map(violation)
        })

    /// One person's rostrum seats split into groups of meetings whose times overlap one after
    /// another (sorted by start, a group goes on while the next meeting starts before every
    /// meeting so far has ended); only groups of two meetings or more in different files are
    /// conflicts. Linear after the sort, so 400 overlapping copies make one group, not 79,800 pairs.
    static func overlappingGroups(_ seats: [Seat]) -> [[Seat]] {
        let ordered = seats.sorted { ($0.summary.meeting.start, $0.summary.file) < ($1.summary.meeting.start, $1.summary.file) }
        var groups: [[Seat]] = []
        var current: [Seat] = []
        var end = Int.min
        for seat in ordered {
            if !current.isEmpty && seat.summary.meeting.start.minuteNumber >= end {
                groups.append(current)
                current = []
            }
            current.append(seat)
            end = current.count == 1 ? seat.summary.meeting.end.minuteNumber : max(end, seat.summary.meeting.end.minuteNumber)
        }
        if !current.isEmpty { groups.append(current) }
        return groups.filter { group in Set(group.map(\.summary.file)).count > 1 }
    }

    /// One finding for a group, at the person's seat in its first meeting, naming every meeting.
    static func violation(_ group: [Seat]) -> Violation {
        let first = group[0]
        let meetings = group.map { seat in
            let meeting = seat.summary.meeting
            return "“\(meeting.title)”（\(seat.summary.file)，\(meeting.start)—\(meeting.end.time)）"
        }
        return Violation("\(first.seat.name)（\(first.seat.unit)）在时间重叠的 \(group.count) 个会议的主席台就座：\(meetings.joined(separator: "、"))",
                         at: first.seat.location, meeting: first.summary.id)
    }
}
