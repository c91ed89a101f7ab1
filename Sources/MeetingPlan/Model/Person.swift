/// A choice that may also be written by its Chinese label (`role: 列席` for `role: observer`).
public protocol ChineseLabelled {
    var label: String { get }
}

public enum PersonRole: String, CaseIterable, Sendable, ChineseLabelled {
    case attendee, observer, guest, host, staff, press
    /// 翻译 and 记录: seated by the talks rules (behind or beside their principal), never by rank.
    case interpreter, notetaker

    /// Chinese label, for documents.
    public var label: String {
        switch self {
        case .attendee: return "出席"
        case .observer: return "列席"
        case .guest: return "来宾"
        case .host: return "主办方"
        case .staff: return "工作人员"
        case .press: return "媒体"
        case .interpreter: return "翻译"
        case .notetaker: return "记录"
        }
    }
}

/// One person of the plan, from the plan itself or from a roster file.
public struct Person: Sendable, Identifiable {
    public var id: String
    /// True when a roster row gave no id and it was made from the line number (`R<line>`):
    /// such people are matched across plan versions by name and unit (`PersonMatching`).
    public var generatedID: Bool
    public var name: String
    public var unit: String?
    public var title: String?
    /// The canonical rank name (aliases resolved), and its level (0 = most senior).
    public var rank: String?
    public var rankLevel: Int?
    public var order: Int?
    public var since: LocalDate?
    public var gender: String?
    public var phone: String?
    public var role: PersonRole
    public var principal: Bool
    /// Lodging and travel: 是否住宿, 抵达/离开时间, hotel and room pins (logistics.md).
    public var stay: PersonStay = PersonStay()
    /// Position of appearance in the plan (0-based), for the `roster` tie-breaker.
    public var appearance: Int
    /// Where the person was written: the plan item or the roster row.
    public var location: SourceLocation

    public init(id: String, name: String, unit: String? = nil, title: String? = nil, rank: String? = nil,
                rankLevel: Int? = nil, order: Int? = nil, since: LocalDate? = nil, gender: String? = nil,
                phone: String? = nil, role: PersonRole = .attendee, principal: Bool = false, appearance: Int = 0,
                location: SourceLocation = SourceLocation(file: ""), generatedID: Bool = false) {
        self.id = id
        self.generatedID = generatedID
        self.name = name
        self.unit = unit
        self.title = title
        self.rank = rank
        self.rankLevel = rankLevel
        self.order = order
        self.since = since
        self.gender = gender
        self.phone = phone
        self.role = role
        self.principal = principal
        self.appearance = appearance
        self.location = location
    }
}

/// The texts of a person that documents print (name, unit, title): nothing hidden, nothing blank,
/// names short enough for a name card, units and titles within `TextBounds.unitOrTitle`
/// (plan-format.md, "Identifiers, file names and limits").
public enum PersonText: String, Sendable {
    case name = "姓名", unit = "单位", title = "职务"

    public static let maximumNameLength = 32

    /// Logs each problem of `text` at `location`; true when there is none. Control characters are
    /// the readers' concern (PLAN012), reported before this is called.
    public static func check(_ text: String, as field: PersonText, at location: SourceLocation, log: DiagnosticLog) -> Bool {
        if let brk = text.unicodeScalars.first(where: TextCharacters.isLineBreak) {
            log.error(.lineBreak, "\(field.rawValue)“\(quoted: text)”是单行文本，不能含换行符 \(TextCharacters.lineBreakName(brk))", at: location)
            return false
        }
        if let hidden = text.unicodeScalars.first(where: TextCharacters.isInvisible) {
            let code = String(hidden.value, radix: 16, uppercase: true)
            log.error(.invisibleCharacter, "\(field.rawValue)“\(quoted: text)”含有不可见字符 U+\(code)（双向控制符或零宽字符）", at: location)
            return false
        }
        if text.trimmingSpaces.isEmpty {
            log.error(.emptyValue, "\(field.rawValue)不能为空", at: location)
            return false
        }
        if field == .name && text.count > maximumNameLength {
            log.error(.nameTooLong, "姓名“\(quoted: text)”超过 \(maximumNameLength) 个字（\(text.count) 个）", at: location)
            return false
        }
        return field == .name || TextBounds.check(text, bound: TextBounds.unitOrTitle, what: field.rawValue, at: location, log: log)
    }
}
