/// Reads `seating:` zones and checks the references they make to people and units.
public enum ZoneReading {
    public static let keys = ["zone", "kind", "rows", "layout", "tables", "people", "honour", "even", "two", "mode", "group",
                              "pattern", "hosts", "guests", "tiebreak", "equal_top_two", "observers_new_row", "reserved",
                              "arrangement", "stable"]

    static func read(_ items: [Node], path: String, log: DiagnosticLog) -> [ZoneSpec] {
        items.enumerated().compactMap { index, item in
            read(item, path: "\(path)[\(index)]", log: log)
        }
    }

    static func read(_ node: Node, path: String, log: DiagnosticLog) -> ZoneSpec? {
        guard let map = MapReader(node, path: path, known: keys, log: log) else { return nil }
        let name = map.string("zone", required: true)
        let kind = map.choice("kind", ZoneKind.self, required: true)
        let rows = map.ints("rows", in: 1...1000)
        let tables = map.ints("tables", in: 1...100)
        let people = map.value("people").flatMap { selector($0, path: map.childPath("people"), log: log) }
        let hosts = map.value("hosts").flatMap { ids($0, path: map.childPath("hosts"), log: log) } ?? []
        let guests = map.value("guests").flatMap { ids($0, path: map.childPath("guests"), log: log) } ?? []
        let tiebreak = map.choices("tiebreak", TieBreaker.self)
        let reserved = map.value("reserved").flatMap { seatAddresses($0, path: map.childPath("reserved"), log: log) } ?? []
        guard let name, let kind else { return nil }
        let stable = map.bool("stable") ?? false
        if stable && kind != .hall && kind != .banquet, let node = map.value("stable") {
            log.error(.stableKind, "stable 只能用于台下（hall）或宴会（banquet）座次区；\(kind.rawValue)座次区“\(name)”每次按礼宾次序重排",
                      at: node.location(path: map.childPath("stable")))
        }
        return ZoneSpec(name: name, kind: kind, rows: rows, layout: map.string("layout"), tables: tables, people: people,
                        honour: map.choice("honour", Honour.self), even: map.choice("even", EvenRowPolicy.self) ?? .pair,
                        two: map.choice("two", TwoPersonPolicy.self) ?? .default, mode: map.choice("mode", HallMode.self) ?? .rows,
                        group: map.choice("group", HallGrouping.self), pattern: map.choice("pattern", BanquetPattern.self) ?? .dualHost,
                        hosts: hosts, guests: guests, tiebreak: tiebreak, equalTopTwo: map.bool("equal_top_two") ?? false,
                        observersNewRow: map.bool("observers_new_row") ?? false, reserved: reserved,
                        arrangement: map.choice("arrangement", TalksArrangement.self) ?? .facing, stable: stable,
                        marks: Marks(node, path: path))
    }

    /// `reserved: ["1-3", "2-10"]`: row-seat, both from 1.
    static func seatAddresses(_ node: Node, path: String, log: DiagnosticLog) -> [SeatAddress]? {
        guard let items = ValueReader.list(node, path: path, log: log) else { return nil }
        return items.enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            guard let text = ValueReader.string(item, path: itemPath, log: log, required: true) else { return nil }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 2, let row = parts[0], let seat = parts[1], row >= 1, seat >= 1 else {
                log.error(.wrongType, "座位“\(text)”应写为“排-座”，如 1-3", at: item.location(path: itemPath))
                return nil
            }
            return SeatAddress(row: row, seat: seat)
        }
    }

    /// `all | rest | {role: …} | {unit: …} | [ids]`.
    static func selector(_ node: Node, path: String, log: DiagnosticLog) -> PeopleSelector? {
        if node.sequence != nil {
            return ids(node, path: path, log: log).map { .ids($0) }
        }
        if node.mapping != nil {
            guard let map = MapReader(node, path: path, known: ["role", "unit"], log: log) else { return nil }
            if let role = map.choice("role", PersonRole.self) { return .role(role) }
            if let unit = map.string("unit"), let node = map.value("unit") {
                return .unit(unit, location: node.location(path: map.childPath("unit")))
            }
            log.error(.missingKey, "人员选择器须为 {role: …} 或 {unit: …}", at: node.location(path: path))
            return nil
        }
        switch node.scalar {
        case "all": return .all
        case "rest": return .rest
        default:
            log.error(.notInSet, "“\(path)”应为人员编号列表，或 all、rest、{role: …}、{unit: …}", at: node.location(path: path))
            return nil
        }
    }

    static func ids(_ node: Node, path: String, log: DiagnosticLog) -> [(id: String, location: SourceLocation)]? {
        guard let items = ValueReader.list(node, path: path, log: log) else { return nil }
        return items.enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            return ValueReader.string(item, path: itemPath, log: log, required: true).map { ($0, item.location(path: itemPath)) }
        }
    }

    /// Unknown person ids and units, and a person listed twice for one event (`SeatingEvent`).
    static func checkReferences(_ zones: [ZoneSpec], people: [Person], units: [String], log: DiagnosticLog) {
        let known = Set(people.map(\.id))
        let knownUnits = Set(units).union(people.compactMap(\.unit))
        var seatedIn: [SeatingEvent: [String: String]] = [:]
        for (index, zone) in zones.enumerated() {
            let event = SeatingEvent(kind: zone.kind, index: index)
            var listed: [(id: String, location: SourceLocation)] = zone.hosts + zone.guests
            if case .ids(let ids) = zone.people { listed += ids }
            for (id, location) in listed {
                guard known.contains(id) else {
                    let hint = Suggestion.nearest(to: id, in: Array(known).sorted()).map { "，是否为“\($0)”？" } ?? ""
                    log.error(.unknownPerson, "人员“\(id)”不存在\(hint)", at: location)
                    continue
                }
                if let other = seatedIn[event, default: [:]][id] {
                    log.error(.duplicateValue, "人员“\(id)”被重复安排座位（已在“\(other)”）：\(SeatingEvent.rule)", at: location)
                } else {
                    seatedIn[event, default: [:]][id] = zone.name
                }
            }
            if case .unit(let unit, let location) = zone.people, !knownUnits.contains(unit) {
                let hint = Suggestion.nearest(to: unit, in: Array(knownUnits).sorted()).map { "，是否为“\($0)”？" } ?? ""
                log.error(.unknownUnit, "单位“\(unit)”不存在\(hint)", at: location)
            }
        }
    }
}
