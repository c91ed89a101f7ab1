import MeetingPlan

/// What the assignment decided: each group's members, each room's occupants, each meal's
/// tables and each trip's vehicles, with the reason for every placement.
public struct LogisticsPlan: Sendable {
    public var groups: [AssignedGroup] = []
    public var rooms: [AssignedRoom] = []
    public var meals: [AssignedMeal] = []
    public var trips: [AssignedTrip] = []
    /// Why each person was placed where they are, in placement order.
    public var placements: [Placement] = []
    /// Everyone of the plan in 报到 order: unit (as `units` lists them), then precedence.
    public var registrationOrder: [String] = []
    /// What the assignment could do but should be looked at (LOG110: staff not listed as people).
    public var warnings: [Diagnostic] = []

    public init() {}

    /// Nights lodged by everyone (人天数 for the cost rules).
    public var personNights: Int { rooms.reduce(0) { $0 + $1.nights.values.reduce(0) { $0 + $1.count } } }

    /// Meals served, counted per person (table seats and buffet counts).
    public var personMeals: Int { meals.reduce(0) { $0 + $1.count } }
}

public struct AssignedGroup: Sendable, Equatable {
    public var id: String
    public var name: String
    public var place: String?
    public var convener: String?
    public var deputy: String?
    public var liaison: String?
    /// Convener first, then deputy, then by precedence.
    public var members: [String]
}

public struct AssignedRoom: Sendable, Equatable {
    public var hotelID: String
    public var hotelName: String
    /// The room number, or the type and a running number (单间3) for counted rooms.
    public var label: String
    public var type: RoomType
    public var occupants: [String]
    /// Each occupant's nights.
    public var nights: [String: [LocalDate]]

    /// `hotel/room`: identifies the room across plan versions.
    public var key: String { "\(hotelID)/\(label)" }
}

public struct AssignedMeal: Sendable {
    public var meal: MealSpec
    /// Numbered tables (1 = nearest the head of the room), for `style: table`; empty for buffets.
    public var tables: [[String]]
    /// Everyone fed at this meal.
    public var count: Int
}

public struct AssignedTrip: Sendable {
    public var trip: Trip
    /// Vehicles in filling order with their passengers; unused vehicles are left out.
    public var vehicles: [(vehicle: VehicleSpec, passengers: [String])]
    /// People of the trip who travel in their own cars (`own_car_from`).
    public var ownCars: [String]
}

/// Each person's group, room, meal tables and vehicles by person id: the assignment holds people
/// by place, the slips, the workbook and the change detection ask by person (3,000 people ×
/// 12 meals would be too many scans).
public struct LogisticsLookup: Sendable {
    private let groupOf: [String: AssignedGroup]
    private let roomOf: [String: AssignedRoom]
    /// Per meal id, each person's table number; per trip id, each person's vehicle.
    private let tableOf: [String: [String: Int]]
    private let vehicleOf: [String: [String: VehicleSpec]]

    public init(_ logistics: LogisticsPlan) {
        groupOf = Dictionary(logistics.groups.flatMap { group in group.members.map { ($0, group) } }, uniquingKeysWith: { a, _ in a })
        roomOf = Dictionary(logistics.rooms.flatMap { room in room.occupants.map { ($0, room) } }, uniquingKeysWith: { a, _ in a })
        tableOf = Dictionary(logistics.meals.map { meal in
            (meal.meal.id, Dictionary(meal.tables.enumerated().flatMap { number, table in table.map { ($0, number + 1) } }, uniquingKeysWith: { a, _ in a }))
        }, uniquingKeysWith: { a, _ in a })
        vehicleOf = Dictionary(logistics.trips.map { trip in
            (trip.trip.id, Dictionary(trip.vehicles.flatMap { load in load.passengers.map { ($0, load.vehicle) } }, uniquingKeysWith: { a, _ in a }))
        }, uniquingKeysWith: { a, _ in a })
    }

    public func group(of person: String) -> AssignedGroup? { groupOf[person] }
    public func room(of person: String) -> AssignedRoom? { roomOf[person] }
    /// The table number (1-based) at a seated meal.
    public func table(of person: String, meal: String) -> Int? { tableOf[meal]?[person] }
    /// The vehicle on a trip (nil for people in their own cars or not on the trip).
    public func vehicle(of person: String, trip: String) -> VehicleSpec? { vehicleOf[trip]?[person] }
}

/// One decision of the assignment, for `banhui plan` and `--explain`.
public struct Placement: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case group = "分组", room = "住宿", meal = "就餐", trip = "乘车"
    }
    public var person: String
    public var kind: Kind
    /// Where: `第一组`, `县宾馆 单间3`, `d1-lunch 第2桌`, `t1 粤A·12345`.
    public var place: String
    public var reason: String
}
