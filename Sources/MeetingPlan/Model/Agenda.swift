/// One item of the 会议议程.
public struct AgendaItem: Sendable {
    public var item: String
    /// A person id when it names a person of the plan, otherwise free text.
    public var by: String?
    public var byPersonID: String?
    public var minutes: Int?
    public var speech: Bool
    public var location: SourceLocation

    public init(item: String, by: String? = nil, byPersonID: String? = nil, minutes: Int? = nil, speech: Bool = false,
                location: SourceLocation = SourceLocation(file: "")) {
        self.item = item
        self.by = by
        self.byPersonID = byPersonID
        self.minutes = minutes
        self.speech = speech
        self.location = location
    }
}

/// One time slot of the 会议日程.
public struct ScheduleSlot: Sendable {
    /// The slot's own name (`id:`), unique among the slots; calendars key its event by it.
    public var id: String?
    public var date: LocalDate
    public var start: LocalTime?
    public var end: LocalTime?
    public var item: String
    public var place: String?
    /// The seating zones of this session (`zones:`): a slot with zones is a session seated on its
    /// own (a 预备会议 in a small room before the 全体会议 in the hall).
    public var zones: [String]
    public var location: SourceLocation

    public init(id: String? = nil, date: LocalDate, start: LocalTime? = nil, end: LocalTime? = nil, item: String, place: String? = nil,
                zones: [String] = [], location: SourceLocation = SourceLocation(file: "")) {
        self.id = id
        self.zones = zones
        self.date = date
        self.start = start
        self.end = end
        self.item = item
        self.place = place
        self.location = location
    }
}

/// The `notice:` section: what the 会议通知 says beyond the meeting facts.
public struct NoticeSpec: Sendable {
    public struct Contact: Sendable, Hashable {
        public var name: String?
        public var phone: String?
        public init(name: String? = nil, phone: String? = nil) {
            self.name = name
            self.phone = phone
        }
    }

    public enum Urgency: String, CaseIterable, Sendable {
        case extraUrgent = "特急", urgent = "加急"
    }

    public var number: String?
    public var urgency: Urgency?
    public var to: [String]
    public var purpose: String?
    public var attendees: String?
    public var requirements: [String]
    public var contact: Contact?
    public var replyBy: LocalDateTime?
    public var copyTo: [String]
    public var issued: LocalDate?
    /// The 署名 and 成文日期 leave room for a seal (GB/T 9704 §7.3.5.1); `seal: false` gives the
    /// unsealed layout (§7.3.5.2).
    public var sealed: Bool
    public var marks: Marks

    public init(number: String? = nil, urgency: Urgency? = nil, to: [String] = [], purpose: String? = nil,
                attendees: String? = nil, requirements: [String] = [], contact: Contact? = nil,
                replyBy: LocalDateTime? = nil, copyTo: [String] = [], issued: LocalDate? = nil, sealed: Bool = true,
                marks: Marks = Marks(SourceLocation(file: ""))) {
        self.number = number
        self.urgency = urgency
        self.to = to
        self.purpose = purpose
        self.attendees = attendees
        self.requirements = requirements
        self.contact = contact
        self.replyBy = replyBy
        self.copyTo = copyTo
        self.issued = issued
        self.sealed = sealed
        self.marks = marks
    }
}
