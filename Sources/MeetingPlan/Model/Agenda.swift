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

    /// 密级 (GB/T 9704 §7.2.2, 保守国家秘密法): the three levels.
    public enum Secrecy: String, CaseIterable, Sendable {
        case secret = "秘密", confidential = "机密", topSecret = "绝密"
    }

    public var number: String?
    /// 份号 (§7.2.1): six digits, leading zeros kept.
    public var copyNumber: String?
    public var secrecy: Secrecy?
    /// 保密期限 after the 密级 (`1年`, `6个月`, `长期`), written `秘密★1年`.
    public var secrecyPeriod: String?
    public var urgency: Urgency?
    /// 签发人 (§7.2.5–7.2.6, 上行文), in the order of the 发文机关: the last line of them on the
    /// 发文字号's line, the 发文字号 then flush left. Empty: no 签发人.
    public var signers: [String]
    /// 印发机关 of the 版记 (§7.4.3) when it is not the organizer.
    public var printedBy: String?
    /// The notice's own attachments, after the built-in ones (回执, 议程, 日程).
    public var attachments: [NoticeAttachment]
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

    public init(number: String? = nil, copyNumber: String? = nil, secrecy: Secrecy? = nil, secrecyPeriod: String? = nil,
                urgency: Urgency? = nil, signers: [String] = [], printedBy: String? = nil, to: [String] = [], purpose: String? = nil,
                attendees: String? = nil, requirements: [String] = [], contact: Contact? = nil,
                replyBy: LocalDateTime? = nil, copyTo: [String] = [], issued: LocalDate? = nil, sealed: Bool = true,
                attachments: [NoticeAttachment] = [], marks: Marks = Marks(SourceLocation(file: ""))) {
        self.number = number
        self.copyNumber = copyNumber
        self.secrecy = secrecy
        self.secrecyPeriod = secrecyPeriod
        self.urgency = urgency
        self.signers = signers
        self.printedBy = printedBy
        self.attachments = attachments
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

/// One of the notice's own attachments (分组讨论名单, 材料目录): a title and either a table read
/// from a CSV file (its first row the header) or paragraphs of text.
public struct NoticeAttachment: Sendable {
    public enum Content: Sendable {
        case table(header: [String], rows: [[String]])
        case text([String])
    }

    public var title: String
    public var content: Content

    public init(title: String, content: Content) {
        self.title = title
        self.content = content
    }
}
