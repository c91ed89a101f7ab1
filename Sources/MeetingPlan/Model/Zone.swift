public enum ZoneKind: String, CaseIterable, Sendable {
    case rostrum, hall, banquet, talks, photo
}

/// What a person can be seated at only once. The rostrum and the hall are one plenary session
/// (a leader on the rostrum has no hall seat); each banquet, talks or photo zone is an event of
/// its own, so the same leader may sit on the rostrum, at the banquet and in the photo. A
/// schedule slot's `zones:` make a session of their own: its rostrum and hall are one event, apart
/// from the plenary's, so the same person sits in the 预备会议 and in the 全体会议. A group's
/// room (`groups[].zone`) is an event of its own too.
public enum SeatingEvent: Hashable, Sendable {
    case plenary
    /// The rostrum and hall zones of the schedule slot with this id.
    case session(String)
    /// The zone at this index of `seating:`.
    case zone(Int)

    /// The event of each zone of `zones`, in order: `sessions` are the schedule slots (a zone a
    /// slot's `zones:` names belongs to that slot's session), `groupZones` the zones groups meet in.
    public static func events(of zones: [ZoneSpec], schedule: [ScheduleSlot], groupZones: Set<String>) -> [SeatingEvent] {
        var sessionOf: [String: String] = [:]
        for slot in schedule {
            guard let id = slot.id else { continue }
            for zone in slot.zones where sessionOf[zone] == nil { sessionOf[zone] = id }
        }
        return zones.enumerated().map { index, zone in
            guard zone.kind == .rostrum || zone.kind == .hall, !groupZones.contains(zone.name) else { return .zone(index) }
            return sessionOf[zone.name].map(SeatingEvent.session) ?? .plenary
        }
    }

    /// The rule, for messages about a person seated twice.
    public static let rule = "主席台和台下同属全体会议，每人只安排一个座位；每个宴会、会见会谈、合影座次区各自单独安排，区内每人一个座位"
}

public enum Honour: String, CaseIterable, Sendable {
    /// 以左为尊 (domestic; default for rostrum, hall, photo).
    case left
    /// 以右为尊 (international; default for banquets, 右高左低).
    case right
}

public enum EvenRowPolicy: String, CaseIterable, Sendable {
    case pair
    case pairRight = "pair-right"
    /// 单中心 with one empty end seat (variant C of the reference).
    case single
    /// 单中心 without the empty seat: the order of `pair`, the chart centres 1 (TC-10).
    case singleTight = "single-tight"
}

public enum TwoPersonPolicy: String, CaseIterable, Sendable {
    case `default`, exception
}

public enum HallMode: String, CaseIterable, Sendable {
    case rows, blocks
    case centreOut = "centre-out"
}

public enum HallGrouping: String, CaseIterable, Sendable {
    case unit, none
}

/// How the two parties of a talks zone sit.
public enum TalksArrangement: String, CaseIterable, Sendable {
    /// 对坐式: guests on the far side facing the door, hosts opposite.
    case facing
    /// 并列式 (会见): principals side by side facing the door, each party on its own side.
    case sideBySide = "side-by-side"
}

/// Where interpreters sit at 会谈 (rule 3.1.5 of the reference).
public enum InterpreterPlace: String, CaseIterable, Sendable {
    /// 外事 custom: the host's interpreter at the host 主谈's right, the guest's at the main guest's left.
    case beside
    /// Behind their principals (some countries' custom), with the note-takers.
    case behind
}

/// A seat of a zone as the plan names it: a row and seat (rostrum, hall, photo; both 1-based,
/// room frame, as in the JSON) or a table and its S-index (banquet).
public enum ZoneSeat: Hashable, Sendable, CustomStringConvertible {
    case row(SeatAddress)
    case table(Int, seat: Int)

    /// `第2排第5座`, `第2桌S0`, for messages.
    public var description: String {
        switch self {
        case .row(let address): return "第\(address.row)排第\(address.seat)座"
        case .table(let table, let seat): return "第\(table)桌S\(seat)"
        }
    }
}

/// `pins:` one person on one seat, as the office decided (指定座位).
public struct SeatPin: Sendable {
    public var person: String
    public var seat: ZoneSeat
    public var location: SourceLocation
    public init(person: String, seat: ZoneSeat, location: SourceLocation) {
        self.person = person
        self.seat = seat
        self.location = location
    }
}

/// `hold:` a seat kept empty (a late guest, a camera).
public struct SeatHold: Sendable {
    public var seat: ZoneSeat
    public var location: SourceLocation
    public init(seat: ZoneSeat, location: SourceLocation) {
        self.seat = seat
        self.location = location
    }
}

/// `swap:` two people who exchange seats after the zone is seated.
public struct SeatSwap: Sendable {
    public var first: String
    public var second: String
    public var location: SourceLocation
    public init(first: String, second: String, location: SourceLocation) {
        self.first = first
        self.second = second
        self.location = location
    }
}

/// A hall seat by row and seat number (both 1-based, seats counted left→right in the room frame).
public struct SeatAddress: Hashable, Sendable {
    public var row: Int
    public var seat: Int
    public init(row: Int, seat: Int) {
        self.row = row
        self.seat = seat
    }
}

public enum BanquetPattern: String, CaseIterable, Sendable {
    case dualHost = "dual-host"
    case singleHost = "single-host"
}

/// Who is seated in a zone.
public enum PeopleSelector: Sendable {
    /// Person ids, each with where it was written.
    case ids([(id: String, location: SourceLocation)])
    case all
    /// Everybody (staff excepted) not seated earlier in the same event: in a hall, everybody not
    /// on the rostrum or in an earlier hall zone.
    case rest
    case role(PersonRole)
    /// A unit's people, with where the unit was written.
    case unit(String, location: SourceLocation)
}

/// One `seating:` zone as written in the plan.
public struct ZoneSpec: Sendable {
    public var name: String
    public var kind: ZoneKind
    /// Seats per row (rostrum, hall, photo), front row first.
    public var rows: [Int]?
    /// A built-in layout name or a path (relative to the plan file).
    public var layout: String?
    /// Seats per table (banquet, talks).
    public var tables: [Int]?
    public var people: PeopleSelector?
    public var honour: Honour?
    public var even: EvenRowPolicy
    public var two: TwoPersonPolicy
    public var mode: HallMode
    public var group: HallGrouping?
    public var pattern: BanquetPattern
    public var hosts: [(id: String, location: SourceLocation)]
    public var guests: [(id: String, location: SourceLocation)]
    public var tiebreak: [TieBreaker]?
    /// Rule 1.1.6: two top leaders of equal rank leave the centre line between them.
    public var equalTopTwo: Bool
    /// TC-19 `roleStartsNewRow`: 列席 sit in hall rows of their own behind the 出席 (the plan's default).
    public var observersNewRow: Bool
    /// Seats kept empty (`hold:`, and the older `reserved:` of halls).
    public var holds: [SeatHold]
    public var pins: [SeatPin]
    public var swaps: [SeatSwap]
    /// Banquet: the host side's representative at the 主位 of a table, by table number.
    public var tableHosts: [Int: (id: String, location: SourceLocation)]
    /// Talks: the arrangement the plan asks for; nil = the layout's (a U or sofa room seats 并列式,
    /// a long table 对坐式), 对坐式 without a layout.
    public var arrangement: TalksArrangement?
    public var interpreters: InterpreterPlace
    /// `stable: true` (hall, banquet): after a change, people keep the seats of the previous
    /// seating and newcomers fill empty seats (changes.md).
    public var stable: Bool
    public var marks: Marks

    public init(name: String, kind: ZoneKind, rows: [Int]? = nil, layout: String? = nil, tables: [Int]? = nil,
                people: PeopleSelector? = nil, honour: Honour? = nil, even: EvenRowPolicy = .pair,
                two: TwoPersonPolicy = .default, mode: HallMode = .rows, group: HallGrouping? = nil,
                pattern: BanquetPattern = .dualHost, hosts: [(id: String, location: SourceLocation)] = [],
                guests: [(id: String, location: SourceLocation)] = [], tiebreak: [TieBreaker]? = nil,
                equalTopTwo: Bool = false, observersNewRow: Bool = false, holds: [SeatHold] = [], pins: [SeatPin] = [],
                swaps: [SeatSwap] = [], tableHosts: [Int: (id: String, location: SourceLocation)] = [:],
                arrangement: TalksArrangement? = nil, interpreters: InterpreterPlace = .beside, stable: Bool = false,
                marks: Marks = Marks(SourceLocation(file: ""))) {
        self.name = name
        self.kind = kind
        self.rows = rows
        self.layout = layout
        self.tables = tables
        self.people = people
        self.honour = honour
        self.even = even
        self.two = two
        self.mode = mode
        self.group = group
        self.pattern = pattern
        self.hosts = hosts
        self.guests = guests
        self.tiebreak = tiebreak
        self.equalTopTwo = equalTopTwo
        self.observersNewRow = observersNewRow
        self.holds = holds
        self.pins = pins
        self.swaps = swaps
        self.tableHosts = tableHosts
        self.arrangement = arrangement
        self.interpreters = interpreters
        self.stable = stable
        self.marks = marks
    }

    /// The honour side in force: the zone's, or the kind's default: 右高左低 for banquets, talks and
    /// a photo with a guest party (外事); 以左为尊 otherwise.
    public var effectiveHonour: Honour {
        if let honour { return honour }
        switch kind {
        case .banquet, .talks: return .right
        case .photo: return guests.isEmpty ? .left : .right
        case .rostrum, .hall: return .left
        }
    }
}
