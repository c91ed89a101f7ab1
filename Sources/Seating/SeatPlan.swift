import MeetingPlan

/// The frame in which a zone's seats are listed (seating.md, "Frames of reference").
public enum SeatFrame: String, Sendable {
    /// Standing in the hall facing the rostrum; rows listed left→right.
    case room
    /// Plan view with the main door at the bottom; S0 the main seat, then clockwise.
    case table
}

/// One row of a rostrum, hall or photo zone: person ids left→right in the room frame, nil = empty.
public struct SeatRow: Sendable, Equatable {
    /// 1 = front row (nearest the rostrum; on the rostrum, the front row).
    public var number: Int
    public var seats: [String?]
    /// The grid column of each seat (aisles counted), for charts; 0, 1, 2 … without a layout.
    public var columns: [Int]
    /// The centre line as an index into `seats` (x.5 between two seats), for rows arranged
    /// around a centre (rostrum, photo); nil for hall rows.
    public var centreLine: Double?
    public init(number: Int, seats: [String?], columns: [Int]? = nil, centreLine: Double? = nil) {
        self.number = number
        self.seats = seats
        self.columns = columns ?? Array(seats.indices)
        self.centreLine = centreLine
    }
}

/// One table of a banquet or talks zone: person ids by seat S0…Sn-1 in the table frame.
public struct SeatTable: Sendable, Equatable {
    /// 1 = main table.
    public var number: Int
    public var seats: [String?]
    /// Where the table stands on the drawing (door at the layout's `door` side), if known.
    public var position: (x: Double, y: Double)?
    /// A long table (talks) rather than a round one: half the seats on the far side, half on
    /// the near side; `farStart` is S0's place on the far side, counted from the drawing's left.
    public var long: Bool
    public var farStart: Int
    public init(number: Int, seats: [String?], position: (x: Double, y: Double)? = nil, long: Bool = false, farStart: Int = 0) {
        self.number = number
        self.seats = seats
        self.position = position
        self.long = long
        self.farStart = farStart
    }

    public static func == (lhs: SeatTable, rhs: SeatTable) -> Bool {
        lhs.number == rhs.number && lhs.seats == rhs.seats && lhs.long == rhs.long && lhs.farStart == rhs.farStart
            && lhs.position?.x == rhs.position?.x && lhs.position?.y == rhs.position?.y
    }
}

/// Why a person sits where they sit (`banhui seat --explain`).
public struct SeatExplanation: Sendable, Equatable {
    public var personID: String
    /// The precedence key, readable: 排序, 职级, then the tie-breakers.
    public var precedence: String
    /// The rule that placed the person, and the seat.
    public var rule: String
    public init(personID: String, precedence: String, rule: String) {
        self.personID = personID
        self.precedence = precedence
        self.rule = rule
    }
}

/// A seated zone: rows (room frame) or tables (table frame).
public struct SeatedZone: Sendable {
    public var name: String
    public var kind: ZoneKind
    public var frame: SeatFrame
    public var rows: [SeatRow]
    public var tables: [SeatTable]
    /// One per seated person, in seating order.
    public var explanations: [SeatExplanation]
    /// The venue layout the zone was seated in, if it named one.
    public var layout: VenueLayout?
    public init(name: String, kind: ZoneKind, frame: SeatFrame, rows: [SeatRow] = [], tables: [SeatTable] = [],
                explanations: [SeatExplanation] = [], layout: VenueLayout? = nil) {
        self.name = name
        self.kind = kind
        self.frame = frame
        self.rows = rows
        self.tables = tables
        self.explanations = explanations
        self.layout = layout
    }

    /// Person ids in seating order: front row first, left→right in the room frame; tables by number, S0 first.
    public var seatingOrder: [String] {
        rows.flatMap { $0.seats.compactMap { $0 } } + tables.flatMap { $0.seats.compactMap { $0 } }
    }
}

/// The seating of a whole meeting: the output of the seating engine.
public struct SeatPlan: Sendable {
    public var meetingID: String
    public var zones: [SeatedZone]
    /// Every person of the plan, most senior first, by the plan's tie-breakers (the 签到表 order).
    public var precedenceOrder: [String]
    public init(meetingID: String, zones: [SeatedZone], precedenceOrder: [String]) {
        self.meetingID = meetingID
        self.zones = zones
        self.precedenceOrder = precedenceOrder
    }

    /// Every seated person id, zone by zone, in seating order.
    public var seatingOrder: [String] { zones.flatMap(\.seatingOrder) }
}
