public enum PersonRole: String, CaseIterable, Sendable {
    case attendee, observer, guest, host, staff, press

    /// Chinese label, for documents.
    public var label: String {
        switch self {
        case .attendee: return "出席"
        case .observer: return "列席"
        case .guest: return "来宾"
        case .host: return "主办方"
        case .staff: return "工作人员"
        case .press: return "媒体"
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
