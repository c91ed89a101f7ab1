import MeetingPlan

/// One rule broken by one meeting (or register), with its severity and source from the policy.
public struct Finding: Sendable, Hashable, Comparable {
    public var rule: String
    public var severity: Severity
    /// The meeting id, or nil for a register finding.
    public var meeting: String?
    public var location: SourceLocation
    /// Read, not stored, for findings across meetings: rendered from the run's `MeetingIndex` each time.
    public var message: String {
        get { messageText.text }
        set { messageText = .text(newValue) }
    }
    var messageText: MessageText
    public var limit: Double?
    public var actual: Double?
    public var source: String

    public init(rule: String, severity: Severity, meeting: String?, location: SourceLocation, message: String,
                limit: Double? = nil, actual: Double? = nil, source: String) {
        self.init(rule: rule, severity: severity, meeting: meeting, location: location, messageText: .text(message),
                  limit: limit, actual: actual, source: source)
    }

    init(rule: String, severity: Severity, meeting: String?, location: SourceLocation, messageText: MessageText,
         limit: Double?, actual: Double?, source: String) {
        self.rule = rule
        self.severity = severity
        self.meeting = meeting
        self.location = location
        self.messageText = messageText
        self.limit = limit
        self.actual = actual
        self.source = source
    }

    /// Report order: file, line, column, rule, then message (so equal positions stay stable); the
    /// message is rendered only when everything before it is equal.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        let left = (lhs.location.file, lhs.location.line ?? 0, lhs.location.column ?? 0, lhs.rule)
        let right = (rhs.location.file, rhs.location.line ?? 0, rhs.location.column ?? 0, rhs.rule)
        return left != right ? left < right : lhs.message < rhs.message
    }

    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.rule, lhs.severity, lhs.meeting, lhs.location, lhs.source) == (rhs.rule, rhs.severity, rhs.meeting, rhs.location, rhs.source)
            && (lhs.limit, lhs.actual) == (rhs.limit, rhs.actual) && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(location)
        hasher.combine(message)
    }
}

/// Everything one run found: the input the report covers and the findings, sorted.
public struct QuotaReport: Sendable {
    public var policy: String
    /// Meetings checked, as (id, file), in file order.
    public var meetings: [(id: String, file: String)]
    public var registers: [String]
    public var findings: [Finding]
    /// Problems of plans, registers or the policy that could not be read; such files never pass.
    public var inputErrors: [Diagnostic]
    /// The rules that ran, for SARIF rule metadata and JUnit test cases.
    public var rules: [ActiveRule]
    /// Each meeting's head-count, person-nights, person-meals and 会议费 estimate, sorted like `meetings`.
    public var figures: [MeetingFigures]

    /// `findings` are sorted in place (handed over, a province's findings are not copied to be sorted).
    public init(policy: String, meetings: [(id: String, file: String)], registers: [String] = [], findings: consuming [Finding],
                inputErrors: [Diagnostic] = [], rules: [ActiveRule], figures: [MeetingFigures] = []) {
        self.policy = policy
        self.figures = figures.sorted { ($0.file, $0.meeting) < ($1.file, $1.meeting) }
        self.meetings = meetings.sorted { ($0.file, $0.id) < ($1.file, $1.id) }
        self.registers = registers.sorted()
        findings.sort()
        self.findings = findings
        self.inputErrors = inputErrors.sorted { ($0.location.file, $0.location.line ?? 0, $0.location.column ?? 0, $0.code.id) < ($1.location.file, $1.location.line ?? 0, $1.location.column ?? 0, $1.code.id) }
        self.rules = rules
    }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// True when nothing at or above `level` was found and every input could be read.
    public func passes(failOn level: Severity) -> Bool { !findings.contains { $0.severity >= level } }
}


/// What the rules counted for one meeting, for the JSON report: delegates and staff, the
/// logistics' person-nights and person-meals (nil without `lodging`/`meals`), the 会议费 estimate.
public struct MeetingFigures: Sendable, Equatable {
    public var meeting: String
    public var file: String
    public var delegates: Int
    public var staff: Int
    public var personNights: Int?
    public var personMeals: Int?
    public var estimate: MeetingFeeEstimate?

    init(_ facts: MeetingFacts, estimate: MeetingFeeEstimate?) {
        meeting = facts.id
        file = facts.plan.file
        delegates = facts.delegates
        staff = facts.staff
        personNights = facts.logistics?.personNights
        personMeals = facts.logistics?.personMeals
        self.estimate = estimate
    }
}
