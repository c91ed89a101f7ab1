import MeetingPlan

/// What the rules across meetings (MTG-COMPREHENSIVE-MAX, MTG-ROSTRUM-CONFLICT, the register
/// rules) need of each plan, kept while `quota` streams through a province's plans: per meeting a
/// few integers (its strings numbered once in one table, its dates packed, the location of `type`
/// as four numbers), and its rostrum seats in one flat array, a person being two numbers. Nothing
/// of a finding is kept here: messages across meetings are rendered from this index when the
/// report asks for them.
public struct MeetingIndex: Sendable {
    private(set) var strings = StringTable()
    private(set) var entries: [Entry] = []
    /// Every rostrum seat of every meeting, in the order the meetings were added.
    private(set) var seats: [Seat] = []

    struct Entry: Sendable {
        let id: Int32, file: Int32, title: Int32, organizer: Int32, system: Int32
        let type: MeetingType?
        let start: PackedDateTime, end: PackedDateTime
        let typeMark: StoredLocation
    }

    /// One person on one meeting's rostrum, located at the id that puts them there (or the zone's selector).
    struct Seat: Sendable {
        let meeting: Int32
        let name: Int32, unit: Int32
        let location: StoredLocation
        /// Same name and same unit: the same person (MTG-ROSTRUM-CONFLICT).
        var person: Int64 { Int64(name) << 32 | Int64(unit) }
    }

    public init() {}

    mutating func add(_ facts: MeetingFacts) {
        let meeting = facts.meeting
        let number = Int32(entries.count)
        entries.append(Entry(
            id: strings.number(facts.id), file: strings.number(facts.plan.file), title: strings.number(meeting.title),
            organizer: strings.number(meeting.organizer), system: strings.number(meeting.system), type: meeting.type,
            start: PackedDateTime(meeting.start), end: PackedDateTime(meeting.end),
            typeMark: StoredLocation(meeting.marks["type"], in: &strings)))
        for seat in RostrumRules.rostrumSeats(facts.plan) {
            seats.append(Seat(meeting: number, name: strings.number(seat.name), unit: strings.number(seat.unit),
                              location: StoredLocation(seat.location, in: &strings)))
        }
    }

    /// The meeting added `number`-th, with its strings and dates restored.
    subscript(number: Int32) -> MeetingSummary {
        let entry = entries[Int(number)]
        return MeetingSummary(id: strings[entry.id], file: strings[entry.file], title: strings[entry.title],
                              organizer: strings[optional: entry.organizer], system: strings[optional: entry.system],
                              type: entry.type, start: entry.start.value, end: entry.end.value,
                              typeMark: entry.typeMark.location(strings))
    }

    /// Every meeting, in the order added.
    public var summaries: LazyMapSequence<Range<Int32>, MeetingSummary> {
        (0..<Int32(entries.count)).lazy.map { self[$0] }
    }

    /// (id, file) of every meeting, in the order added.
    public var meetings: [(id: String, file: String)] {
        entries.map { (strings[$0.id], strings[$0.file]) }
    }

    func location(_ stored: StoredLocation) -> SourceLocation { stored.location(strings) }
    func string(_ number: Int32) -> String { strings[number] }
}

/// One meeting as the rules across meetings see it: restored from the index when a rule asks.
public struct MeetingSummary: Sendable {
    public let id: String
    public let file: String
    public let title: String
    public let organizer: String?
    public let system: String?
    public let type: MeetingType?
    public let start: LocalDateTime
    public let end: LocalDateTime
    /// Where `type` is written (the one key a finding across meetings points at).
    public let typeMark: SourceLocation
}

/// Strings numbered in the order first seen, each kept once however often it is added.
struct StringTable: Sendable {
    private var strings: [String] = []
    private var numbers: [String: Int32] = [:]

    mutating func number(_ string: String) -> Int32 {
        if let number = numbers[string] { return number }
        let number = Int32(strings.count)
        strings.append(string)
        numbers[string] = number
        return number
    }

    /// -1 for nil.
    mutating func number(_ string: String?) -> Int32 { string.map { number($0) } ?? -1 }

    subscript(number: Int32) -> String { strings[Int(number)] }
    subscript(optional number: Int32) -> String? { number < 0 ? nil : strings[Int(number)] }
}

/// A source location as four numbers: the file and key path numbered in a `StringTable`, -1 for none.
struct StoredLocation: Sendable {
    let file: Int32, line: Int32, column: Int32, path: Int32

    init(_ location: SourceLocation, in strings: inout StringTable) {
        file = strings.number(location.file)
        line = location.line.map { Int32(clamping: $0) } ?? -1
        column = location.column.map { Int32(clamping: $0) } ?? -1
        path = strings.number(location.path)
    }

    func location(_ strings: StringTable) -> SourceLocation {
        SourceLocation(file: strings[file], line: line < 0 ? nil : Int(line), column: column < 0 ? nil : Int(column),
                       path: strings[optional: path])
    }
}

/// A date and time in one integer, digits `yyyyMMddHHmm`, restored exactly as written.
struct PackedDateTime: Sendable {
    private let digits: Int

    init(_ value: LocalDateTime) {
        digits = (((value.date.year * 100 + value.date.month) * 100 + value.date.day) * 100 + value.time.hour) * 100 + value.time.minute
    }

    var value: LocalDateTime {
        LocalDateTime(date: LocalDate(year: digits / 100_000_000, month: digits / 1_000_000 % 100, day: digits / 10_000 % 100),
                      time: LocalTime(hour: digits / 100 % 100, minute: digits % 100))
    }
}
