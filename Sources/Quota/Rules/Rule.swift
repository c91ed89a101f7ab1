import MeetingPlan

/// One parameter a rule reads, with what it means and its default.
public struct ParameterSpec: Sendable {
    public let name: String
    public let kind: ParamValue.Kind
    public let meaning: String
    public let defaultValue: ParamValue

    public init(_ name: String, _ kind: ParamValue.Kind, _ meaning: String, default defaultValue: ParamValue) {
        self.name = name
        self.kind = kind
        self.meaning = meaning
        self.defaultValue = defaultValue
    }
}

/// Input files of an example, as YAML: plans are written as changes to `RuleExample.basePlan`
/// (mappings merge key by key), registers in full (top-level `register:`).
public struct RuleExample: Sendable {
    public let note: String
    public let files: [String]
    /// For DOC-LENGTH: the measured length of the notice body, which the plan alone does not show.
    public let noticeCharacters: Int?

    public init(_ note: String, noticeCharacters: Int? = nil, _ files: String...) {
        self.note = note
        self.noticeCharacters = noticeCharacters
        self.files = files
    }

    /// A compliant half-day 三类 business meeting (the reference's “Base”): 90 delegates + 8 staff,
    /// internal hall, meals 100 + other 50 元/人·天.
    public static let basePlan = """
    version: 1
    meeting:
      title: 全省交通运输安全生产专题会议
      organizer: 省交通运输厅
      level: provincial
      organizer_kind: department
      type: business
      system: 交通运输
      category: 3
      start: 2026-03-10 09:00
      end: 2026-03-10 11:30
      venue: {name: 厅机关第一会议室, city: 杭州}
      in_annual_plan: true
      reaches: [municipal]
      staff: 8
      expected_attendance: 90
      costs: {lodging: 0, meals: 100, other: 50}
    """
}

/// What a rule says about itself: the documentation and `--list-rules` are derived from this.
public struct RuleDescription: Sendable {
    public let id: String
    public let meaning: String
    /// The profile that switches the rule on (`national-2024`, `meeting-fee-central-2016`, or an optional one).
    public let profile: String
    public let severity: Severity
    public let sources: [String]
    public let parameters: [ParameterSpec]
    /// Which plan keys (or register keys) the rule reads.
    public let reads: String
    public let passing: [RuleExample]
    public let failing: [RuleExample]

    public init(id: String, meaning: String, profile: String, severity: Severity, sources: [String],
                parameters: [ParameterSpec] = [], reads: String, passing: [RuleExample], failing: [RuleExample]) {
        self.id = id
        self.meaning = meaning
        self.profile = profile
        self.severity = severity
        self.sources = sources
        self.parameters = parameters
        self.reads = reads
        self.passing = passing
        self.failing = failing
    }

    public var defaultParameters: Parameters {
        Parameters(Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.defaultValue) }))
    }

    /// The sources' titles, as findings quote them.
    public var sourceText: String { sources.map { QuotaSource.title(of: $0) }.joined(separator: "；") }
}

/// One rule broken, before the policy gives it a severity and a source.
public struct Violation: Sendable {
    public var message: String {
        get { messageText.text }
        set { messageText = .text(newValue) }
    }
    var messageText: MessageText
    public var location: SourceLocation
    public var limit: Double?
    public var actual: Double?
    /// Set when the rule itself decides a different severity (e.g. an explanation was filed).
    public var severity: Severity?
    /// The meeting concerned, when the finding is about one.
    public var meeting: String?

    public init(_ message: String, at location: SourceLocation, limit: Double? = nil, actual: Double? = nil,
                severity: Severity? = nil, meeting: String? = nil) {
        self.init(.text(message), at: location, limit: limit, actual: actual, severity: severity, meeting: meeting)
    }

    /// A violation whose message is rendered each time it is read (from a `MeetingIndex`, not the plans).
    public init(rendering message: @escaping @Sendable () -> String, at location: SourceLocation, limit: Double? = nil,
                actual: Double? = nil, severity: Severity? = nil, meeting: String? = nil) {
        self.init(.rendered(message), at: location, limit: limit, actual: actual, severity: severity, meeting: meeting)
    }

    private init(_ messageText: MessageText, at location: SourceLocation, limit: Double?, actual: Double?,
                 severity: Severity?, meeting: String?) {
        self.messageText = messageText
        self.location = location
        self.limit = limit
        self.actual = actual
        self.severity = severity
        self.meeting = meeting
    }
}

/// A message as text, or as the function that renders it when it is read.
enum MessageText: Sendable {
    case text(String)
    case rendered(@Sendable () -> String)

    var text: String {
        switch self {
        case .text(let text): return text
        case .rendered(let render): return render()
        }
    }
}

/// What a rule looks at: one meeting, all meetings together, or a unit-year register with the meetings.
public enum RuleScope: Sendable {
    case meeting(@Sendable (MeetingFacts, Parameters) -> [Violation])
    case meetings(@Sendable (MeetingIndex, Parameters) -> [Violation])
    case register(@Sendable (Register, MeetingIndex, Parameters) -> [Violation])
}

/// A rule: its description and its check. Families of similar rules are built by one function with
/// parameters (see `Rules/`), not copied.
public struct Rule: Sendable {
    public let description: RuleDescription
    public let scope: RuleScope

    public init(_ description: RuleDescription, _ scope: RuleScope) {
        self.description = description
        self.scope = scope
    }

    public var id: String { description.id }
}
