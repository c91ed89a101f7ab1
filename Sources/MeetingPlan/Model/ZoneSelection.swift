/// The people a zone seats: its hosts and guests as listed, and the others its selector picks.
public struct ZoneSelection: Sendable {
    public var hosts: [Person]
    public var guests: [Person]
    /// Picked by `people:`, without the hosts and guests.
    public var others: [Person]

    public init(hosts: [Person], guests: [Person], others: [Person]) {
        self.hosts = hosts
        self.guests = guests
        self.others = others
    }

    /// Hosts, guests, then the others; the others' own array when there are no hosts or guests
    /// (joining copied every person of a hall).
    public var everyone: [Person] { hosts.isEmpty && guests.isEmpty ? others : hosts + guests + others }
}

extension Plan {
    /// Whom `zone` seats. `seated` are the people already seated in the zone's event
    /// (`SeatingEvent`), whom `rest` leaves out; `rest` never picks staff.
    ///
    /// `ranking` is every position of `people` from most to least senior (a precedence's
    /// `sortedPositions(people)`): with it the others come in its order, which is their own
    /// precedence order, since the selectors pick a subsequence of `people` and a stable sort of
    /// a subsequence is that subsequence of the stable sort. Without it they keep the plan's order.
    public func selection(for zone: ZoneSpec, excluding seated: Set<String>, ranking: [Int]? = nil) -> ZoneSelection {
        let byID = peopleByID
        let hosts = zone.hosts.compactMap { byID[$0.id] }
        let guests = zone.guests.compactMap { byID[$0.id] }
        let explicit = Set(hosts.map(\.id) + guests.map(\.id))
        let picked: [Bool]
        switch zone.people {
        case .ids(let ids):
            let wanted = Set(ids.map(\.id))
            picked = people.map { wanted.contains($0.id) }
        case .all: picked = Array(repeating: true, count: people.count)
        case .none: picked = Array(repeating: explicit.isEmpty, count: people.count)
        case .rest: picked = people.map { !seated.contains($0.id) && $0.role != .staff }
        case .role(let role): picked = people.map { $0.role == role }
        case .unit(let unit, _): picked = people.map { $0.unit == unit }
        }
        // Positions, not people, are filtered: each `Person` is copied once, into the result.
        let order = ranking ?? Array(people.indices)
        let others = order.filter { picked[$0] && (explicit.isEmpty || !explicit.contains(people[$0].id)) }.map { people[$0] }
        return ZoneSelection(hosts: hosts, guests: guests, others: others)
    }
}
