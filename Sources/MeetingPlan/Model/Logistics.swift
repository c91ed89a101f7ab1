/// The plan's logistics sections (logistics.md): 分组讨论, 住宿, 就餐, 乘车, 报到, staff contacts and
/// the 会议指南's notes. Every section is optional; an empty value means the plan has none.
public struct LogisticsSpec: Sendable {
    public var groups: [GroupSpec]
    public var groupAssign: GroupAssign?
    public var lodging: LodgingSpec?
    public var meals: [MealSpec]
    public var transport: TransportSpec?
    public var registration: Registration?
    public var staffContacts: [StaffContact]
    public var handbookNotes: [String]
    public var marks: Marks

    public init(groups: [GroupSpec] = [], groupAssign: GroupAssign? = nil, lodging: LodgingSpec? = nil, meals: [MealSpec] = [],
                transport: TransportSpec? = nil, registration: Registration? = nil, staffContacts: [StaffContact] = [],
                handbookNotes: [String] = [], marks: Marks = Marks(SourceLocation(file: ""))) {
        self.groups = groups
        self.groupAssign = groupAssign
        self.lodging = lodging
        self.meals = meals
        self.transport = transport
        self.registration = registration
        self.staffContacts = staffContacts
        self.handbookNotes = handbookNotes
        self.marks = marks
    }

    /// True when the plan has no logistics section at all (it behaves as before them).
    public var isEmpty: Bool {
        groups.isEmpty && groupAssign == nil && lodging == nil && meals.isEmpty && transport == nil && registration == nil
            && staffContacts.isEmpty && handbookNotes.isEmpty
    }

    /// The plan has something to assign: groups, rooms, meals or trips.
    public var hasAssignments: Bool { hasGroups || lodging != nil || !meals.isEmpty || transport != nil }

    /// The plan has 分组讨论, listed or assigned.
    public var hasGroups: Bool { !groups.isEmpty || groupAssign != nil }
}

/// Who a group or trip takes: ids, whole units, roles, everyone not in another group, or all.
public enum PeopleChoice: Sendable, Equatable {
    case ids([String])
    case units([String])
    case roles([PersonRole])
    /// Everyone attending who is in no other group (groups only; at most one group).
    case rest
    /// Everyone attending (trips).
    case all
}

/// One 分组讨论 group.
public struct GroupSpec: Sendable {
    public var id: String
    public var name: String
    /// 召集人, 副召集人, 联络员: members of the group.
    public var convener: String?
    public var deputy: String?
    public var liaison: String?
    public var place: String?
    public var members: PeopleChoice
    /// A `talks` or `hall` zone that seats the group's room.
    public var zone: String?
    public var marks: Marks

    public init(id: String, name: String, convener: String? = nil, deputy: String? = nil, liaison: String? = nil,
                place: String? = nil, members: PeopleChoice, zone: String? = nil, marks: Marks) {
        self.id = id
        self.name = name
        self.convener = convener
        self.deputy = deputy
        self.liaison = liaison
        self.place = place
        self.members = members
        self.zone = zone
        self.marks = marks
    }
}

/// `group_assign`: split everyone into `count` groups automatically.
public struct GroupAssign: Sendable {
    public enum By: String, CaseIterable, Sendable { case unit }
    public enum Balance: String, CaseIterable, Sendable { case rank }
    public var count: Int
    public var by: By
    public var balance: Balance
    /// Group names (第一组, 第二组, … by default) and places, by group number.
    public var places: [String]
    public var stable: Bool
    public var marks: Marks

    public init(count: Int, by: By = .unit, balance: Balance = .rank, places: [String] = [], stable: Bool = false, marks: Marks) {
        self.count = count
        self.by = by
        self.balance = balance
        self.places = places
        self.stable = stable
        self.marks = marks
    }
}

public enum RoomType: String, CaseIterable, Sendable {
    case single, double

    public var label: String { self == .single ? "单间" : "标间" }
    public var beds: Int { self == .single ? 1 : 2 }
}

/// A room of a hotel: numbered when the plan lists it, otherwise only counted by type.
public struct HotelRoom: Sendable, Equatable {
    public var number: String?
    public var type: RoomType
    public init(number: String?, type: RoomType) {
        self.number = number
        self.type = type
    }
}

public struct Hotel: Sendable {
    public var id: String
    public var name: String
    public var address: String?
    public var phone: String?
    /// Rooms in assignment order: listed rooms as written, counted rooms singles first.
    public var rooms: [HotelRoom]
    public var marks: Marks

    public init(id: String, name: String, address: String? = nil, phone: String? = nil, rooms: [HotelRoom], marks: Marks) {
        self.id = id
        self.name = name
        self.address = address
        self.phone = phone
        self.rooms = rooms
        self.marks = marks
    }
}

/// `lodging:` 住宿.
public struct LodgingSpec: Sendable {
    public var hotels: [Hotel]
    /// This rank level and above (lower numbers) get a single room; nil = nobody by rank.
    public var singleFromLevel: Int?
    public var singleFrom: String?
    /// The nights lodged (each date is the evening of that day); nil = from the schedule.
    public var nights: [LocalDate]?
    public var excludeUnits: [String]
    public var stable: Bool
    public var marks: Marks

    public init(hotels: [Hotel], singleFromLevel: Int? = nil, singleFrom: String? = nil, nights: [LocalDate]? = nil,
                excludeUnits: [String] = [], stable: Bool = false, marks: Marks) {
        self.hotels = hotels
        self.singleFromLevel = singleFromLevel
        self.singleFrom = singleFrom
        self.nights = nights
        self.excludeUnits = excludeUnits
        self.stable = stable
        self.marks = marks
    }
}

/// One meal (就餐).
public struct MealSpec: Sendable {
    public enum Style: String, CaseIterable, Sendable { case table, buffet }
    public enum By: String, CaseIterable, Sendable { case group, unit }
    public var id: String
    public var date: LocalDate
    /// 早餐, 午餐, 晚餐 …
    public var meal: String
    public var time: LocalTime?
    public var place: String?
    public var style: Style
    public var tableSize: Int
    /// Number of tables the room has; nil = as many as needed.
    public var tables: Int?
    public var by: By
    public var marks: Marks

    public init(id: String, date: LocalDate, meal: String, time: LocalTime? = nil, place: String? = nil, style: Style,
                tableSize: Int = 10, tables: Int? = nil, by: By = .unit, marks: Marks) {
        self.id = id
        self.date = date
        self.meal = meal
        self.time = time
        self.place = place
        self.style = style
        self.tableSize = tableSize
        self.tables = tables
        self.by = by
        self.marks = marks
    }
}

public struct VehicleSpec: Sendable {
    public var id: String
    public var plate: String?
    /// Seats including the driver's.
    public var seats: Int
    public var driver: String?
    public var phone: String?
    public var marks: Marks

    public init(id: String, plate: String? = nil, seats: Int, driver: String? = nil, phone: String? = nil, marks: Marks) {
        self.id = id
        self.plate = plate
        self.seats = seats
        self.driver = driver
        self.phone = phone
        self.marks = marks
    }

    /// Places for passengers: the driver's seat is not one, and in a car (7 seats or fewer) the
    /// front passenger seat is kept for staff or an aide.
    public var passengerPlaces: Int { max(0, seats - 1 - (seats <= 7 ? 1 : 0)) }
}

public struct Trip: Sendable {
    public var id: String
    public var time: LocalDateTime
    public var from: String?
    public var to: String?
    public var people: PeopleChoice
    public var by: MealSpec.By
    /// The vehicles used, in filling order; nil = every vehicle of the plan.
    public var vehicles: [String]?
    public var marks: Marks

    public init(id: String, time: LocalDateTime, from: String? = nil, to: String? = nil, people: PeopleChoice = .all,
                by: MealSpec.By = .unit, vehicles: [String]? = nil, marks: Marks) {
        self.id = id
        self.time = time
        self.from = from
        self.to = to
        self.people = people
        self.by = by
        self.vehicles = vehicles
        self.marks = marks
    }
}

/// `transport:` 乘车.
public struct TransportSpec: Sendable {
    public var vehicles: [VehicleSpec]
    public var trips: [Trip]
    /// This rank level and above travel in their own cars.
    public var ownCarFromLevel: Int?
    public var ownCarFrom: String?
    public var stable: Bool
    public var marks: Marks

    public init(vehicles: [VehicleSpec], trips: [Trip], ownCarFromLevel: Int? = nil, ownCarFrom: String? = nil, stable: Bool = false, marks: Marks) {
        self.vehicles = vehicles
        self.trips = trips
        self.ownCarFromLevel = ownCarFromLevel
        self.ownCarFrom = ownCarFrom
        self.stable = stable
        self.marks = marks
    }
}

/// `registration:` where and when to 报到.
public struct Registration: Sendable {
    public var date: LocalDate
    public var start: LocalTime?
    public var end: LocalTime?
    public var place: String?
    public var phone: String?

    public init(date: LocalDate, start: LocalTime? = nil, end: LocalTime? = nil, place: String? = nil, phone: String? = nil) {
        self.date = date
        self.start = start
        self.end = end
        self.place = place
        self.phone = phone
    }
}

public struct StaffContact: Sendable {
    public var duty: String
    public var name: String
    public var phone: String?

    public init(duty: String, name: String, phone: String? = nil) {
        self.duty = duty
        self.name = name
        self.phone = phone
    }
}

/// A person's own lodging and travel facts (person keys and roster columns, the 回执's 是否住宿,
/// 抵达时间, 离开时间) and pins.
public struct PersonStay: Sendable, Equatable {
    /// false: not lodged; true: lodged even when the unit is excluded; nil: as the plan says.
    public var lodging: Bool?
    public var arrive: LocalDateTime?
    public var leave: LocalDateTime?
    /// Pins: a hotel id, and a room number or type (`single`, `double`).
    public var hotel: String?
    public var room: String?

    public init(lodging: Bool? = nil, arrive: LocalDateTime? = nil, leave: LocalDateTime? = nil, hotel: String? = nil, room: String? = nil) {
        self.lodging = lodging
        self.arrive = arrive
        self.leave = leave
        self.hotel = hotel
        self.room = room
    }
}
