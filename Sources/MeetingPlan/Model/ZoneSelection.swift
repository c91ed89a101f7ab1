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

    public var everyone: [Person] { hosts + guests + others }
}

extension Plan {
    /// Whom `zone` seats. `seated` are the people already seated in the zone's event
    /// (`SeatingEvent`), whom `rest` leaves out; `rest` never picks staff.
    public func selection(for zone: ZoneSpec, excluding seated: Set<String>) -> ZoneSelection {
        let byID = peopleByID
        let hosts = zone.hosts.compactMap { byID[$0.id] }
        let guests = zone.guests.compactMap { byID[$0.id] }
        let explicit = Set(hosts.map(\.id) + guests.map(\.id))
        let chosen: [Person]
        switch zone.people {
        case .ids(let ids):
            let wanted = Set(ids.map(\.id))
            chosen = people.filter { wanted.contains($0.id) }
        case .all: chosen = people
        case .none: chosen = explicit.isEmpty ? people : []
        case .rest: chosen = people.filter { !seated.contains($0.id) && $0.role != .staff }
        case .role(let role): chosen = people.filter { $0.role == role }
        case .unit(let unit, _): chosen = people.filter { $0.unit == unit }
        }
        return ZoneSelection(hosts: hosts, guests: guests, others: chosen.filter { !explicit.contains($0.id) })
    }
}
