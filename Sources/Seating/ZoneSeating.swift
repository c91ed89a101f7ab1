import MeetingPlan

/// One zone being seated: turns the ranked people into rows or tables by the zone kind's rules,
/// with an explanation per person, or logs why it cannot.
struct ZoneContext {
    let zone: ZoneSpec
    let plan: Plan
    let layout: VenueLayout?
    let precedence: Precedence
    let log: DiagnosticLog

    func seat(_ people: ZoneSelection) -> SeatedZone? {
        var explained: [String: String] = [:]
        var result: SeatedZone?
        switch zone.kind {
        case .rostrum:
            result = seatRows(people.hosts + people.guests + people.others, explained: &explained)
        case .photo:
            let sequence = people.guests.isEmpty
                ? people.hosts + people.others
                : TalksSeating.photoSequence(hosts: people.hosts, guests: people.guests) + people.others
            result = seatRows(sequence, explained: &explained)
        case .hall:
            result = seatHall(people.hosts + people.guests + people.others, explained: &explained)
        case .banquet:
            result = seatBanquet(people, explained: &explained)
        case .talks:
            result = seatTalks(people, explained: &explained)
        }
        guard var seated = result else { return nil }
        let byID = plan.peopleByID
        seated.explanations = seated.seatingOrder.compactMap { id in
            byID[id].map { SeatExplanation(personID: id, precedence: describe($0), rule: explained[id] ?? "") }
        }
        return seated
    }

    // MARK: Rows (rostrum, photo)

    private var rowPolicy: RowPolicy {
        RowPolicy(even: zone.even, honour: zone.effectiveHonour, two: zone.two, equalTopTwo: zone.equalTopTwo)
    }

    private func seatRows(_ sequence: [Person], explained: inout [String: String]) -> SeatedZone? {
        let layoutColumns = layout?.grid.columns
        let capacities = layoutColumns?.map(\.count) ?? zone.rows ?? [sequence.count]
        guard checkCapacity(sequence.count, capacities.reduce(0, +), key: layout == nil ? "rows" : "layout") else { return nil }
        var rows: [SeatRow] = []
        let ruleName = zone.kind == .rostrum ? "主席台规则1.2" : "合影规则5.1"
        for (index, rowPeople) in RowArrangement.fill(sequence, capacities: capacities).enumerated() where !rowPeople.isEmpty {
            var policy = rowPolicy
            policy.equalTopTwo = policy.equalTopTwo && index == 0
            // The seated frame is the leaders' own; the room frame (what JSON lists) is its mirror.
            let arranged = RowArrangement.seated(rowPeople.map(\.id), policy: policy).mirrored
            let available = layoutColumns?[index] ?? Array(0..<max(capacities[index], arranged.seats.count))
            guard arranged.seats.count <= available.count else {
                _ = checkCapacity(arranged.seats.count, available.count, key: layout == nil ? "rows" : "layout")
                return nil
            }
            let offset = (available.count - arranged.seats.count) / 2
            rows.append(SeatRow(number: index + 1, seats: arranged.seats, columns: Array(available[offset..<offset + arranged.seats.count]),
                                centreLine: arranged.centreLine))
            for (rank, person) in rowPeople.enumerated() {
                let seat = (arranged.seats.firstIndex(of: person.id) ?? 0) + 1
                explained[person.id] = "\(ruleName)（\(policyText(policy))）：第\(index + 1)排本排第\(rank + 1)位，台下看自左起第\(seat)座"
            }
        }
        return SeatedZone(name: zone.name, kind: zone.kind, frame: .room, rows: rows, layout: layout)
    }

    private func policyText(_ policy: RowPolicy) -> String {
        var parts = [policy.honour == .left ? "以左为尊" : "以右为尊", "偶数 \(policy.even.rawValue)"]
        if policy.two == .exception { parts.append("两人例外") }
        if policy.equalTopTwo { parts.append("两位平级居中两侧") }
        return parts.joined(separator: "，")
    }

    // MARK: Hall

    private func seatHall(_ people: [Person], explained: inout [String: String]) -> SeatedZone? {
        var grid = layout?.grid ?? HallGrid(rowLengths: zone.rows ?? [people.count])
        for address in zone.reserved {
            guard address.row <= grid.columns.count, address.seat <= grid.columns[address.row - 1].count else {
                log.error(SeatingCodes.reservedSeat, "座次区“\(quoted: zone.name)”没有第\(address.row)排第\(address.seat)座", at: zone.marks["reserved"])
                return nil
            }
            grid.closed.insert(address)
        }
        guard checkCapacity(people.count, grid.openSeatCount, key: layout == nil ? "rows" : "layout") else { return nil }
        let grouped = zone.group.map { $0 == .unit } ?? !plan.units.isEmpty
        func groups(_ members: [Person]) -> [HallGroup<Person>] {
            guard grouped else { return [HallGroup(name: "", members: members)] }
            // Units in the `units` order; unlisted units after, in order of their first member.
            var order: [String] = []
            var byUnit: [String: [Person]] = [:]
            for person in members {
                let unit = person.unit ?? ""
                if byUnit[unit] == nil { order.append(unit) }
                byUnit[unit, default: []].append(person)
            }
            let sortedUnits = order.enumerated().sorted { a, b in
                (precedence.unitPosition(a.element.isEmpty ? nil : a.element), a.offset) < (precedence.unitPosition(b.element.isEmpty ? nil : b.element), b.offset)
            }.map(\.element)
            return sortedUnits.map { HallGroup(name: $0, members: byUnit[$0] ?? []) }
        }
        let attendees = people.filter { $0.role != .observer }
        let observers = people.filter { $0.role == .observer }
        guard let cells = HallSeating.seat(attendees: groups(attendees), observers: groups(observers), grid: grid, mode: zone.mode,
                                           grouped: grouped, observersNewRow: zone.observersNewRow) else {
            log.error(SeatingCodes.tooManyPeople, "座次区“\(quoted: zone.name)”按\(modeText)排不下 \(people.count) 人（空位 \(grid.openSeatCount) 个）",
                      at: zone.marks[layout == nil ? "rows" : "layout"])
            return nil
        }
        var rows: [SeatRow] = []
        for (index, row) in cells.enumerated() {
            rows.append(SeatRow(number: index + 1, seats: row.map { $0?.id }, columns: grid.columns[index]))
            for (seat, person) in row.enumerated() {
                guard let person else { continue }
                let role = person.role == .observer ? "列席，在出席之后" : "出席"
                let unit = grouped ? "，单位“\(quoted: person.unit ?? "无单位")”按单位顺序" : ""
                explained[person.id] = "台下规则2（\(modeText)\(unit)，\(role)）：第\(index + 1)排第\(seat + 1)座"
            }
        }
        return SeatedZone(name: zone.name, kind: .hall, frame: .room, rows: rows, layout: layout)
    }

    private var modeText: String {
        switch zone.mode {
        case .rows: return "横排"
        case .blocks: return "竖排"
        case .centreOut: return "左右排列法"
        }
    }

    // MARK: Banquet

    private func seatBanquet(_ people: ZoneSelection, explained: inout [String: String]) -> SeatedZone? {
        let total = people.hosts.count + people.guests.count + people.others.count
        let layoutTables = layout?.tables ?? []
        let capacities = layout.map { $0.tables.map(\.seats) } ?? zone.tables ?? [total]
        guard checkCapacity(total, capacities.reduce(0, +), key: layout == nil ? "tables" : "layout") else { return nil }
        let order = layoutTables.isEmpty
            ? Array(capacities.indices)
            : TableOrder.numbering(layoutTables.map { ($0.x, $0.y) }, door: layout?.door ?? .bottom, main: layoutTables.firstIndex { $0.main })
        let outranks = outranksHost(guest: people.guests.first, host: people.hosts.first)
        let sequence = TableSeating.mainTableSequence(hosts: people.hosts, guests: people.guests, others: people.others,
                                                      pattern: zone.pattern, guestOutranksHost: outranks)
        var remaining = sequence[...]
        var tables: [SeatTable] = []
        let honour = zone.effectiveHonour
        for (number, index) in order.enumerated() {
            let capacity = capacities[index]
            let seatOrder = TableSeating.seatOrder(seats: capacity, pattern: zone.pattern, honour: honour)
            var seats = [String?](repeating: nil, count: capacity)
            for (rank, seat) in seatOrder.enumerated() {
                guard let person = remaining.popFirst() else { break }
                seats[seat] = person.id
                let pattern = zone.pattern == .dualHost ? "双主陪" : "单主陪"
                let side = honour == .right ? "右高左低" : "尚左"
                let note = number == 0 && rank < 2 && outranks ? "，主宾位次高于主人，主宾居主位" : ""
                explained[person.id] = "宴会规则4.2（\(pattern)，\(side)\(note)）：第\(number + 1)桌（桌次规则4.1）S\(seat)，本桌第\(rank + 1)位"
            }
            let table = layoutTables.indices.contains(index) ? layoutTables[index] : nil
            tables.append(SeatTable(number: number + 1, seats: seats, position: table.map { ($0.x, $0.y) }, long: table?.long ?? false))
        }
        return SeatedZone(name: zone.name, kind: .banquet, frame: .table, tables: tables, layout: layout)
    }

    /// Rule 4.2.4 compares office only (`order`, then rank), not the tie-breakers.
    private func outranksHost(guest: Person?, host: Person?) -> Bool {
        guard let guest, let host else { return false }
        let guestKey = precedence.key(for: guest).segments.prefix(2), hostKey = precedence.key(for: host).segments.prefix(2)
        for (a, b) in zip(guestKey, hostKey) where a != b { return a.lexicographicallyPrecedes(b) }
        return false
    }

    // MARK: Talks

    private func seatTalks(_ people: ZoneSelection, explained: inout [String: String]) -> SeatedZone? {
        guard !people.hosts.isEmpty, !people.guests.isEmpty, zone.people == nil else {
            log.error(SeatingCodes.talksParties, "会见/会谈座次区“\(quoted: zone.name)”须用 hosts 和 guests 列出双方人员（不用 people）", at: zone.marks.own)
            return nil
        }
        let hosts = people.hosts.map(\.id), guests = people.guests.map(\.id)
        switch zone.arrangement {
        case .facing:
            // Each side is ordered like a rostrum row in its own frame: 以左为尊 unless the zone says otherwise.
            let policy = RowPolicy(even: zone.even, honour: zone.honour ?? .left, two: zone.two)
            let sides = TalksSeating.facingRows(hosts: hosts, guests: guests, policy: policy)
            let table = layout?.tables.first
            let capacity = table?.seats ?? 2 * sides.far.count
            guard checkCapacity(2 * sides.far.count, capacity, key: "layout") else { return nil }
            // A long layout table may have more seats per side than the parties need: pad both sides.
            let padding = (capacity / 2 - sides.far.count) / 2
            let pad = [String?](repeating: nil, count: padding), tail = [String?](repeating: nil, count: capacity / 2 - sides.far.count - padding)
            let (seats, farStart) = TalksSeating.tableSeats(far: pad + sides.far + tail, near: pad + sides.near + tail, principal: guests[0])
            for (seat, id) in seats.enumerated() {
                guard let id else { continue }
                let side = guests.contains(id) ? "客方面门" : "主方背门"
                explained[id] = "会谈规则3.1.5/3.1.8（对坐式，\(side)，每侧按主席台规则）：S\(seat)"
            }
            return SeatedZone(name: zone.name, kind: .talks, frame: .table,
                              tables: [SeatTable(number: 1, seats: seats, position: table.map { ($0.x, $0.y) }, long: true, farStart: farStart)],
                              layout: layout)
        case .sideBySide:
            let honour = zone.effectiveHonour
            // The room frame looks at the principals from the door: the mirror of their own left→right.
            let row: [String?] = TalksSeating.sideBySide(hosts: hosts, guests: guests, honour: honour).reversed()
            let available = layout?.grid.columns.first ?? Array(row.indices)
            guard checkCapacity(row.count, available.count, key: "layout") else { return nil }
            let offset = (available.count - row.count) / 2
            for (seat, id) in row.enumerated() {
                guard let id else { continue }
                let rule = honour == .right ? "主宾在主人右侧" : "公务交流左为上，主宾在主人左侧"
                explained[id] = "会见规则3.1.2（并列式，\(rule)）：从门口看自左起第\(seat + 1)座"
            }
            return SeatedZone(name: zone.name, kind: .talks, frame: .room,
                              rows: [SeatRow(number: 1, seats: row, columns: Array(available[offset..<offset + row.count]))], layout: layout)
        }
    }

    // MARK: Shared

    private func checkCapacity(_ people: Int, _ seats: Int, key: String) -> Bool {
        guard people > seats else { return true }
        log.error(SeatingCodes.tooManyPeople, "座次区“\(quoted: zone.name)”有 \(people) 人，但只有 \(seats) 个座位", at: zone.marks[key])
        return false
    }

    /// `排序 1 · 职级 县处级正职 · 单位 县委（第1） · 姓名 张三 · 键 0.1/0.6/…`
    private func describe(_ person: Person) -> String {
        var parts: [String] = []
        if let order = person.order { parts.append("排序 \(order)") }
        if let rank = person.rank { parts.append("职级 \(rank)") }
        for breaker in precedence.tiebreak {
            switch breaker {
            case .unit:
                let position = precedence.unitPosition(person.unit)
                parts.append("单位 \(person.unit ?? "无")" + (position == Int.max ? "（未列入 units）" : "（第\(position + 1)）"))
            case .since: parts.append("任职 \(person.since.map { "\($0)" } ?? "未填")")
            case .strokes, .surnameStrokes, .pinyin: parts.append("\(breaker.label) \(person.name)")
            case .roster: parts.append("名单第\(person.appearance + 1)位")
            }
        }
        parts.append("键 \(precedence.key(for: person))")
        return parts.joined(separator: " · ")
    }
}
