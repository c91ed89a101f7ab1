import MeetingPlan
/// Reads `seating:` zones and checks the references they make to people and units.
public enum ZoneReading {
    static func read(_ items: [Node], path: String, log: DiagnosticLog) -> [ZoneSpec] {
        items.enumerated().compactMap { index, item in
            read(item, path: "\(path)[\(index)]", log: log)
        }
    }

    static func read(_ node: Node, path: String, log: DiagnosticLog) -> ZoneSpec? {
        guard let map = MapReader(node, path: path, known: PlanKeys.zone.names, log: log) else { return nil }
        let name = map.string("zone", required: true)
        let kind = map.choice("kind", ZoneKind.self, required: true)
        let rows = map.ints("rows", in: 1...1000)
        let tables = map.ints("tables", in: 1...100)
        let people = map.value("people").flatMap { selector($0, path: map.childPath("people"), log: log) }
        let hosts = map.value("hosts").flatMap { ids($0, path: map.childPath("hosts"), log: log) } ?? []
        let guests = map.value("guests").flatMap { ids($0, path: map.childPath("guests"), log: log) } ?? []
        let tiebreak = map.choices("tiebreak", TieBreaker.self)
        let holds = ["reserved", "hold"].flatMap { key in map.value(key).flatMap { seats($0, path: map.childPath(key), log: log) } ?? [] }
        let pinned = map.value("pins").flatMap { pins($0, path: map.childPath("pins"), log: log) } ?? []
        let swapped = map.value("swap").flatMap { swaps($0, path: map.childPath("swap"), log: log) } ?? []
        let hostsByTable = map.value("table_hosts").flatMap { tableHosts($0, path: map.childPath("table_hosts"), log: log) } ?? [:]
        checkPinsAndHolds(pins: pinned, holds: holds, log: log)
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
                        observersNewRow: map.bool("observers_new_row") ?? true, holds: holds, pins: pinned, swaps: swapped,
                        tableHosts: hostsByTable, arrangement: map.choice("arrangement", TalksArrangement.self),
                        interpreters: map.choice("interpreters", InterpreterPlace.self) ?? .beside, stable: stable,
                        marks: Marks(node, path: path))
    }

    /// `hold:` (and `reserved:`) items: `{row: 1, seat: 6}`, `{table: 2, seat: 3}` or `"1-6"` (row-seat).
    static func seats(_ node: Node, path: String, log: DiagnosticLog) -> [SeatHold]? {
        guard let items = ValueReader.list(node, path: path, log: log) else { return nil }
        return items.enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            let location = item.location(path: itemPath)
            if item.mapping != nil {
                guard let map = MapReader(item, path: itemPath, known: PlanKeys.seat.names, log: log) else { return nil }
                return seat(map, location: location, log: log).map { SeatHold(seat: $0, location: location) }
            }
            guard let text = ValueReader.string(item, path: itemPath, log: log, required: true) else { return nil }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 2, let row = parts[0], let seat = parts[1], row >= 1, seat >= 1 else {
                log.error(.wrongType, "座位“\(quoted: text)”应写为“排-座”（如 1-3）或 {row: 1, seat: 3}", at: location)
                return nil
            }
            return SeatHold(seat: .row(SeatAddress(row: row, seat: seat)), location: location)
        }
    }

    /// `pins: [{person: X3, row: 1, seat: 5}, {person: B7, table: 2, seat: 0}]`.
    static func pins(_ node: Node, path: String, log: DiagnosticLog) -> [SeatPin]? {
        guard let items = ValueReader.list(node, path: path, log: log) else { return nil }
        return items.enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            guard let map = MapReader(item, path: itemPath, known: PlanKeys.pin.names, log: log) else { return nil }
            let location = item.location(path: itemPath)
            guard let person = map.string("person", required: true), let seat = seat(map, location: location, log: log) else { return nil }
            return SeatPin(person: person, seat: seat, location: map.value("person").map { $0.location(path: map.childPath("person")) } ?? location)
        }
    }

    /// `row:` and `seat:` (both from 1), or `table:` (from 1) and `seat:` (the S-index, from 0).
    private static func seat(_ map: MapReader, location: SourceLocation, log: DiagnosticLog) -> ZoneSeat? {
        let row = map.int("row", in: 1...1000), table = map.int("table", in: 1...100)
        switch (row, table) {
        case (let row?, nil):
            return map.int("seat", in: 1...1000, required: true).map { .row(SeatAddress(row: row, seat: $0)) }
        case (nil, let table?):
            return map.int("seat", in: 0...99, required: true).map { .table(table, seat: $0) }
        default:
            if map.value("row") == nil && map.value("table") == nil {
                log.error(.missingKey, "座位须写 row 和 seat（成排座位）或 table 和 seat（桌）", at: location)
            } else if row != nil && table != nil {
                log.error(.notInSet, "座位只能写 row 或 table 之一", at: location)
            }
            return nil
        }
    }

    /// `swap: [[L4, L5]]`.
    static func swaps(_ node: Node, path: String, log: DiagnosticLog) -> [SeatSwap]? {
        guard let items = ValueReader.list(node, path: path, log: log) else { return nil }
        return items.enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            guard let pair = ids(item, path: itemPath, log: log) else { return nil }
            guard pair.count == 2, pair[0].id != pair[1].id else {
                log.error(.wrongType, "对调须为两个不同人员的编号，如 [L4, L5]", at: item.location(path: itemPath))
                return nil
            }
            return SeatSwap(first: pair[0].id, second: pair[1].id, location: item.location(path: itemPath))
        }
    }

    /// `table_hosts: {2: H3, 3: H4}`.
    static func tableHosts(_ node: Node, path: String, log: DiagnosticLog) -> [Int: (id: String, location: SourceLocation)]? {
        guard let entries = node.mapping else {
            log.error(.wrongType, "“\(path)”应为 桌号: 人员编号，如 {2: H3}", at: node.location(path: path))
            return nil
        }
        var hosts: [Int: (id: String, location: SourceLocation)] = [:]
        for (key, value) in entries {
            let valuePath = "\(path).\(key.scalar ?? "")"
            guard let table = key.scalar.flatMap(Int.init), table >= 1 else {
                log.error(.wrongType, "桌号“\(key.scalar ?? "")”应为从 1 起的整数", at: key.location(path: valuePath))
                continue
            }
            if let id = ValueReader.string(value, path: valuePath, log: log, required: true) {
                hosts[table] = (id, value.location(path: valuePath))
            }
        }
        return hosts
    }

    /// A seat pinned or held twice, a person pinned twice: located errors.
    private static func checkPinsAndHolds(pins: [SeatPin], holds: [SeatHold], log: DiagnosticLog) {
        var seats: Set<ZoneSeat> = [], people: Set<String> = []
        for (seat, location) in pins.map({ ($0.seat, $0.location) }) + holds.map({ ($0.seat, $0.location) }) where !seats.insert(seat).inserted {
            log.error(.duplicateValue, "\(seat)被重复指定或保留", at: location)
        }
        for pin in pins where !people.insert(pin.person).inserted {
            log.error(.duplicateValue, "人员“\(pin.person)”被重复指定座位", at: pin.location)
        }
    }

    /// `all | rest | {role: …} | {unit: …} | [ids]`.
    static func selector(_ node: Node, path: String, log: DiagnosticLog) -> PeopleSelector? {
        if node.sequence != nil {
            return ids(node, path: path, log: log).map { .ids($0) }
        }
        if node.mapping != nil {
            guard let map = MapReader(node, path: path, known: PlanKeys.selector.names, log: log) else { return nil }
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

    /// Each zone's seating chart file name (`ExportNames.seatingChart`) must fit a file system and
    /// differ from every other zone's, or export would fail or lose a chart.
    static func checkChartNames(_ zones: [ZoneSpec], sessions: [String: String], log: DiagnosticLog) {
        var firstZone: [String: (zone: ZoneSpec, fileName: String)] = [:]
        for zone in zones {
            let fileName = ExportNames.seatingChart(zone: zone.name, session: sessions[zone.name])
            if fileName.utf8.count > ExportNames.maximumFileNameBytes {
                log.error(.chartNameTooLong, "座次区名称太长：座次图文件名有 \(fileName.utf8.count) 字节，超过 \(ExportNames.maximumFileNameBytes) 字节",
                          at: zone.marks["zone"])
                continue
            }
            let key = ExportNames.collisionKey(fileName)
            if let first = firstZone[key] {
                log.error(.chartNameCollision,
                          "座次区“\(zone.name)”的座次图 \(fileName) 与座次区“\(first.zone.name)”的 \(first.fileName) 是同一个文件（文件名不分大小写），请改用不同的名称",
                          at: zone.marks["zone"])
            } else {
                firstZone[key] = (zone, fileName)
            }
        }
    }

    /// Unknown person ids and units, and a person listed twice for one event (`SeatingEvent`).
    static func checkReferences(_ zones: [ZoneSpec], events: [SeatingEvent], people: [Person], units: [String], log: DiagnosticLog) {
        let known = Set(people.map(\.id))
        let knownUnits = Set(units).union(people.compactMap(\.unit))
        var seatedIn: [SeatingEvent: [String: String]] = [:]
        for (zone, event) in zip(zones, events) {
            var listed: [(id: String, location: SourceLocation)] = zone.hosts + zone.guests
            if case .ids(let ids) = zone.people { listed += ids }
            // Pins, swaps and table hosts name people of the zone: unknown ids are errors here,
            // whether they sit in the zone is the engine's question.
            let named = zone.pins.map { ($0.person, $0.location) } + zone.swaps.flatMap { [($0.first, $0.location), ($0.second, $0.location)] }
                + zone.tableHosts.values.map { ($0.id, $0.location) }
            for (id, location) in named where !known.contains(id) {
                let hint = Suggestion.nearest(to: id, in: Array(known).sorted()).map { "，是否为“\($0)”？" } ?? ""
                log.error(.unknownPerson, "人员“\(id)”不存在\(hint)", at: location)
            }
            for (id, location) in listed {
                guard known.contains(id) else {
                    let hint = Suggestion.nearest(to: id, in: Array(known).sorted()).map { "，是否为“\($0)”？" } ?? ""
                    log.error(.unknownPerson, "人员“\(quoted: id)”不存在\(hint)", at: location)
                    continue
                }
                if let other = seatedIn[event, default: [:]][id] {
                    log.error(.duplicateValue, "人员“\(quoted: id)”被重复安排座位（已在“\(quoted: other)”）：\(SeatingEvent.rule)", at: location)
                } else {
                    seatedIn[event, default: [:]][id] = zone.name
                }
            }
            if case .unit(let unit, let location) = zone.people, !knownUnits.contains(unit) {
                let hint = Suggestion.nearest(to: unit, in: Array(knownUnits).sorted()).map { "，是否为“\($0)”？" } ?? ""
                log.error(.unknownUnit, "单位“\(quoted: unit)”不存在\(hint)", at: location)
            }
        }
    }
}
