import MeetingPlan
import Seating

/// Who appears on cards and sign-in sheets, and in which order.
enum Attendance {
    /// The 签到表 order (documents.md): the plenary's rostrum first, then by unit in `units`
    /// order (unlisted units after, then people without a unit), within each by precedence, the
    /// 列席 after all of them in the same order; never left-to-right seat order.
    static func signInOrder(_ plan: Plan, seats: SeatPlan) -> [Person] {
        let ranked = plan.people(withIDs: seats.precedenceOrder)
        let rostrum = Set(seats.zones.filter { $0.kind == .rostrum }.flatMap(\.seatingOrder))
        let unitPosition = Dictionary(plan.units.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Each person's unit and rostrum seat are looked up once (hashing names and units was
        // most of the ordering): unlisted units rank by where they first appear in precedence.
        var firstSeen: [String: Int] = [:]
        let groups = ranked.map { person -> (Int, Int) in
            guard let unit = person.unit else { return (2, 0) }
            if let position = unitPosition[unit] { return (0, position) }
            if let seen = firstSeen[unit] { return (1, seen) }
            firstSeen[unit] = firstSeen.count
            return (1, firstSeen.count - 1)
        }
        let onRostrum = ranked.map { rostrum.contains($0.id) }
        // 列席 after every 出席 (they sit behind them), in the same unit order. Positions are
        // sorted by keys computed once, not the people themselves (moving whole Person values
        // and looking their groups up again in every comparison).
        let keys = ranked.indices.map { (ranked[$0].role == .observer ? 1 : 0, groups[$0].0, groups[$0].1) }
        let others = ranked.indices.filter { !onRostrum[$0] }
            .sorted { a, b in (keys[a].0, keys[a].1, keys[a].2, a) < (keys[b].0, keys[b].1, keys[b].2, b) }
        return (ranked.indices.filter { onRostrum[$0] } + others).map { ranked[$0] }
    }

    /// A hall row whose every seated person is 列席 (they sit in rows of their own behind the 出席).
    static func isObserverRow(_ row: SeatRow, people: [String: Person]) -> Bool {
        let seated = row.seats.compactMap { $0 }
        return !seated.isEmpty && seated.allSatisfy { people[$0]?.role == .observer }
    }

    /// The 职务 as the 签到表 prints it: a 列席's says 列席 after it.
    static func titleWithRole(_ person: Person) -> String {
        guard person.role == .observer else { return person.title ?? "" }
        return (person.title.map { $0 + "（" } ?? "（") + PersonRole.observer.label + "）"
    }

    /// People who get a 桌签: seated in the zones `cards: {zones: …}` names (every zone without
    /// it), in seating order.
    static func seatedPeople(_ plan: Plan, seats: SeatPlan) -> [Person] {
        let zones = plan.cardZones.map { names in seats.zones.filter { names.contains($0.name) } } ?? seats.zones
        return plan.people(withIDs: zones.flatMap(\.seatingOrder))
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
