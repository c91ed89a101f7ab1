/// Sessions: schedule slots with seating zones of their own (logistics.md, "Sessions"). A zone
/// named by no slot belongs to the plenary, as in a plan without sessions.
extension Plan {
    /// The slots that list zones, in schedule order.
    public var sessions: [ScheduleSlot] { schedule.filter { !$0.zones.isEmpty && $0.id != nil } }

    /// The session each zone a slot names belongs to, by zone name.
    public var sessionByZone: [String: ScheduleSlot] {
        var byZone: [String: ScheduleSlot] = [:]
        for slot in sessions {
            for zone in slot.zones where byZone[zone] == nil { byZone[zone] = slot }
        }
        return byZone
    }

    /// The zones groups meet in (`groups[].zone`).
    public var groupZones: Set<String> { Set(logistics.groups.compactMap(\.zone)) }

    /// The event (`SeatingEvent`) of each zone of `seating:`, in order.
    public var seatingEvents: [SeatingEvent] {
        SeatingEvent.events(of: seating, schedule: schedule, groupZones: groupZones)
    }
}

extension ScheduleSlot {
    /// `预备会议（2026-12-14 08:30—09:00，第一会议室）`: the session as the text outputs name it.
    public var sessionLabel: String {
        var when = "\(date)"
        if let start { when += " \(start)" + (end.map { "—\($0)" } ?? "") }
        return "\(item)（\(when)\(place.map { "，\($0)" } ?? "")）"
    }
}

extension Plan {
    /// The file name of a zone's chart: `seating-<zone>.svg`, `seating-<slot id>-<zone>.svg` for a session's zone.
    public func seatingChartName(zone: String) -> String {
        ExportNames.seatingChart(zone: zone, session: sessionByZone[zone]?.id)
    }
}
