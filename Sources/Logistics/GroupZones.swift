import MeetingPlan

extension Plan {
    /// The plan with each group's zone (`groups[].zone`) selecting the group's members, so that
    /// seating seats the group's room by the zone's rules like any other zone. The members are
    /// the assignment's (convener first, then by precedence); without an assignment (it failed)
    /// the groups' zones are left out. A zone no group names is unchanged.
    public func seatingGroupZones(_ logistics: LogisticsPlan?) -> Plan {
        let zoneOf = Dictionary(self.logistics.groups.compactMap { group in group.zone.map { (group.id, (zone: $0, at: group.marks["zone"])) } },
                                uniquingKeysWith: { first, _ in first })
        guard !zoneOf.isEmpty else { return self }
        var plan = self
        guard let logistics else {
            let names = Set(zoneOf.values.map(\.zone))
            plan.seating.removeAll { names.contains($0.name) }
            return plan
        }
        for group in logistics.groups {
            guard let (zone, location) = zoneOf[group.id], let index = plan.seating.firstIndex(where: { $0.name == zone }) else { continue }
            let members = group.members.map { (id: $0, location: location) }
            if plan.seating[index].kind == .talks {
                // Around a conference table the members face each other in two ranked sides: the
                // convener heads the side of honour (the talks' guest side, facing the door), the
                // next member (the deputy) the other, then alternately by precedence, so that each
                // side is seated from its centre like a talks party.
                plan.seating[index].guests = members.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                plan.seating[index].hosts = members.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            } else {
                plan.seating[index].people = .ids(members)
            }
        }
        return plan
    }
}
