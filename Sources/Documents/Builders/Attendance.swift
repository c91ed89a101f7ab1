import Foundation
import XMLSupport
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
        let unitPosition = UnitPositions(plan.units)
        // Each person's unit and rostrum seat are looked up once (hashing names and units was
        // most of the ordering): unlisted units rank by where they first appear in precedence.
        // 列席 after every 出席 (they sit behind them), in the same unit order. Positions are
        // sorted by keys computed once, not the people themselves (moving whole Person values
        // and looking their groups up again in every comparison); people are read in place by
        // index, never copied out (a Person is a dozen strings) but once into the result.
        var firstSeen: [String: Int] = [:]
        var keys: [(observer: Int, group: Int, position: Int)] = []
        keys.reserveCapacity(ranked.count)
        var onRostrum: [Int] = [], others: [Int] = []
        for index in ranked.indices {
            let observer = ranked[index].role == .observer ? 1 : 0
            if let unit = ranked[index].unit {
                if let position = unitPosition[unit] {
                    keys.append((observer, 0, position))
                } else if let seen = firstSeen[unit] {
                    keys.append((observer, 1, seen))
                } else {
                    firstSeen[unit] = firstSeen.count
                    keys.append((observer, 1, firstSeen.count - 1))
                }
            } else {
                keys.append((observer, 2, 0))
            }
            if rostrum.contains(ranked[index].id) { onRostrum.append(index) } else { others.append(index) }
        }
        others.sort { a, b in (keys[a].observer, keys[a].group, keys[a].position, a) < (keys[b].observer, keys[b].group, keys[b].position, b) }
        return (onRostrum + others).map { ranked[$0] }
    }

    /// Where each of `units` is listed (the first place of a unit listed twice), found by a
    /// unit's UTF-8 bytes: a `String` key of Chinese is hashed by its normalized scalars, about
    /// 1,000 instructions for a unit's name, several times its bytes' hash. A unit whose bytes
    /// are no listed unit's is looked up as a string, so that another normalization of a listed
    /// unit's name still finds its place.
    private struct UnitPositions {
        private struct Bytes: Hashable {
            var text: String

            func hash(into hasher: inout Hasher) {
                text.withContiguousUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }

            static func == (a: Bytes, b: Bytes) -> Bool {
                a.text.withContiguousUTF8 { a in
                    b.text.withContiguousUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
                }
            }
        }

        private let byText: [String: Int]
        private let byBytes: [Bytes: Int]

        init(_ units: [String]) {
            let byText = Dictionary(units.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
            self.byText = byText
            byBytes = Dictionary(units.map { (Bytes(text: $0), byText[$0]!) }, uniquingKeysWith: { first, _ in first })
        }

        subscript(unit: String) -> Int? { byBytes[Bytes(text: unit)] ?? byText[unit] }
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
