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

    public init() {}

    /// The group a person belongs to.
    public func group(of person: String) -> AssignedGroup? { groups.first { $0.members.contains(person) } }

    /// The room a person sleeps in.
    public func room(of person: String) -> AssignedRoom? { rooms.first { $0.occupants.contains(person) } }

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

    public func table(of person: String) -> Int? { tables.firstIndex { $0.contains(person) }.map { $0 + 1 } }
}

public struct AssignedTrip: Sendable {
    public var trip: Trip
    /// Vehicles in filling order with their passengers; unused vehicles are left out.
    public var vehicles: [(vehicle: VehicleSpec, passengers: [String])]
    /// People of the trip who travel in their own cars (`own_car_from`).
    public var ownCars: [String]

    public func vehicle(of person: String) -> VehicleSpec? { vehicles.first { $0.passengers.contains(person) }?.vehicle }
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
