import MeetingPlan

/// What the engine needs from outside the plan: where layouts and stroke data are.
public struct SeatingEnvironment {
    /// The folder of built-in layouts (`layouts/`), if known.
    public var layoutsDirectory: String?
    public var files: FileReader

    public init(layoutsDirectory: String? = nil, files: FileReader = DiskFileReader()) {
        self.layoutsDirectory = layoutsDirectory
        self.files = files
    }
}

/// Seats the people of a plan zone by zone, as seating.md says.
public enum SeatingEngine {
    /// Throws `InputErrors` when the zones cannot be seated (too many people, nobody selected, …).
    public static func seat(_ plan: Plan, environment: SeatingEnvironment = SeatingEnvironment()) throws -> SeatPlan {
        let log = DiagnosticLog()
        var seated = Set<String>()
        var zones: [SeatedZone] = []
        for zone in plan.seating {
            let precedence = Precedence(units: plan.units, tiebreak: zone.tiebreak ?? plan.tiebreak)
            let people = precedence.sorted(select(zone, in: plan, excluding: seated))
            if people.isEmpty {
                log.error(SeatingCodes.selectsNobody, "座次区“\(zone.name)”没有选中任何人", at: zone.marks["people"])
                continue
            }
            seated.formUnion(people.map(\.id))
            let ids = people.map(\.id)
            switch zone.kind {
            case .rostrum, .hall, .photo:
                let capacities = zone.rows ?? [ids.count]
                guard capacities.reduce(0, +) >= ids.count else {
                    log.error(SeatingCodes.tooManyPeople, "座次区“\(zone.name)”有 \(ids.count) 人，但只有 \(capacities.reduce(0, +)) 个座位", at: zone.marks["rows"])
                    continue
                }
                var rows: [SeatRow] = []
                var remaining = ids[...]
                for (index, capacity) in capacities.enumerated() {
                    let rowPeople = Array(remaining.prefix(capacity))
                    remaining = remaining.dropFirst(rowPeople.count)
                    let seats: [String?]
                    if zone.kind == .hall {
                        seats = rowPeople.map { Optional($0) } + Array(repeating: nil, count: capacity - rowPeople.count)
                    } else {
                        seats = RostrumRow.arrange(rowPeople, even: zone.even, honour: zone.effectiveHonour, two: zone.two)
                    }
                    rows.append(SeatRow(number: index + 1, seats: seats))
                }
                zones.append(SeatedZone(name: zone.name, kind: zone.kind, frame: .room, rows: rows))
            case .banquet, .talks:
                let capacities = zone.tables ?? [ids.count]
                var tables: [SeatTable] = []
                var remaining = ids[...]
                for (index, capacity) in capacities.enumerated() {
                    let tablePeople = Array(remaining.prefix(capacity))
                    remaining = remaining.dropFirst(tablePeople.count)
                    var seats = [String?](repeating: nil, count: capacity)
                    for (rank, id) in tablePeople.enumerated() {
                        // Single-host order: S0, then alternately the main seat's right (Sn-1…) and left (S1…).
                        let seat = rank == 0 ? 0 : (rank % 2 == 1 ? capacity - (rank + 1) / 2 : rank / 2)
                        seats[seat] = id
                    }
                    tables.append(SeatTable(number: index + 1, seats: seats))
                }
                if !remaining.isEmpty {
                    log.error(SeatingCodes.tooManyPeople, "座次区“\(zone.name)”有 \(ids.count) 人，但只有 \(capacities.reduce(0, +)) 个座位", at: zone.marks["tables"])
                    continue
                }
                zones.append(SeatedZone(name: zone.name, kind: zone.kind, frame: .table, tables: tables))
            }
        }
        try log.throwIfErrors()
        return SeatPlan(meetingID: plan.meeting.id, zones: zones)
    }

    static func select(_ zone: ZoneSpec, in plan: Plan, excluding seated: Set<String>) -> [Person] {
        let explicit = Set(zone.hosts.map(\.id) + zone.guests.map(\.id))
        let chosen: [Person]
        switch zone.people {
        case .ids(let ids):
            let wanted = Set(ids.map(\.id))
            chosen = plan.people.filter { wanted.contains($0.id) }
        case .all, .none: chosen = plan.people
        case .rest: chosen = plan.people.filter { !seated.contains($0.id) && $0.role != .staff }
        case .role(let role): chosen = plan.people.filter { $0.role == role }
        case .unit(let unit): chosen = plan.people.filter { $0.unit == unit }
        }
        return chosen.filter { !explicit.contains($0.id) } + plan.people.filter { explicit.contains($0.id) }
    }
}

/// Rostrum row arrangement (reference rule 1.2), returned in the room frame.
public enum RostrumRow {
    /// `people` most senior first; returns the row left→right as the audience sees it.
    public static func arrange(_ people: [String], even: EvenRowPolicy, honour: Honour, two: TwoPersonPolicy) -> [String?] {
        let n = people.count
        guard n > 0 else { return [] }
        var seated: [String?]
        if n == 2 && two == .exception {
            seated = [people[0], people[1]]
        } else {
            let isEven = n % 2 == 0
            let seatCount = isEven && even == .single ? n + 1 : n
            let centre: Int
            switch (isEven, even) {
            case (false, _): centre = (n - 1) / 2
            case (true, .pairRight): centre = n / 2 - 1
            case (true, _): centre = n / 2
            }
            seated = [String?](repeating: nil, count: seatCount)
            for (index, id) in people.enumerated() {
                let k = index + 1
                let position: Int
                if k == 1 {
                    position = centre
                } else if isEven && even == .pairRight {
                    position = k % 2 == 0 ? centre + k / 2 : centre - (k - 1) / 2
                } else {
                    position = k % 2 == 0 ? centre - k / 2 : centre + (k - 1) / 2
                }
                seated[position] = id
            }
        }
        // `seated` is in the seated frame; the room frame is its mirror. International honour
        // mirrors the finished row.
        return honour == .left ? seated.reversed() : seated
    }
}

/// Diagnostic codes of the seating engine.
public enum SeatingCodes {
    public static let tooManyPeople = DiagnosticCode("SEAT001", "more people in a zone than it has seats", example: "rows: [5] with 6 people")
    public static let seatedTwice = DiagnosticCode("SEAT002", "a person seated in two zones", example: "P1 in 主席台 and in 台下")
    public static let unknownLayout = DiagnosticCode("SEAT003", "an unknown layout", example: "layout: no-such-hall")
    public static let selectsNobody = DiagnosticCode("SEAT004", "a zone's selector selects nobody", example: "people: {role: press} with no press")

    public static let catalogue = [tooManyPeople, seatedTwice, unknownLayout, selectsNobody]
}
