public enum ZoneKind: String, CaseIterable, Sendable {
    case rostrum, hall, banquet, talks, photo
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
    case single
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

public enum BanquetPattern: String, CaseIterable, Sendable {
    case dualHost = "dual-host"
    case singleHost = "single-host"
}

/// Who is seated in a zone.
public enum PeopleSelector: Sendable {
    /// Person ids, each with where it was written.
    case ids([(id: String, location: SourceLocation)])
    case all
    /// Everybody not seated in an earlier zone.
    case rest
    case role(PersonRole)
    case unit(String)
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
    public var marks: Marks

    public init(name: String, kind: ZoneKind, rows: [Int]? = nil, layout: String? = nil, tables: [Int]? = nil,
                people: PeopleSelector? = nil, honour: Honour? = nil, even: EvenRowPolicy = .pair,
                two: TwoPersonPolicy = .default, mode: HallMode = .rows, group: HallGrouping? = nil,
                pattern: BanquetPattern = .dualHost, hosts: [(id: String, location: SourceLocation)] = [],
                guests: [(id: String, location: SourceLocation)] = [], tiebreak: [TieBreaker]? = nil,
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
        self.marks = marks
    }

    /// The honour side in force: the zone's, or the kind's default (banquets 右高左低).
    public var effectiveHonour: Honour { honour ?? (kind == .banquet ? .right : .left) }
}
