import MeetingPlan
import Seating

/// Who appears on cards and sign-in sheets, and in which order.
enum Attendance {
    /// The 签到表 order (documents.md): the plenary's rostrum first, then by unit in `units`
    /// order (unlisted units after, then people without a unit), within each by precedence, the
    /// 列席 after all of them in the same order; never left-to-right seat order.
    static func signInOrder(_ plan: Plan, seats: SeatPlan) -> [Person] {
        let byID = plan.peopleByID
        let ranked = seats.precedenceOrder.compactMap { byID[$0] }
        let rostrum = Set(seats.zones.filter { $0.kind == .rostrum }.flatMap(\.seatingOrder))
        let unitPosition = Dictionary(plan.units.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var firstSeen: [String: Int] = [:]
        for person in ranked { if let unit = person.unit, firstSeen[unit] == nil { firstSeen[unit] = firstSeen.count } }
        func group(_ person: Person) -> (Int, Int) {
            guard let unit = person.unit else { return (2, 0) }
            return unitPosition[unit].map { (0, $0) } ?? (1, firstSeen[unit] ?? 0)
        }
        // 列席 after every 出席 (they sit behind them), in the same unit order. Positions are
        // sorted by keys computed once, not the people themselves (moving whole Person values
        // and looking their groups up again in every comparison).
        let keys = ranked.map { person in (person.role == .observer ? 1 : 0, group(person).0, group(person).1) }
        let others = ranked.indices.filter { !rostrum.contains(ranked[$0].id) }
            .sorted { a, b in (keys[a].0, keys[a].1, keys[a].2, a) < (keys[b].0, keys[b].1, keys[b].2, b) }
            .map { ranked[$0] }
        return ranked.filter { rostrum.contains($0.id) } + others
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
        let byID = plan.peopleByID
        let zones = plan.cardZones.map { names in seats.zones.filter { names.contains($0.name) } } ?? seats.zones
        return zones.flatMap(\.seatingOrder).compactMap { byID[$0] }
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
