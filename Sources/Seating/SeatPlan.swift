import MeetingPlan

/// The frame in which a zone's seats are listed (seating.md, "Frames of reference").
public enum SeatFrame: String, Sendable {
    /// Standing in the hall facing the rostrum; rows listed left→right.
    case room
    /// Plan view with the main door at the bottom; S0 the main seat, then clockwise.
    case table
}

/// One row of a rostrum, hall or photo zone: person ids left→right in the room frame, nil = empty.
/// It carries the row's geometry, computed once by the engine, from which every renderer (text,
/// SVG, 座次表, JSON) draws, so that they cannot disagree.
public struct SeatRow: Sendable, Equatable {
    /// 1 = front row (nearest the rostrum; on the rostrum, the front row); 0 = the seats behind
    /// the principals at talks (interpreters, note-takers).
    public var number: Int
    public var seats: [String?]
    /// The horizontal centre of each seat in seat widths, the zone's axis at 0 (seating.md): a
    /// row of 5 is −2…2, a row of 4 behind it −1.5…1.5; aisles of a layout widen the steps.
    public var x: [Double]
    /// Each seat's number in its venue row (1-based, room frame): what pins and labels name.
    public var seatNumbers: [Int]
    /// Seats of the venue row that stay empty beyond the listed ones (a layout row longer than
    /// its people) or that are closed (layout `x`) or held: drawn, never listed.
    public var spare: [SpareSeat]
    /// Seat numbers of the listed seats that are closed or held.
    public var closed: Set<Int>
    /// The centre line as an index into `seats` (x.5 between two seats), for rows arranged
    /// around a centre (rostrum, photo); nil for hall rows.
    public var centreLine: Double?
    /// Row 0 at talks: whom each seat is behind.
    public var behind: [String?]

    public init(number: Int, seats: [String?], x: [Double]? = nil, seatNumbers: [Int]? = nil, spare: [SpareSeat] = [],
                closed: Set<Int> = [], centreLine: Double? = nil, behind: [String?] = []) {
        self.number = number
        self.seats = seats
        self.x = x ?? seats.indices.map { Double($0) - Double(seats.count - 1) / 2 }
        self.seatNumbers = seatNumbers ?? seats.indices.map { $0 + 1 }
        self.spare = spare
        self.closed = closed
        self.centreLine = centreLine
        self.behind = behind
    }

    /// Every seat to draw, listed or spare, left→right.
    public var drawnSeats: [DrawnSeat] {
        let listed = seats.indices.map { DrawnSeat(x: x[$0], number: seatNumbers[$0], person: seats[$0], closed: closed.contains(seatNumbers[$0])) }
        return (listed + spare.map { DrawnSeat(x: $0.x, number: $0.number, person: nil, closed: $0.closed) }).sorted { $0.x < $1.x }
    }
}

/// A seat of a venue row that the row does not list.
public struct SpareSeat: Sendable, Equatable {
    public var x: Double
    public var number: Int
    public var closed: Bool
    public init(x: Double, number: Int, closed: Bool) {
        self.x = x
        self.number = number
        self.closed = closed
    }
}

/// One seat as a renderer draws it.
public struct DrawnSeat: Sendable, Equatable {
    public var x: Double
    public var number: Int
    public var person: String?
    public var closed: Bool
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
    /// The x of each aisle that runs front to back through every row (seat widths, axis 0).
    public var aisles: [Double]
    /// The order in which the zone's rules gave its seats out, when it is not a matter of the
    /// seats' geometry (banquet tables by their own pattern, talks by party); see `fillOrder`.
    var ruleOrder: [SeatPlace]? = nil
    public init(name: String, kind: ZoneKind, frame: SeatFrame, rows: [SeatRow] = [], tables: [SeatTable] = [],
                explanations: [SeatExplanation] = [], layout: VenueLayout? = nil, aisles: [Double] = []) {
        self.aisles = aisles
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
        rows.filter { $0.number > 0 }.flatMap { $0.seats.compactMap { $0 } } + tables.flatMap { $0.seats.compactMap { $0 } }
            + rows.filter { $0.number == 0 }.flatMap { $0.seats.compactMap { $0 } }
    }

    /// Rows as seated (row 0, the seats behind at talks, left out).
    public var seatedRows: [SeatRow] { rows.filter { $0.number > 0 } }

    /// The row of seats behind the principals at talks, if any.
    public var behindRow: SeatRow? { rows.first { $0.number == 0 } }
}

/// The seating of a whole meeting: the output of the seating engine.
public struct SeatPlan: Sendable {
    public var meetingID: String
    public var zones: [SeatedZone]
    /// Every person of the plan, most senior first, by the plan's tie-breakers.
    public var precedenceOrder: [String]
    /// Protocol warnings (a pin or swap that seats someone ahead of a more senior person).
    public var warnings: [Diagnostic]
    public init(meetingID: String, zones: [SeatedZone], precedenceOrder: [String], warnings: [Diagnostic] = []) {
        self.meetingID = meetingID
        self.zones = zones
        self.precedenceOrder = precedenceOrder
        self.warnings = warnings
    }

    /// Every seated person id, zone by zone, in seating order.
    public var seatingOrder: [String] { zones.flatMap(\.seatingOrder) }
}
