import MeetingPlan

/// MTG-ROSTRUM-CONFLICT: nobody sits on two rostrums at the same time.
enum RostrumRules {
    /// One person on one of a plan's rostrums, as the plan says it.
    struct PlanSeat {
        let name: String
        let unit: String
        let location: SourceLocation
    }

    /// People of the plan's rostrum zones, selected as seating selects them (`rest` = everybody
    /// not yet seated in the zone's event), each located at its id or at the zone's selector.
    static func rostrumSeats(_ plan: Plan) -> [PlanSeat] {
        var seatedIn: [SeatingEvent: Set<String>] = [:]
        var seats: [PlanSeat] = []
        for (zone, event) in zip(plan.seating, plan.seatingEvents) {
            let chosen = plan.selection(for: zone, excluding: seatedIn[event, default: []]).everyone
            seatedIn[event, default: []].formUnion(chosen.map(\.id))
            guard zone.kind == .rostrum else { continue }
            var listedAt: [String: SourceLocation] = [:]
            if case .ids(let ids)? = zone.people { for entry in ids { listedAt[entry.id] = entry.location } }
            for entry in zone.hosts + zone.guests { listedAt[entry.id] = entry.location }
            seats += chosen.map { PlanSeat(name: $0.name, unit: $0.unit ?? "", location: listedAt[$0.id] ?? zone.marks["people"]) }
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
        .meetings { index, _ in
            let seatsByPerson = Dictionary(grouping: index.seats.indices) { index.seats[$0].person }
            return seatsByPerson.values.filter { $0.count > 1 }
                .flatMap { overlappingGroups($0, in: index) }
                .map { violation($0, in: index) }
        })

    /// One person's rostrum seats (positions in `index.seats`) split into groups of meetings whose
    /// times overlap one after another (sorted by start, a group goes on while the next meeting
    /// starts before every meeting so far has ended); only groups of two meetings or more in
    /// different files are conflicts. Linear after the sort, so 400 overlapping copies make one
    /// group, not 79,800 pairs.
    static func overlappingGroups(_ seats: [Int], in index: MeetingIndex) -> [[Int]] {
        struct Timed { let seat: Int, file: Int32, start: LocalDateTime, end: LocalDateTime }
        let ordered = seats.map { seat -> Timed in
            let entry = index.entries[Int(index.seats[seat].meeting)]
            return Timed(seat: seat, file: entry.file, start: entry.start.value, end: entry.end.value)
        }.sorted { ($0.start, index.string($0.file)) < ($1.start, index.string($1.file)) }
        var groups: [[Timed]] = []
        var current: [Timed] = []
        var end = Int.min
        for seat in ordered {
            if !current.isEmpty && seat.start.minuteNumber >= end {
                groups.append(current)
                current = []
            }
            current.append(seat)
            end = current.count == 1 ? seat.end.minuteNumber : max(end, seat.end.minuteNumber)
        }
        if !current.isEmpty { groups.append(current) }
        return groups.filter { group in Set(group.map(\.file)).count > 1 }.map { $0.map(\.seat) }
    }

    /// One finding for a group, at the person's seat in its first meeting, naming every meeting.
    /// The message is rendered from the index when the report asks for it, so a province's
    /// groups of dozens of meetings are not held as text until then.
    static func violation(_ group: [Int], in index: MeetingIndex) -> Violation {
        let first = index.seats[group[0]]
        return Violation(rendering: {
            let meetings = group.map { seat in
                let meeting = index[index.seats[seat].meeting]
                return "“\(meeting.title)”（\(meeting.file)，\(meeting.start)—\(meeting.end.time)）"
            }
            return "\(index.string(first.name))（\(index.string(first.unit))）在时间重叠的 \(group.count) 个会议的主席台就座：\(meetings.joined(separator: "、"))"
        }, at: index.location(first.location), meeting: index.string(index.entries[Int(first.meeting)].id))
    }
}
