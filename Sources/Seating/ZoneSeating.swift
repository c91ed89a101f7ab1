import MeetingPlan

/// One zone being seated: turns the ranked people into rows or tables by the zone kind's rules,
/// with an explanation per person, or logs why it cannot. Pins and holds are resolved first and
/// the rules fill the other seats around them in the same code path as without pins; swaps
/// apply last.
struct ZoneContext {
    let zone: ZoneSpec
    let plan: Plan
    let layout: VenueLayout?
    let precedence: Precedence
    let log: DiagnosticLog
    /// Protocol warnings (SEAT101), kept apart from the errors in `log`.
    let warnings: DiagnosticLog
    /// The zone's previous seating when it is `stable: true` and re-seated against it.
    var stableBefore: StableBefore? = nil

    func seat(_ people: ZoneSelection) -> SeatedZone? {
        let everyone = people.everyone
        // Sized once: at 30,000 people its growth rehashed every explanation at each doubling.
        var explained = [String: String](minimumCapacity: everyone.count)
        var result: SeatedZone?
        let pinned = Dictionary(zone.pins.map { ($0.person, $0) }, uniquingKeysWith: { first, _ in first })
        if !zone.pins.isEmpty {
            let everyoneIDs = Set(everyone.map(\.id))
            for pin in zone.pins where !everyoneIDs.contains(pin.person) {
                log.error(SeatingCodes.notInZone, "人员“\(pin.person)”不在座次区“\(quoted: zone.name)”中，不能指定座位", at: pin.location)
            }
        }
        if zone.kind == .talks && !(zone.pins.isEmpty && zone.holds.isEmpty) {
            log.error(SeatingCodes.pinnedSeat, "会见/会谈座次区“\(quoted: zone.name)”按规则安排，不支持指定或保留座位（可用 swap 对调）",
                      at: zone.marks[zone.pins.isEmpty ? "hold" : "pins"])
        }
        guard !log.hasErrors else { return nil }
        // The order in which the rules hand out seats: who should sit ahead of whom.
        var sequence = SeatingSequence()
        switch zone.kind {
        case .rostrum:
            sequence.people = everyone
            result = seatRows(sequence.people, pinned: pinned, explained: &explained)
        case .photo:
            sequence.people = people.guests.isEmpty
                ? people.hosts + people.others
                : TalksSeating.photoSequence(hosts: people.hosts, guests: people.guests) + people.others
            result = seatRows(sequence.people, pinned: pinned, explained: &explained)
        case .hall:
            sequence.people = everyone
            result = seatHall(sequence.people, pinned: pinned, explained: &explained)
        case .banquet:
            result = seatBanquet(people, pinned: pinned, explained: &explained, sequence: &sequence)
        case .talks:
            result = seatTalks(people, explained: &explained, sequence: &sequence)
        }
        guard var seated = result else { return nil }
        if let stableBefore {
            StableSeating(zone: seated, spec: zone, plan: plan, before: stableBefore.zone, previousPlan: stableBefore.plan,
                          matching: stableBefore.matching, pinned: Set(pinned.keys))
                .reseat(&seated, explained: &explained)
        }
        guard applySwaps(to: &seated, explained: &explained) else { return nil }
        warnAboutPins(seated, sequence: sequence)
        let byID = plan.peopleByID
        // The engine hands the others over in precedence order: with no hosts or guests ahead of
        // them, that order is the zone's ranking.
        let ranking = people.hosts.isEmpty && people.guests.isEmpty ? Array(everyone.indices) : precedence.sortedPositions(everyone)
        let ranks = Dictionary(uniqueKeysWithValues: ranking.enumerated().map { (everyone[$0.element].id, $0.offset + 1) })
        seated.explanations = seated.seatingOrder.compactMap { id in
            byID[id].map { SeatExplanation(personID: id, precedence: describe($0, rank: ranks[id] ?? 0), rule: explained[id] ?? "") }
        }
        return seated
    }

    // MARK: Geometry

    /// x of a layout grid column: the layout's seats centred on the axis.
    private var layoutAxis: Double? {
        guard let layout, !layout.rows.isEmpty else { return nil }
        let columns = layout.grid.columns.flatMap { $0 }
        guard let low = columns.min(), let high = columns.max() else { return nil }
        return Double(low + high) / 2
    }

    /// Aisles of a layout: runs of gap columns, inside the seats, that every row leaves open.
    private var layoutAisles: [Double] {
        guard let layout, let axis = layoutAxis else { return [] }
        let rows = layout.grid.columns.map(Set.init)
        let columns = layout.grid.columns.flatMap { $0 }
        guard let low = columns.min(), let high = columns.max(), low < high else { return [] }
        var aisles: [Double] = [], run: [Int] = []
        for column in low...high {
            if rows.allSatisfy({ !$0.contains(column) }) {
                run.append(column)
            } else if !run.isEmpty {
                aisles.append(Double(run.first! + run.last!) / 2 - axis)
                run = []
            }
        }
        return aisles
    }

    // MARK: Rows (rostrum, photo)

    private var rowPolicy: RowPolicy {
        RowPolicy(even: zone.even, honour: zone.effectiveHonour, two: zone.two, equalTopTwo: zone.equalTopTwo)
    }

    /// Rows fill front to back with the most senior (rule 1.1.8), each arranged around its centre
    /// (rule 1.2). Pinned, held and closed seats are taken out of the fill: a row's arrangement
    /// grows past them until it has a free seat for each of its people, so without pins the rows
    /// are exactly the rule's.
    private func seatRows(_ sequence: [Person], pinned: [String: SeatPin], explained: inout [String: String]) -> SeatedZone? {
        let grid = layout?.grid
        let capacities = grid?.columns.map(\.count) ?? zone.rows ?? [sequence.count]
        let key = layout == nil ? "rows" : "layout"
        guard let fixed = fixedSeats(rows: capacities, closed: grid?.closed ?? [], pinned: pinned, people: sequence) else { return nil }
        let free = sequence.filter { pinned[$0.id] == nil }
        let openSeats = capacities.reduce(0, +) - fixed.unavailable.count
        guard checkCapacity(free.count, openSeats, key: key) else { return nil }
        let ruleName = zone.kind == .rostrum ? "主席台规则1.2" : "合影规则5.1"
        var remaining = free[...]
        var rows: [SeatRow] = []
        // Each row's seats out of the fill, grouped once rather than searched for every row.
        let unavailableByRow = Dictionary(grouping: fixed.unavailable, by: \.row)
        let pinnedByRow = Dictionary(grouping: fixed.pinned, by: \.key.row), heldByRow = Dictionary(grouping: fixed.held, by: \.row)
        for (index, capacity) in capacities.enumerated() {
            let number = index + 1
            let unavailable = Set((unavailableByRow[number] ?? []).map { $0.seat - 1 })
            let count = max(0, min(capacity - unavailable.count, remaining.count))
            let rowPeople = Array(remaining.prefix(count))
            remaining = remaining.dropFirst(count)
            let pinnedHere = pinnedByRow[number] ?? []
            let heldHere = heldByRow[number] ?? []
            guard !rowPeople.isEmpty || !pinnedHere.isEmpty || !heldHere.isEmpty else { continue }
            var policy = rowPolicy
            policy.equalTopTwo = policy.equalTopTwo && index == 0
            // Grow the arrangement past unavailable seats until every person has a free seat.
            var slots = 0
            var placement: (arranged: ArrangedRow<Int>, width: Int, offset: Int, free: [Int])?
            while placement == nil || placement!.free.count < rowPeople.count {
                let arranged = RowArrangement.seated(Array(0..<(rowPeople.count + slots)), policy: policy).mirrored
                let width = layout == nil ? max(capacity, arranged.seats.count) : capacity
                guard arranged.seats.count <= width else {
                    _ = checkCapacity(rowPeople.count + slots, width, key: key)
                    return nil
                }
                let offset = (width - arranged.seats.count) / 2
                let byRank = arranged.seats.enumerated().compactMap { seat, rank in rank.map { ($0, offset + seat) } }.sorted { $0.0 < $1.0 }
                placement = (arranged, width, offset, byRank.map(\.1).filter { !unavailable.contains($0) })
                slots += 1
            }
            let (arranged, width, offset, freeSeats) = placement!
            var seats = [String?](repeating: nil, count: width)
            for (person, seat) in zip(rowPeople, freeSeats) { seats[seat] = person.id }
            for (address, person) in pinnedHere { seats[address.seat - 1] = person.id }
            // Listed: the arranged seats and any pinned or held seat beside them.
            let marked = pinnedHere.map { $0.key.seat - 1 } + heldHere.map { $0.seat - 1 }
            let low = min(offset, marked.min() ?? offset), high = max(offset + arranged.seats.count - 1, marked.max() ?? 0)
            let axis = layoutAxis ?? Double(offset) + arranged.centreLine
            let positions = grid.map { grid in grid.columns[index].map { Double($0) - axis } } ?? (0..<width).map { Double($0) - axis }
            let closedHere = Set((unavailableByRow[number] ?? []).filter { fixed.pinned[$0] == nil }.map(\.seat))
            rows.append(SeatRow(number: number, seats: Array(seats[low...high]), x: Array(positions[low...high]),
                                seatNumbers: Array((low + 1)...(high + 1)),
                                spare: (0..<width).filter { $0 < low || $0 > high }.map { SpareSeat(x: positions[$0], number: $0 + 1, closed: closedHere.contains($0 + 1)) },
                                closed: closedHere, centreLine: arranged.centreLine + Double(offset - low)))
            var firstSeat: [String: Int] = [:]
            for (index, id) in seats.enumerated() { if let id, firstSeat[id] == nil { firstSeat[id] = index } }
            for (rank, person) in rowPeople.enumerated() {
                let seat = (firstSeat[person.id] ?? 0) + 1
                explained[person.id] = "\(ruleName)（\(policyText(policy, count: rowPeople.count + slots - 1))）：第\(number)排本排第\(rank + 1)位，台下看自左起第\(seat)座"
            }
            for (address, person) in pinnedHere {
                explained[person.id] = "指定座位：第\(number)排第\(address.seat)座（台下看自左起）"
            }
        }
        return SeatedZone(name: zone.name, kind: zone.kind, frame: .room, rows: rows, layout: layout, aisles: layoutAisles)
    }

    private func policyText(_ policy: RowPolicy, count: Int) -> String {
        var parts = [policy.honour == .left ? "以左为尊" : "以右为尊"]
        if count % 2 == 0 && count > 2 || count == 2 && policy.two == .default {
            let even: String
            switch policy.even {
            case .pair: even = "偶数居中两座，2号在1号左侧"
            case .pairRight: even = "偶数居中两座，2号在1号右侧"
            case .single: even = "偶数1号居中，末端留空一座"
            case .singleTight: even = "偶数1号居中"
            }
            parts.append(even)
        }
        if count == 2 && policy.two == .exception { parts.append("两人例外") }
        if policy.equalTopTwo { parts.append("两位平级居中两侧") }
        return parts.joined(separator: "，")
    }

    /// Pinned and held seats of a rows zone, checked against its rows; with the layout's closed seats,
    /// the seats the rules do not fill.
    private func fixedSeats(rows: [Int], closed: Set<SeatAddress>, pinned: [String: SeatPin], people: [Person])
        -> (pinned: [SeatAddress: Person], held: [SeatAddress], unavailable: Set<SeatAddress>)? {
        // Only the pinned people are looked up: a dictionary of everyone cost more than the seating.
        let byID = Dictionary(people.filter { pinned[$0.id] != nil }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [SeatAddress: Person] = [:], held: [SeatAddress] = []
        var ok = true
        func address(_ seat: ZoneSeat, at location: SourceLocation) -> SeatAddress? {
            guard case .row(let address) = seat, address.row <= rows.count, address.seat <= rows[address.row - 1] else {
                log.error(SeatingCodes.pinnedSeat, "座次区“\(quoted: zone.name)”没有\(seat)", at: location)
                ok = false
                return nil
            }
            if closed.contains(address) {
                log.error(SeatingCodes.pinnedSeat, "\(seat)在布局中是封闭座位", at: location)
                ok = false
                return nil
            }
            return address
        }
        for hold in zone.holds { if let found = address(hold.seat, at: hold.location) { held.append(found) } }
        for pin in zone.pins {
            if let found = address(pin.seat, at: pin.location), let person = byID[pin.person] { result[found] = person }
        }
        guard ok else { return nil }
        return (result, held, closed.union(held).union(result.keys))
    }

    // MARK: Hall

    private func seatHall(_ people: [Person], pinned: [String: SeatPin], explained: inout [String: String]) -> SeatedZone? {
        var grid = layout?.grid ?? HallGrid(rowLengths: zone.rows ?? [people.count])
        guard let fixed = fixedSeats(rows: grid.columns.map(\.count), closed: grid.closed, pinned: pinned, people: people) else { return nil }
        let layoutClosed = grid.closed
        // Pinned and held seats are closed seats to the fill order.
        grid.closed = fixed.unavailable
        // Without pins or 列席 the lists are the people themselves, not copies of thousands of them.
        let free = pinned.isEmpty ? people : people.filter { pinned[$0.id] == nil }
        guard checkCapacity(free.count, grid.openSeatCount, key: layout == nil ? "rows" : "layout") else { return nil }
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
        let hasObservers = free.contains { $0.role == .observer }
        let attendees = hasObservers ? free.filter { $0.role != .observer } : free
        let observers = hasObservers ? free.filter { $0.role == .observer } : []
        guard var cells = HallSeating.seat(attendees: groups(attendees), observers: groups(observers), grid: grid, mode: zone.mode,
                                           grouped: grouped, observersNewRow: zone.observersNewRow) else {
            log.error(SeatingCodes.tooManyPeople, "座次区“\(quoted: zone.name)”按\(modeText)排不下 \(free.count) 人（空位 \(grid.openSeatCount) 个）",
                      at: zone.marks[layout == nil ? "rows" : "layout"])
            return nil
        }
        for (address, person) in fixed.pinned { cells[address.row - 1][address.seat - 1] = person }
        var rows: [SeatRow] = []
        let axis = layoutAxis
        let closedByRow = Dictionary(grouping: layoutClosed.union(fixed.held), by: \.row)
        for (index, row) in cells.enumerated() {
            let number = index + 1
            let middle = Double(row.count - 1) / 2
            let x: [Double]
            if let axis { x = grid.columns[index].map { Double($0) - axis } } else { x = row.indices.map { Double($0) - middle } }
            let closed = Set((closedByRow[number] ?? []).map(\.seat))
            rows.append(SeatRow(number: number, seats: row.map { $0?.id }, x: x, closed: closed))
            for (seat, person) in row.enumerated() {
                guard let person else { continue }
                if pinned[person.id] != nil {
                    explained[person.id] = "指定座位：第\(number)排第\(seat + 1)座"
                    continue
                }
                let role = person.role == .observer ? "列席，在出席之后" : "出席"
                let unit = grouped ? "，单位“\(person.unit ?? "无单位")”按单位顺序" : ""
                explained[person.id] = "台下规则2（\(modeText)\(unit)，\(role)）：第\(number)排第\(seat + 1)座"
            }
        }
        return SeatedZone(name: zone.name, kind: .hall, frame: .room, rows: rows, layout: layout, aisles: layoutAisles)
    }

    private var modeText: String {
        switch zone.mode {
        case .rows: return "横排"
        case .blocks: return "竖排"
        case .centreOut: return "左右排列法"
        }
    }

    // MARK: Banquet

    /// Table 1 by the zone's pattern; every further table hosted from the host side (`hosts`
    /// beyond table 1's, or `table_hosts`) at its 主位, the rest spread evenly over tables 2…
    /// by precedence, each seated from the 主位 outward (rule 4.1.6 of the reference).
    private func seatBanquet(_ people: ZoneSelection, pinned: [String: SeatPin], explained: inout [String: String],
                             sequence: inout SeatingSequence) -> SeatedZone? {
        let total = people.everyone.count
        let layoutTables = layout?.tables ?? []
        let capacities = layout.map { $0.tables.map(\.seats) } ?? zone.tables ?? [total]
        let key = layout == nil ? "tables" : "layout"
        // Table number (from 1) → index into `capacities`.
        let order = layoutTables.isEmpty
            ? Array(capacities.indices)
            : TableOrder.numbering(layoutTables.map { ($0.x, $0.y) }, door: layout?.door ?? .bottom, main: layoutTables.firstIndex { $0.main })
        // Pinned and held seats, checked against the tables.
        var fixed: [Int: [Int: String]] = [:], held: [Int: Set<Int>] = [:]
        var ok = true
        func check(_ seat: ZoneSeat, at location: SourceLocation) -> (table: Int, seat: Int)? {
            guard case .table(let table, let index) = seat, table <= order.count, index < capacities[order[table - 1]] else {
                log.error(SeatingCodes.pinnedSeat, "宴会座次区“\(quoted: zone.name)”没有\(seat)", at: location)
                ok = false
                return nil
            }
            return (table, index)
        }
        for hold in zone.holds { if let found = check(hold.seat, at: hold.location) { held[found.table, default: []].insert(found.seat) } }
        for pin in zone.pins { if let found = check(pin.seat, at: pin.location) { fixed[found.table, default: [:]][found.seat] = pin.person } }
        // Heads of tables 2…: `table_hosts`, or the hosts beyond table 1's.
        let mainHostCount = zone.pattern == .dualHost ? 2 : 1
        var heads: [Int: Person] = [:]
        let byID = Dictionary(uniqueKeysWithValues: people.everyone.map { ($0.id, $0) })
        if zone.tableHosts.isEmpty {
            // A pinned host sits where pinned and heads no table.
            let free = people.hosts.dropFirst(mainHostCount).filter { pinned[$0.id] == nil }
            for (offset, host) in free.enumerated() where offset + 2 <= order.count {
                heads[offset + 2] = host
            }
        } else {
            for (table, host) in zone.tableHosts.sorted(by: { $0.key < $1.key }) {
                guard table >= 2, table <= order.count, let person = byID[host.id], pinned[host.id] == nil else {
                    log.error(SeatingCodes.notInZone, table < 2 || table > order.count
                              ? "宴会座次区“\(quoted: zone.name)”没有第\(table)桌（主桌由 hosts 的前两位主陪）"
                              : pinned[host.id] != nil ? "人员“\(host.id)”已指定座位，不能再作第\(table)桌主位" : "人员“\(host.id)”不在座次区“\(quoted: zone.name)”中",
                              at: host.location)
                    ok = false
                    continue
                }
                heads[table] = person
            }
        }
        guard ok else { return nil }
        let isFixed = Set(fixed.values.flatMap(\.values)).union(heads.values.map(\.id))
        let openSeats = capacities.reduce(0, +) - held.values.map(\.count).reduce(0, +)
        let parties = banquetParties(people, pinned: pinned)
        guard checkCapacity(total - parties.aides.count, openSeats, key: key) else { return nil }
        warnAboutHostRatio(parties)
        let outranks = outranksHost(guest: people.guests.first, host: people.hosts.first)
        // Everyone, pinned or not, in the order the main table's pattern and then each party's
        // spread hand out seats (SEAT101 ranks the seats people end up in by it).
        sequence.people = TableSeating.mainTableSequence(hosts: people.hosts, guests: parties.guests,
                                                         others: Array(parties.hosts.dropFirst(people.hosts.count)), pattern: zone.pattern,
                                                         guestOutranksHost: outranks)
        sequence.party = Dictionary(parties.hosts.map { ($0.id, BanquetSpread.Side.host) } + parties.guests.map { ($0.id, BanquetSpread.Side.guest) },
                                    uniquingKeysWith: { first, _ in first })
        let mainTableSeats = order.first.map { capacities[$0] } ?? 0
        sequence.patterned = parties.guests.isEmpty ? 0 : (zone.pattern == .dualHost && mainTableSeats >= 4 ? 6 : 3)
        var hostPool = parties.hosts.filter { !isFixed.contains($0.id) }[...]
        var guestPool = parties.guests.filter { !isFixed.contains($0.id) }[...]
        let honour = zone.effectiveHonour
        let pattern = zone.pattern == .dualHost ? "双主陪" : "单主陪"
        let side = honour == .right ? "右高左低" : "尚左"
        // Table 1 first, full; then the others get equal shares (counting their heads and pins).
        let free = hostPool.count + guestPool.count
        var shares = [Int](repeating: 0, count: order.count + 1)
        if order.count >= 1 {
            shares[1] = min(capacities[order[0]] - (held[1]?.count ?? 0) - (fixed[1]?.count ?? 0), free)
        }
        var left = free - shares[1]
        var occupancy = (0...order.count).map { number in number < 2 ? 0 : (fixed[number]?.count ?? 0) + (heads[number] == nil ? 0 : 1) }
        while left > 0 {
            let open = (2..<max(order.count + 1, 2)).filter { number in
                occupancy[number] < capacities[order[number - 1]] - (held[number]?.count ?? 0)
            }
            guard let emptiest = open.min(by: { (occupancy[$0], $0) < (occupancy[$1], $1) }) else { break }
            occupancy[emptiest] += 1
            shares[emptiest] += 1
            left -= 1
        }
        // Rule 4.4: how many of each party sit at each table.
        let sizes = (1...max(order.count, 1)).map { shares[$0] + (heads[$0] == nil ? 0 : 1) }
        let mainGuestSeats = zone.pattern == .dualHost ? 4 : 2
        let guestCounts = BanquetSpread.guestCounts(sizes: sizes, guests: guestPool.count,
                                                    headed: (1...max(order.count, 1)).map { heads[$0] != nil }, mainGuestSeats: mainGuestSeats)
        let guestIDs = Set(parties.guests.map(\.id))
        var tables: [SeatTable] = []
        // The fill order: table 1 by its pattern, then the 主位 of each further table a host heads
        // (rule 4.1.6, in table order), then the other seats table by table.
        var ruleOrder: [SeatPlace] = [], headSeats: [SeatPlace] = [], spreadSeats: [SeatPlace] = []
        for (offset, index) in order.enumerated() {
            let number = offset + 1
            let capacity = capacities[index]
            let guestCount = guestCounts[offset], hostCount = sizes[offset] - guestCount
            var tableHosts = (heads[number].map { [$0] } ?? []) + Array(hostPool.prefix(hostCount - (heads[number] == nil ? 0 : 1)))
            hostPool = hostPool.dropFirst(hostCount - (heads[number] == nil ? 0 : 1))
            var tableGuests = Array(guestPool.prefix(guestCount))
            guestPool = guestPool.dropFirst(guestCount)
            // Table 1 follows the zone's pattern; a further table with guests has a 副陪 opposite its
            // 主陪 when the zone's pattern has one and the table seats two of the host side.
            let tablePattern: BanquetPattern = number == 1 || (guestCount > 0 && hostCount >= 2) ? zone.pattern : .singleHost
            let fullOrder = TableSeating.seatOrder(seats: capacity, pattern: tablePattern, honour: honour)
            if number == 1 {
                ruleOrder = fullOrder.map { SeatPlace.table(offset, $0) }
            } else if heads[number] != nil, let head = fullOrder.first {
                headSeats.append(.table(offset, head))
                spreadSeats += fullOrder.dropFirst().map { SeatPlace.table(offset, $0) }
            } else {
                spreadSeats += fullOrder.map { SeatPlace.table(offset, $0) }
            }
            let seatOrder = fullOrder.filter { fixed[number]?[$0] == nil && held[number]?.contains($0) != true }
            var seats = [String?](repeating: nil, count: capacity)
            var fixedSides: [Int: BanquetSpread.Side] = [:]
            for (seat, id) in fixed[number] ?? [:] {
                seats[seat] = id
                fixedSides[seat] = guestIDs.contains(id) ? .guest : .host
                explained[id] = "指定座位：第\(number)桌S\(seat)"
            }
            // Without guests at the table there is no 主宾 seat to keep: seated from the 主位 outward.
            let patterned = guestCount == 0 ? 1 : (tablePattern == .dualHost && capacity >= 4 ? 6 : 3)
            let seatSides = BanquetSpread.sides(order: fullOrder, pattern: patterned, open: seatOrder, fixed: fixedSides,
                                                hosts: tableHosts.count, guests: tableGuests.count)
            var hostRank = 0, guestRank = 0
            for seat in seatOrder {
                guard let seatSide = seatSides[seat] else { continue }
                let person = seatSide == .host ? tableHosts.removeFirst() : tableGuests.removeFirst()
                seats[seat] = person.id
                if seatSide == .host { hostRank += 1 } else { guestRank += 1 }
                let party = seatSide == .host ? "主方第\(hostRank)位" : "客方第\(guestRank)位"
                if number == 1 {
                    explained[person.id] = "宴会规则4.2（\(pattern)，\(side)）：第1桌（桌次规则4.1）S\(seat)，本桌\(party)"
                } else if heads[number]?.id == person.id || (seatSide == .host && hostRank == 1) {
                    explained[person.id] = "宴会规则4.1.6（各桌由主方人员作陪，与主桌主人同向）：第\(number)桌主位S\(seat)"
                } else {
                    let spread = parties.guests.isEmpty ? "主桌之外各桌人数均衡，按位次分桌" : "主客双方各按礼宾次序分桌，主客穿插"
                    explained[person.id] = "宴会规则4.4（\(spread)）：第\(number)桌S\(seat)，本桌\(party)（\(side)）"
                }
            }
            // Rule 4.2.4: a main guest who outranks the host takes the 主位, the host his right.
            if number == 1 && outranks, let host = seats[fullOrder[0]], let guest = fullOrder.count > 1 ? seats[fullOrder[1]] : nil,
               !guestIDs.contains(host), guestIDs.contains(guest) {
                seats[fullOrder[0]] = guest
                seats[fullOrder[1]] = host
                explained[guest] = "宴会规则4.2（\(pattern)，\(side)，主宾位次高于主人，主宾居主位）：第1桌S\(fullOrder[0])"
                explained[host] = "宴会规则4.2（\(pattern)，\(side)，主宾位次高于主人，主人在主宾右侧）：第1桌S\(fullOrder[1])"
            }
            let table = layoutTables.indices.contains(index) ? layoutTables[index] : nil
            let position = table.map { ($0.x, $0.y) } ?? Self.listPosition(offset)
            tables.append(SeatTable(number: number, seats: seats, position: position, long: table?.long ?? false))
        }
        // Rule 4.4.3: interpreters and note-takers do not take a seat; they sit behind the
        // principal they serve at table 1 (the host side's behind the 主位, the guests' behind the
        // main guest), the first directly behind, the next further out.
        var rows: [SeatRow] = []
        if !parties.aides.isEmpty, let main = tables.first {
            let mainGuest = parties.guests.first { main.seats.contains($0.id) }?.id
            let mainHost = parties.hosts.first { main.seats.contains($0.id) }?.id
            let guestUnits = Set(parties.guests.compactMap(\.unit))
            func principal(_ person: Person) -> String? {
                (person.unit.map(guestUnits.contains) ?? false) ? mainGuest ?? mainHost : mainHost ?? mainGuest
            }
            let aides = parties.aides.sorted { ($0.role == .interpreter ? 0 : 1) < ($1.role == .interpreter ? 0 : 1) }
            if aides.contains(where: { principal($0) == nil }) {
                log.error(SeatingCodes.notInZone, "宴会座次区“\(quoted: zone.name)”的翻译、记录须有第1桌的主人或主宾可以服务", at: zone.marks.own)
                return nil
            }
            var steps: [String: Int] = [:]
            var behindRow = SeatRow(number: 0, seats: [], x: [], behind: [])
            for aide in aides {
                let front = principal(aide)!
                let step = steps[front, default: 0]
                steps[front] = step + 1
                // Along the table's edge from the principal: the host side's aides away from the
                // main guest, the guests' away from the host.
                let outward = front == mainGuest ? -1.0 : 1.0
                behindRow.seats.append(aide.id)
                behindRow.x.append(step == 0 ? 0 : Double(step) * outward)
                behindRow.seatNumbers.append(behindRow.seats.count)
                behindRow.behind.append(front)
                explained[aide.id] = "宴会规则4.4.3（翻译、记录不上桌，坐在所服务的主人或主宾之后）：第1桌\(plan.peopleByID[front]?.name ?? front)之后"
            }
            rows = [behindRow]
        }
        var seated = SeatedZone(name: zone.name, kind: .banquet, frame: .table, rows: rows, tables: tables, layout: layout)
        seated.ruleOrder = ruleOrder + headSeats + spreadSeats
        return seated
    }

    /// Rule 4.4.1: the zone's people as two parties, each in its own precedence order, and the
    /// aides. The guest party is `guests`, then the others with `role: guest` or a guest's unit;
    /// the host party is `hosts`, then everybody else; interpreters and note-takers are aides
    /// (unless pinned to a table seat).
    private func banquetParties(_ people: ZoneSelection, pinned: [String: SeatPin]) -> (hosts: [Person], guests: [Person], aides: [Person]) {
        let guestUnits = Set(people.guests.compactMap(\.unit))
        // A pinned interpreter sits where pinned, at the table, with the host side.
        func isAide(_ person: Person) -> Bool { (person.role == .interpreter || person.role == .notetaker) && pinned[person.id] == nil }
        let aides = people.others.filter(isAide)
        let rest = people.others.filter { !isAide($0) }
        let guestSide = rest.filter { $0.role == .guest || ($0.unit.map(guestUnits.contains) ?? false) }
        let guestSideIDs = Set(guestSide.map(\.id))
        return (people.hosts + rest.filter { !guestSideIDs.contains($0.id) }, people.guests + guestSide, aides)
    }

    /// SEAT102: more people of the host side at the tables than §4.2.6 allows for the visitors.
    private func warnAboutHostRatio(_ parties: (hosts: [Person], guests: [Person], aides: [Person])) {
        guard !zone.guests.isEmpty else { return }
        let limit = BanquetSpread.hostLimit(visitors: parties.guests.count)
        guard parties.hosts.count > limit else { return }
        let rule = parties.guests.count <= 10 ? "来宾 10 人以内陪餐不超过 3 人" : "来宾 10 人以上陪餐不超过来宾人数的三分之一"
        warnings.append(Diagnostic(SeatingCodes.hostRatio,
                                   "宴会座次区“\(quoted: zone.name)”主方陪餐 \(parties.hosts.count) 人、来宾 \(parties.guests.count) 人，超过公务接待标准（\(rule)，即至多 \(limit) 人）",
                                   at: zone.marks["hosts"], severity: .warning))
    }

    /// Where table `index` (0 = table 1) of a list of table sizes stands, door at the bottom: up
    /// to five a line, table 1 in the centre of the front line, table 2 at its right and table 3
    /// at its left as seen facing the door from inside (the drawing's left and right), then
    /// outward; further lines nearer the door. Layout units, ten per table.
    static func listPosition(_ index: Int) -> (x: Double, y: Double) {
        let line = index / 5, place = index % 5
        let step = (place + 1) / 2
        // Facing the door from inside, one's right is the drawing's left.
        let x = place == 0 ? 0 : (place % 2 == 1 ? -step : step)
        return (Double(x) * 10, Double(line) * 10)
    }

    /// Rule 4.2.4 compares office only (`order`, then rank), not the tie-breakers.
    private func outranksHost(guest: Person?, host: Person?) -> Bool {
        guard let guest, let host else { return false }
        let guestKey = precedence.key(for: guest).segments.prefix(2), hostKey = precedence.key(for: host).segments.prefix(2)
        for (a, b) in zip(guestKey, hostKey) where a != b { return a.lexicographicallyPrecedes(b) }
        return false
    }

    // MARK: Talks

    private func seatTalks(_ people: ZoneSelection, explained: inout [String: String], sequence: inout SeatingSequence) -> SeatedZone? {
        guard var seated = seatTalksByRule(people, explained: &explained) else { return nil }
        // The rules seat host 1, guest 1, host 2, guest 2 …: that is the fill order of their seats.
        let pairs = (0..<max(people.hosts.count, people.guests.count)).flatMap { index in
            [people.hosts.indices.contains(index) ? people.hosts[index] : nil, people.guests.indices.contains(index) ? people.guests[index] : nil]
        }
        sequence.people = pairs.compactMap { $0 }
        seated.ruleOrder = sequence.people.compactMap { seated.place(of: $0.id) }
        return seated
    }

    private func seatTalksByRule(_ people: ZoneSelection, explained: inout [String: String]) -> SeatedZone? {
        let aides = people.others.filter { $0.role == .interpreter || $0.role == .notetaker }
        guard !people.hosts.isEmpty, !people.guests.isEmpty, aides.count == people.others.count else {
            log.error(SeatingCodes.talksParties, "会见/会谈座次区“\(quoted: zone.name)”须用 hosts 和 guests 列出双方人员；people 只能列翻译（role: interpreter）和记录（role: notetaker）",
                      at: zone.marks.own)
            return nil
        }
        guard let arrangement = talksArrangement() else { return nil }
        let hosts = people.hosts.map(\.id), guests = people.guests.map(\.id)
        // An aide belongs to the guest side when a guest shares their unit, else to the host side.
        let guestUnits = Set(people.guests.compactMap(\.unit))
        func isGuestSide(_ person: Person) -> Bool { person.unit.map(guestUnits.contains) ?? false }
        let interpreters = aides.filter { $0.role == .interpreter }
        let beside = arrangement == .facing && zone.interpreters == .beside
        let hostInterpreter = beside ? interpreters.first { !isGuestSide($0) } : nil
        let guestInterpreter = beside ? interpreters.first { isGuestSide($0) } : nil
        let behind = aides.filter { $0.id != hostInterpreter?.id && $0.id != guestInterpreter?.id }
            .sorted { ($0.role == .interpreter ? 0 : 1) < ($1.role == .interpreter ? 0 : 1) }
        let aideRule = "翻译、记录坐在主人和主宾之后（会见规则3.1.2；会谈规则3.1.5）"
        switch arrangement {
        case .facing:
            // Each side is ordered like a rostrum row in its own frame: 以左为尊 unless the zone says otherwise.
            let policy = RowPolicy(even: zone.even, honour: zone.honour ?? .left, two: zone.two)
            let sides = TalksSeating.facingRows(hosts: hosts, guests: guests, policy: policy,
                                                hostInterpreter: hostInterpreter?.id, guestInterpreter: guestInterpreter?.id)
            let table = layout?.tables.first
            let capacity = table?.seats ?? 2 * sides.far.count
            guard checkCapacity(2 * sides.far.count, capacity, key: "layout") else { return nil }
            // A long layout table may have more seats per side than the parties need: pad both sides.
            let padding = (capacity / 2 - sides.far.count) / 2
            let pad = [String?](repeating: nil, count: padding), tail = [String?](repeating: nil, count: capacity / 2 - sides.far.count - padding)
            let far = pad + sides.far + tail, near = pad + sides.near + tail
            let (seats, farStart) = TalksSeating.tableSeats(far: far, near: near, principal: guests[0])
            for (seat, id) in seats.enumerated() {
                guard let id else { continue }
                if id == hostInterpreter?.id || id == guestInterpreter?.id {
                    explained[id] = "会谈规则3.1.5（外事：主方翻译在主谈人右侧，客方翻译在主宾左侧）：S\(seat)"
                } else {
                    let side = guests.contains(id) ? "客方面门" : "主方背门"
                    explained[id] = "会谈规则3.1.5/3.1.8（对坐式，\(side)，每侧按主席台规则）：S\(seat)"
                }
            }
            // Along the table, the drawing's left→right, axis at 0.
            func along(_ id: String) -> Double {
                let index = far.firstIndex(of: id) ?? near.firstIndex(of: id) ?? 0
                return Double(index) - Double(far.count - 1) / 2
            }
            let behindRow = behindSeats(behind, principal: { isGuestSide($0) ? guests[0] : hosts[0] }, x: along, outward: { isGuestSide($0) ? -1 : 1 })
            for id in behindRow.seats.compactMap({ $0 }) { explained[id] = aideRule }
            return SeatedZone(name: zone.name, kind: .talks, frame: .table, rows: behindRow.seats.isEmpty ? [] : [behindRow],
                              tables: [SeatTable(number: 1, seats: seats, position: table.map { ($0.x, $0.y) }, long: true, farStart: farStart)],
                              layout: layout)
        case .sideBySide:
            let honour = zone.effectiveHonour
            // The room frame looks at the principals from the door: the mirror of their own left→right.
            let row: [String?] = TalksSeating.sideBySide(hosts: hosts, guests: guests, honour: honour).reversed()
            let columns = layout?.grid.columns.first ?? Array(row.indices)
            guard checkCapacity(row.count, columns.count, key: "layout") else { return nil }
            let offset = (columns.count - row.count) / 2
            let axis = layoutAxis ?? Double(columns.count - 1) / 2
            let positions = columns.map { Double($0) - axis }
            for (seat, id) in row.enumerated() {
                guard let id else { continue }
                let rule = honour == .right ? "主宾在主人右侧" : "公务交流左为上，主宾在主人左侧"
                explained[id] = "会见规则3.1.2（并列式，\(rule)）：从门口看自左起第\(offset + seat + 1)座"
            }
            let seated = SeatRow(number: 1, seats: row, x: Array(positions[offset..<offset + row.count]),
                                 seatNumbers: Array((offset + 1)...(offset + row.count)),
                                 spare: columns.indices.filter { $0 < offset || $0 >= offset + row.count }
                                     .map { SpareSeat(x: positions[$0], number: $0 + 1, closed: false) })
            func x(_ id: String) -> Double { seated.x[row.firstIndex(of: id) ?? 0] }
            // Seen from the door, each principal's aides spread away from the other principal.
            let hostX = x(hosts[0]), guestX = x(guests[0])
            let behindRow = behindSeats(behind, principal: { isGuestSide($0) ? guests[0] : hosts[0] }, x: x,
                                        outward: { isGuestSide($0) == (guestX < hostX) ? -1 : 1 })
            for id in behindRow.seats.compactMap({ $0 }) { explained[id] = aideRule }
            return SeatedZone(name: zone.name, kind: .talks, frame: .room, rows: (behindRow.seats.isEmpty ? [] : [behindRow]) + [seated],
                              layout: layout)
        }
    }

    /// Row 0: interpreters and note-takers behind their side's principal, the first directly
    /// behind, the next ones further out (`outward` is −1 or +1 on the x axis per person).
    private func behindSeats(_ aides: [Person], principal: (Person) -> String, x: (String) -> Double,
                             outward: (Person) -> Double) -> SeatRow {
        var taken: [String: Int] = [:]
        let placed = aides.map { person -> (id: String, x: Double, behind: String) in
            let front = principal(person)
            let step = taken[front, default: 0]
            taken[front] = step + 1
            return (person.id, x(front) + Double(step) * outward(person), front)
        }.sorted { $0.x < $1.x }
        return SeatRow(number: 0, seats: placed.map(\.id), x: placed.map(\.x), behind: placed.map(\.behind))
    }

    /// The talks arrangement: the zone's `arrangement:`, else the layout's shape (a U or a sofa
    /// row: 并列式 会见; a long table: 对坐式 会谈), else 对坐式. A layout that cannot seat the
    /// arrangement is an error, never a silent substitution.
    private func talksArrangement() -> TalksArrangement? {
        guard let layout else { return zone.arrangement ?? .facing }
        let fromLayout: TalksArrangement? = !layout.rows.isEmpty ? .sideBySide : (layout.tables.first?.long == true ? .facing : nil)
        let wanted = zone.arrangement ?? fromLayout
        guard let wanted, wanted == fromLayout else {
            let shape = !layout.rows.isEmpty ? "成排（U 形或沙发）座位" : "圆桌"
            let arrangement = wanted == .sideBySide ? "并列式会见（须 U 形或沙发座位）" : "对坐式会谈（须长桌）"
            log.error(SeatingCodes.unusableLayout, "布局“\(layout.name)”是\(shape)，不能用于\(arrangement)", at: zone.marks[zone.arrangement == nil ? "layout" : "arrangement"])
            return nil
        }
        return wanted
    }

    // MARK: Swaps and warnings

    /// Swaps apply last: the two exchange seats, wherever the rules or the pins put them.
    private func applySwaps(to seated: inout SeatedZone, explained: inout [String: String]) -> Bool {
        var ok = true
        for swap in zone.swaps {
            guard let a = seated.place(of: swap.first), let b = seated.place(of: swap.second) else {
                let missing = seated.place(of: swap.first) == nil ? swap.first : swap.second
                log.error(SeatingCodes.notInZone, "人员“\(missing)”不在座次区“\(quoted: zone.name)”中，不能对调", at: swap.location)
                ok = false
                continue
            }
            seated[a] = swap.second
            seated[b] = swap.first
            let names = plan.peopleByID
            explained[swap.first] = "指定座位（与\(names[swap.second]?.name ?? swap.second)对调）：\(seated.label(of: b))"
            explained[swap.second] = "指定座位（与\(names[swap.first]?.name ?? swap.first)对调）：\(seated.label(of: a))"
        }
        return ok
    }

    /// SEAT101: a pinned or swapped person who sits ahead of someone more senior in the zone's
    /// fill order (rows, halls, tables), and, in a hall grouped by unit, among another unit's people.
    private func warnAboutPins(_ seated: SeatedZone, sequence: SeatingSequence) {
        let special = zone.pins.map { ($0.person, $0.location) } + zone.swaps.flatMap { [($0.first, $0.location), ($0.second, $0.location)] }
        guard !special.isEmpty else { return }
        let byID = plan.peopleByID
        func name(_ id: String) -> String { "\(byID[id]?.name ?? id)（\(id)）" }
        let byUnit = zone.kind == .hall && (zone.group.map { $0 == .unit } ?? !plan.units.isEmpty)
        if byUnit {
            // How many of each unit sit in the zone: a person pinned away from their unit is
            // warned about only when someone of that unit sits here too.
            var seatedByUnit: [String: Int] = [:]
            for row in seated.rows {
                for case let id? in row.seats { if let unit = byID[id]?.unit { seatedByUnit[unit, default: 0] += 1 } }
            }
            for (id, location) in special {
                guard let place = seated.place(of: id), case .row(let row, let seat) = place, let unit = byID[id]?.unit else { continue }
                let seats = seated.rows[row].seats
                let neighbours = [seat - 1, seat + 1].filter(seats.indices.contains).compactMap { seats[$0] }
                let others = neighbours.filter { byID[$0]?.unit != unit }
                if !neighbours.isEmpty && others.count == neighbours.count, seatedByUnit[unit, default: 0] > 1 {
                    warnings.append(Diagnostic(SeatingCodes.pinBreaksProtocol,
                                               "\(name(id))（\(unit)）被指定在本单位区域之外，与\(name(others[0]))（\(byID[others[0]]?.unit ?? "无单位")）相邻",
                                               at: location, severity: .warning))
                }
            }
        }
        let ranks = seated.fillRanks(spec: zone)
        let order = sequence.people.map(\.id)
        let units = order.map { byID[$0]?.unit }
        let positions = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var warned = Set<String>()
        for (id, location) in special where warned.insert(id).inserted {
            guard let position = positions[id], let mine = ranks[id] else { continue }
            // The most senior person the rules rank ahead who now sits behind.
            // A hall grouped by unit fills unit by unit, so only the person's own unit ranks them.
            let unit = byID[id]?.unit
            let rivals = order.indices[..<position].lazy
                .filter { (!byUnit || units[$0] == unit) && sequence.ranks($0, against: position) }
                .map { order[$0] }
            // A swapped or pinned senior counts too: swapping two people seats the junior ahead.
            if let senior = rivals.first(where: { ranks[$0].map { mine < $0 } ?? false }) {
                warnings.append(Diagnostic(SeatingCodes.pinBreaksProtocol,
                                           "指定座位使\(name(id))坐在位次更高的\(name(senior))之前", at: location, severity: .warning))
            }
        }
    }

    // MARK: Shared

    private func checkCapacity(_ people: Int, _ seats: Int, key: String) -> Bool {
        guard people > seats else { return true }
        log.error(SeatingCodes.tooManyPeople, "座次区“\(quoted: zone.name)”有 \(people) 人，但只有 \(seats) 个座位", at: zone.marks[key])
        return false
    }

    /// `顺序 3 · 县处级副职 · 县政府（第2位单位） · 笔画 王 4`: the person's place in the zone's
    /// precedence and what decided it, as a sentence.
    private func describe(_ person: Person, rank: Int) -> String {
        var parts = ["顺序 \(rank)"]
        if let order = person.order { parts.append("排序 \(order)") }
        if person.role == .interpreter || person.role == .notetaker { parts.append(person.role.label) }
        parts.append(person.rank ?? "未定职级")
        for breaker in precedence.tiebreak {
            switch breaker {
            case .unit:
                guard let unit = person.unit else { continue }
                let position = precedence.unitPosition(unit)
                parts.append(unit + (position == Int.max ? "（未列入 units）" : "（第\(position + 1)位单位）"))
            case .since:
                if let since = person.since { parts.append("任职 \(since)") }
            case .strokes, .surnameStrokes:
                let key = precedence.collation.sortKey(for: person.name, by: breaker)
                if let first = person.name.first, let strokes = key.first, strokes < 999_999 {
                    parts.append("\(breaker == .strokes ? "笔画" : "姓氏笔画") \(first) \(strokes)")
                }
            case .pinyin:
                let key = precedence.collation.sortKey(for: person.name, by: .pinyin)
                let letters = key.prefix { $0 != 0 && $0 < 27 }.compactMap { Unicode.Scalar($0 + 0x60).map(Character.init) }
                if !letters.isEmpty { parts.append("拼音 \(String(letters))") }
            case .roster: parts.append("名单第\(person.appearance + 1)位")
            }
        }
        return parts.joined(separator: " · ")
    }
}

/// A seat of a seated zone: a row index and seat index, or a table index and S-index.
enum SeatPlace {
    case row(Int, Int)
    case table(Int, Int)
}

extension SeatedZone {
    func place(of id: String) -> SeatPlace? {
        for (row, seatRow) in rows.enumerated() where seatRow.number > 0 {
            if let seat = seatRow.seats.firstIndex(of: id) { return .row(row, seat) }
        }
        for (table, seatTable) in tables.enumerated() {
            if let seat = seatTable.seats.firstIndex(of: id) { return .table(table, seat) }
        }
        return nil
    }

    subscript(place: SeatPlace) -> String? {
        get {
            switch place {
            case .row(let row, let seat): return rows[row].seats[seat]
            case .table(let table, let seat): return tables[table].seats[seat]
            }
        }
        set {
            switch place {
            case .row(let row, let seat): rows[row].seats[seat] = newValue
            case .table(let table, let seat): tables[table].seats[seat] = newValue
            }
        }
    }

    func label(of place: SeatPlace) -> String {
        switch place {
        case .row(let row, let seat): return "第\(rows[row].number)排第\(rows[row].seatNumbers[seat])座"
        case .table(let table, let seat): return "第\(tables[table].number)桌S\(seat)"
        }
    }
}
