import MeetingPlan

/// The seating a plan had before a change: what `stable: true` zones keep (changes.md).
public struct PreviousSeating: Sendable {
    public var plan: Plan
    public var seats: SeatPlan

    public init(plan: Plan, seats: SeatPlan) {
        self.plan = plan
        self.seats = seats
    }
}

extension SeatingEngine {
    /// Seats `plan` by the rules; in each `stable: true` hall or banquet zone that the previous
    /// seating also has, the new pins and holds apply first, then everyone else who sat there
    /// keeps their old seat, the seats of those who left stay empty and newcomers (and anyone a
    /// pin or hold displaced) get empty seats (`StableSeating`); the new swaps apply last.
    /// Rostrum and photo zones are always seated by protocol.
    public static func seat(_ plan: Plan, environment: SeatingEnvironment, previous: PreviousSeating) throws -> SeatPlan {
        try seat(plan, environment: environment, stableAgainst: previous)
    }
}

/// A stable zone's previous seating, with the plan it came from.
struct StableBefore {
    let zone: SeatedZone
    let plan: Plan
    let matching: PersonMatching
}

/// One stable zone re-seated against its previous seating. Seats are addressed as (row or
/// table index, seat index) and ranked in the zone's fill order: hall rows left→right from the
/// front (左右排列法 from the centre out), 竖排 halls column by column, banquet tables by number
/// and each table's seats by the table rule.
struct StableSeating {
    struct Place: Hashable {
        var group: Int
        var seat: Int
    }

    let zone: SeatedZone
    let spec: ZoneSpec
    let plan: Plan
    let before: SeatedZone
    let previousPlan: Plan
    let matching: PersonMatching
    /// People pinned in the new version: they stay at their pinned seat, ahead of stability.
    let pinned: Set<String>

    /// Re-seats `result` (the zone seated by the rules with the new pins and holds) against the
    /// previous seating and adds the stability explanations; pinned people keep theirs.
    func reseat(_ result: inout SeatedZone, explained: inout [String: String]) {
        let order = Self.fillOrder(of: zone, spec: spec)
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        let closed = closedPlaces()
        var seats = groups(of: zone).map { [String?](repeating: nil, count: $0.count) }
        func isFree(_ place: Place) -> Bool {
            seats.indices.contains(place.group) && seats[place.group].indices.contains(place.seat)
                && seats[place.group][place.seat] == nil && !closed.contains(place)
        }
        // Who sat where before, by their id in the new plan.
        var previousPlace: [String: Place] = [:]
        var previousOccupant: [Place: String] = [:]
        for (group, ids) in groups(of: before).enumerated() {
            for (seat, id) in ids.enumerated() {
                guard let id, let place = place(Place(group: group, seat: seat), before: before) else { continue }
                previousOccupant[place] = id
                if let newID = matching.newID[id] { previousPlace[newID] = place }
            }
        }
        let normalPlace = places(of: zone)
        for id in zone.seatingOrder where pinned.contains(id) {
            if let place = normalPlace[id] { seats[place.group][place.seat] = id }
        }
        var kept = Set<String>()
        for id in zone.seatingOrder where !pinned.contains(id) {
            guard let place = previousPlace[id], isFree(place) else { continue }
            seats[place.group][place.seat] = id
            kept.insert(id)
        }
        let byID = plan.peopleByID, previousByID = previousPlan.peopleByID
        // A unit's block: from its first to its last seat in fill order, counting the seats its
        // leavers vacated.
        let grouped = zone.kind == .hall && (spec.group.map { $0 == .unit } ?? !plan.units.isEmpty)
        var blocks: [String: ClosedRange<Int>] = [:]
        var vacated = Set<Place>()
        func extend(_ unit: String, _ index: Int) {
            guard grouped else { return }
            blocks[unit] = blocks[unit].map { min($0.lowerBound, index)...max($0.upperBound, index) } ?? index...index
        }
        for (place, oldID) in previousOccupant where isFree(place) {
            vacated.insert(place)
            if let index = rank[place] { extend(previousByID[oldID]?.unit ?? "", index) }
        }
        for id in kept { if let index = rank[previousPlace[id]!] { extend(byID[id]?.unit ?? "", index) } }
        for id in pinned { if let place = normalPlace[id], let index = rank[place] { extend(byID[id]?.unit ?? "", index) } }
        let newcomers = zone.seatingOrder.filter { !kept.contains($0) && !pinned.contains($0) }
            .sorted { (normalPlace[$0].flatMap { rank[$0] } ?? .max) < (normalPlace[$1].flatMap { rank[$0] } ?? .max) }
        for id in kept { explained[id] = "保持原座位（stable: true）：\(describe(previousPlace[id]!))" }
        for id in newcomers {
            let unit = byID[id]?.unit ?? ""
            guard let (choice, tier) = choose(for: unit, order: order, blocks: blocks, vacated: vacated, isFree: isFree) else { continue }
            seats[choice.group][choice.seat] = id
            extend(unit, rank[choice] ?? 0)
            let why = previousPlace[id] == nil ? "新增（stable: true），其他人座位不变" : "原座位已被指定或保留（stable: true）"
            explained[id] = "\(why)，\(Self.tierText[tier])：\(describe(choice))"
        }
        for index in result.rows.indices { result.rows[index].seats = seats[index] }
        for index in result.tables.indices { result.tables[index].seats = seats[index] }
    }

    private static let tierText = ["补入本单位区内空位", "补入紧接本单位区的空位", "按本区正常顺序补入空位", "补入他人空出的座位（已无其他空位）"]

    /// The newcomer's seat and its tier: a free seat in the unit's block (0), else a free seat
    /// right after the block before the next unit's (1), else the first seat nobody held outside
    /// other units' blocks (2), else the first free seat, one that someone else left (3).
    private func choose(for unit: String, order: [Place], blocks: [String: ClosedRange<Int>], vacated: Set<Place>,
                        isFree: (Place) -> Bool) -> (Place, Int)? {
        if let own = blocks[unit] {
            if let index = own.first(where: { isFree(order[$0]) }) { return (order[index], 0) }
            let next = min(order.count, blocks.filter { $0.key != unit && $0.value.lowerBound > own.upperBound }.map(\.value.lowerBound).min() ?? .max)
            if own.upperBound + 1 < next,
               let index = (own.upperBound + 1..<next).first(where: { isFree(order[$0]) && !vacated.contains(order[$0]) }) {
                return (order[index], 1)
            }
        }
        let others = blocks.filter { $0.key != unit }.map(\.value).sorted { $0.lowerBound < $1.lowerBound }
        var fallback: Place?
        var first = 0
        for (index, place) in order.enumerated() where isFree(place) {
            while first < others.count && others[first].upperBound < index { first += 1 }
            let inside = others[first...].prefix { $0.lowerBound <= index }.contains { $0.contains(index) }
            if !inside && !vacated.contains(place) { return (place, 2) }
            if fallback == nil { fallback = place }
        }
        return fallback.map { ($0, 3) }
    }

    /// A seat of the previous seating as a place of this one: the same table seat, or the seat of
    /// the same number in the same row (a row lists only the venue seats it needs, so indices
    /// may differ between versions); nil when this seating does not list that seat.
    private func place(_ previous: Place, before: SeatedZone) -> Place? {
        guard zone.kind != .banquet else { return previous }
        guard before.rows.indices.contains(previous.group), zone.rows.indices.contains(previous.group) else { return nil }
        let number = before.rows[previous.group].seatNumbers[previous.seat]
        return zone.rows[previous.group].seatNumbers.firstIndex(of: number).map { Place(group: previous.group, seat: $0) }
    }

    private func groups(of zone: SeatedZone) -> [[String?]] {
        zone.kind == .banquet ? zone.tables.map(\.seats) : zone.rows.map(\.seats)
    }

    private func places(of zone: SeatedZone) -> [String: Place] {
        var result: [String: Place] = [:]
        for (group, ids) in groups(of: zone).enumerated() {
            for (seat, id) in ids.enumerated() { if let id { result[id] = Place(group: group, seat: seat) } }
        }
        return result
    }

    private func describe(_ place: Place) -> String {
        zone.kind == .banquet
            ? "第\(zone.tables[place.group].number)桌S\(place.seat)"
            : "第\(zone.rows[place.group].number)排第\(zone.rows[place.group].seatNumbers[place.seat])座"
    }

    /// Seats that exist but must stay empty: closed in the layout or held (`hold:`, `reserved:`).
    private func closedPlaces() -> Set<Place> {
        if zone.kind == .banquet {
            return Set(spec.holds.compactMap { hold in
                guard case .table(let number, let seat) = hold.seat, let group = zone.tables.firstIndex(where: { $0.number == number }) else { return nil }
                return Place(group: group, seat: seat)
            })
        }
        return Set(zone.rows.enumerated().flatMap { group, row in
            row.seatNumbers.indices.filter { row.closed.contains(row.seatNumbers[$0]) }.map { Place(group: group, seat: $0) }
        })
    }

    /// Every seat of the zone in the order the zone's rules fill them (`SeatedZone.fillOrder`).
    static func fillOrder(of zone: SeatedZone, spec: ZoneSpec) -> [Place] {
        zone.fillOrder(spec: spec).map { place in
            switch place {
            case .row(let row, let seat): return Place(group: row, seat: seat)
            case .table(let table, let seat): return Place(group: table, seat: seat)
            }
        }
    }
}
