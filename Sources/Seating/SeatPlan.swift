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
    public init(number: Int, seats: [String?]) {
        self.number = number
        self.seats = seats
    }
}

/// One table of a banquet or talks zone: person ids by seat S0…Sn-1 in the table frame.
public struct SeatTable: Sendable, Equatable {
    /// 1 = main table.
    public var number: Int
    public var seats: [String?]
    public init(number: Int, seats: [String?]) {
        self.number = number
        self.seats = seats
    }
}

/// A seated zone: rows (room frame) or tables (table frame).
public struct SeatedZone: Sendable {
    public var name: String
    public var kind: ZoneKind
    public var frame: SeatFrame
    public var rows: [SeatRow]
    public var tables: [SeatTable]
    public init(name: String, kind: ZoneKind, frame: SeatFrame, rows: [SeatRow] = [], tables: [SeatTable] = []) {
        self.name = name
        self.kind = kind
        self.frame = frame
        self.rows = rows
        self.tables = tables
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
    public init(meetingID: String, zones: [SeatedZone]) {
        self.meetingID = meetingID
        self.zones = zones
    }

    /// Every seated person id, zone by zone, in seating order.
    public var seatingOrder: [String] { zones.flatMap(\.seatingOrder) }
}
