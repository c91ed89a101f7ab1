import Foundation

/// One meeting plan, loaded and checked: the input of seating, documents and quotas.
public struct Plan: Sendable {
    /// The plan file's path as the user gave it (used in diagnostics).
    public var file: String
    public var version: Int
    public var meeting: Meeting
    public var units: [String]
    public var people: [Person] {
        didSet { index = PeopleIndex() }
    }
    /// `peopleByID`, built the first time it is asked for after `people` last changed: seating,
    /// logistics and the documents all look people up by id, on plans of thousands.
    private var index = PeopleIndex()
    public var ranks: RankTable
    public var tiebreak: [TieBreaker]
    public var seating: [ZoneSpec]
    public var agenda: [AgendaItem]
    public var schedule: [ScheduleSlot]
    public var notice: NoticeSpec?
    /// `cards: {zones: [主席台]}`: the zones whose people get 桌签; nil = every zone.
    public var cardZones: [String]?
    /// `signin: {blank_rows: N}`: empty rows at the end of the 签到表 for walk-ins.
    public var signInBlankRows: Int
    /// `signin: {per: session}`: a 签到表 for each session that lists zones (and one for the
    /// plenary's zones) instead of one for the whole meeting.
    public var signInPerSession = false
    public var marks: Marks
    /// 分组讨论, 住宿, 就餐, 乘车, 报到 (logistics.md); empty when the plan has none.
    public var logistics = LogisticsSpec()

    public init(file: String, version: Int = 1, meeting: Meeting, units: [String] = [], people: [Person] = [],
                ranks: RankTable = .standard, tiebreak: [TieBreaker] = TieBreaker.standard, seating: [ZoneSpec] = [],
                agenda: [AgendaItem] = [], schedule: [ScheduleSlot] = [], notice: NoticeSpec? = nil,
                cardZones: [String]? = nil, signInBlankRows: Int = 0, marks: Marks = Marks(SourceLocation(file: ""))) {
        self.cardZones = cardZones
        self.signInBlankRows = signInBlankRows
        self.file = file
        self.version = version
        self.meeting = meeting
        self.units = units
        self.people = people
        self.ranks = ranks
        self.tiebreak = tiebreak
        self.seating = seating
        self.agenda = agenda
        self.schedule = schedule
        self.notice = notice
        self.marks = marks
    }

    /// The person with an id, if any.
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    /// Each person by id (the first of two with one id).
    public var peopleByID: [String: Person] { index.byID(people) }

    /// The people with these ids, in their order; ids the plan has no person for are left out.
    /// Room for all is reserved first: a `Person` is large, and growing an array of thousands by
    /// doubling copied them at every step. Inlinable, so that callers in other modules get it
    /// specialized for their collection (unspecialized, stepping through the ids and moving each
    /// `Person` through the generic witnesses cost as much again as looking them up).
    @inlinable
    public func people<IDs: Collection<String>>(withIDs ids: IDs) -> [Person] {
        let byID = peopleByID
        var found: [Person] = []
        found.reserveCapacity(ids.count)
        for id in ids {
            if let person = byID[id] { found.append(person) }
        }
        return found
    }

    /// Delegates: people other than staff, or `expected_attendance` when the plan has no people.
    public var delegateCount: Int {
        people.isEmpty ? (meeting.expectedAttendance ?? 0) : people.filter { $0.role != .staff }.count
    }

    /// Staff: `meeting.staff` plus people with `role: staff`.
    public var staffCount: Int { (meeting.staff ?? 0) + people.filter { $0.role == .staff }.count }
}

/// The lazily built id → person dictionary a `Plan` shares between its copies until `people` changes.
private final class PeopleIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [String: Person]?

    func byID(_ people: [Person]) -> [String: Person] {
        lock.withLock {
            if let built { return built }
            // Sized once: growing it rehashed and moved every `Person` value at each doubling.
            var made = [String: Person](minimumCapacity: people.count)
            for person in people where made[person.id] == nil { made[person.id] = person }
            built = made
            return made
        }
    }
}

/// `signin: {per: …}`: one 签到表 for the whole meeting, or one per session.
public enum SignInScope: String, CaseIterable, Sendable {
    case meeting, session
}
