import MeetingPlan

extension SeatedZone {
    /// Every seat of the zone in the order the zone's own rules give seats out, most senior
    /// first: the one notion of "ahead of" that SEAT101 and stable zones use.
    /// - rostrum, photo: rows front to back, each from the centre outward, the room frame's
    ///   right (the leaders' left) first at each distance;
    /// - hall, by `mode`: rows left→right from the front, 竖排 column by column, or each row
    ///   from the centre out, the left (room frame) first;
    /// - banquet: table 1 in the order of the zone's pattern (dual-host or single-host), then the
    ///   主位 of each further table a host heads (rule 4.1.6), then the other seats table by
    ///   table, each in the order of the pattern that table was seated by;
    /// - talks: the principals' seats host, guest, host, guest … as the rules gave them out.
    /// The aides' seats behind (row 0) are in no fill order.
    func fillOrder(spec: ZoneSpec) -> [SeatPlace] {
        if let ruleOrder { return ruleOrder }
        let all = rows.enumerated().filter { $0.element.number > 0 }.flatMap { index, row in row.seats.indices.map { SeatPlace.row(index, $0) } }
        func position(_ place: SeatPlace) -> (row: Int, seat: Int) {
            guard case .row(let row, let seat) = place else { return (0, 0) }
            return (row, seat)
        }
        switch kind {
        case .rostrum, .photo:
            return all.sorted { a, b in
                func key(_ place: SeatPlace) -> (Int, Int, Int) {
                    let (index, seat) = position(place)
                    let row = rows[index]
                    let distance = Double(seat) - (row.centreLine ?? Double(row.seats.count - 1) / 2)
                    return (row.number, Int((abs(distance) * 2).rounded()), distance > 0 ? 0 : 1)
                }
                return key(a) < key(b)
            }
        case .hall:
            switch spec.mode {
            case .rows:
                return all
            case .blocks:
                return all.sorted { a, b in
                    let (p, q) = (position(a), position(b))
                    return (rows[p.row].x[p.seat], p.row) < (rows[q.row].x[q.seat], q.row)
                }
            case .centreOut:
                return all.sorted { a, b in
                    func key(_ place: SeatPlace) -> (Int, Double, Int) {
                        let (row, seat) = position(place)
                        return (row, abs(Double(seat) - Double(rows[row].seats.count - 1) / 2), seat)
                    }
                    return key(a) < key(b)
                }
            }
        case .banquet, .talks:
            // Seated by their rules, which set `ruleOrder`; a zone built otherwise falls back to the
            // zone's pattern at every table.
            return tables.indices.flatMap { index in
                TableSeating.seatOrder(seats: tables[index].seats.count, pattern: spec.pattern, honour: spec.effectiveHonour)
                    .map { SeatPlace.table(index, $0) }
            }
        }
    }

    /// Per seated person, their seat's place in `fillOrder` (0 = the most senior seat).
    func fillRanks(spec: ZoneSpec) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (index, place) in fillOrder(spec: spec).enumerated() {
            if let id = self[place] { ranks[id] = index }
        }
        return ranks
    }
}

/// Who the rules seat ahead of whom in a zone, for SEAT101: its people in the order the rules
/// hand out the seats of `SeatedZone.fillOrder`. At a banquet only the main table's patterned
/// seats (主陪, 主宾 … rule 4.2) rank the two parties against each other; beyond them each party
/// is spread over the tables on its own, so a person is ranked against their own party there.
struct SeatingSequence {
    var people: [Person] = []
    /// Banquet parties: person id → host or guest side (nil: everyone is ranked against everyone).
    var party: [String: BanquetSpread.Side]? = nil
    /// How many people at the head of `people` the main table's pattern seats across both parties.
    var patterned = 0

    /// Whether the rules rank `rival` against `id` (both in `people`, `rival` earlier).
    func ranks(_ rival: Int, against id: Int) -> Bool {
        guard let party else { return true }
        return party[people[id].id] == party[people[rival].id] || id < patterned
    }
}
