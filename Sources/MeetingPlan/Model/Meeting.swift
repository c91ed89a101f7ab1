public enum MeetingLevel: String, CaseIterable, Sendable, Comparable {
    case national, provincial, municipal, county, township, unit

    /// 0 = national (highest) … 5 = unit (lowest).
    public var depth: Int { MeetingLevel.allCases.firstIndex(of: self)! }
    public static func < (lhs: MeetingLevel, rhs: MeetingLevel) -> Bool { lhs.depth < rhs.depth }
}

public enum OrganizerKind: String, CaseIterable, Sendable {
    case partyCommittee = "party_committee", government, department
    case centralStateOrgan = "central_state_organ", other
}

public enum MeetingType: String, CaseIterable, Sendable {
    case comprehensiveWork = "comprehensive_work"
    case departmentWorkConference = "department_work_conference"
    case business
    case specialTopic = "special_topic"
    case relayDeploy = "relay_deploy"
    case seminar
}

public enum MeetingMode: String, CaseIterable, Sendable {
    case onsite, video, hybrid
}

public struct Venue: Sendable, Hashable {
    public var name: String?
    public var address: String?
    public var city: String?
    public var scenicArea: Bool
    public var star: Int?
    public var location: SourceLocation

    public init(name: String? = nil, address: String? = nil, city: String? = nil, scenicArea: Bool = false,
                star: Int? = nil, location: SourceLocation = SourceLocation(file: "")) {
        self.name = name
        self.address = address
        self.city = city
        self.scenicArea = scenicArea
        self.star = star
        self.location = location
    }
}

public struct Approval: Sendable, Hashable {
    public var by: String?
    public var date: LocalDate?
    public var ref: String?

    public init(by: String? = nil, date: LocalDate? = nil, ref: String? = nil) {
        self.by = by
        self.date = date
        self.ref = ref
    }
}

/// Planned 元 per person per day.
public struct Costs: Sendable, Hashable {
    public var lodging: Double?
    public var meals: Double?
    public var other: Double?

    public init(lodging: Double? = nil, meals: Double? = nil, other: Double? = nil) {
        self.lodging = lodging
        self.meals = meals
        self.other = other
    }

    public var total: Double { (lodging ?? 0) + (meals ?? 0) + (other ?? 0) }
}

/// The `meeting:` section of a plan.
public struct Meeting: Sendable {
    public var id: String
    public var title: String
    public var organizer: String?
    public var level: MeetingLevel?
    public var organizerKind: OrganizerKind?
    public var type: MeetingType?
    public var system: String?
    public var category: Int?
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var timezone: String
    public var venue: Venue?
    public var mode: MeetingMode
    public var groupDiscussion: Bool
    public var inAnnualPlan: Bool?
    public var approval: Approval?
    public var reaches: [MeetingLevel]
    public var staff: Int?
    public var expectedAttendance: Int?
    public var costs: Costs?
    /// `revision:`, the plan's version number, when the plan gives one (the calendar's SEQUENCE).
    public var revision: Int?
    /// Where each key of `meeting:` was written (for findings that point at a value).
    public var marks: Marks

    public init(id: String, title: String, organizer: String? = nil, level: MeetingLevel? = nil,
                organizerKind: OrganizerKind? = nil, type: MeetingType? = nil, system: String? = nil,
                category: Int? = nil, start: LocalDateTime, end: LocalDateTime, timezone: String = "Asia/Shanghai",
                venue: Venue? = nil, mode: MeetingMode = .onsite, groupDiscussion: Bool = false,
                inAnnualPlan: Bool? = nil, approval: Approval? = nil, reaches: [MeetingLevel] = [],
                staff: Int? = nil, expectedAttendance: Int? = nil, costs: Costs? = nil, revision: Int? = nil,
                marks: Marks = Marks(SourceLocation(file: ""))) {
        self.id = id
        self.title = title
        self.organizer = organizer
        self.level = level
        self.organizerKind = organizerKind
        self.type = type
        self.system = system
        self.category = category
        self.start = start
        self.end = end
        self.timezone = timezone
        self.venue = venue
        self.mode = mode
        self.groupDiscussion = groupDiscussion
        self.inAnnualPlan = inAnnualPlan
        self.approval = approval
        self.reaches = reaches
        self.staff = staff
        self.expectedAttendance = expectedAttendance
        self.costs = costs
        self.revision = revision
        self.marks = marks
    }
}

/// The locations of a mapping and of each of its keys' values.
public struct Marks: Sendable {
    public var own: SourceLocation
    public var keys: [String: SourceLocation]

    public init(_ own: SourceLocation, keys: [String: SourceLocation] = [:]) {
        self.own = own
        self.keys = keys
    }

    /// The value's location for `key`, or the mapping's own when the key is absent.
    public subscript(key: String) -> SourceLocation { keys[key] ?? own }
}
