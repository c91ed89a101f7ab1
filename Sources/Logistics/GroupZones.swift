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
            plan.seating[index].people = .ids(group.members.map { (id: $0, location: location) })
        }
        return plan
    }
}
