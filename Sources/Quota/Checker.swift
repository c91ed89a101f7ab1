import MeetingPlan

/// Applies a policy's active rules to plans and registers. Pure: no files, no printing.
public struct QuotaChecker: Sendable {
    public let rules: [ActiveRule]
    /// Chinese characters of the notice body a plan would produce; injected so that Quota does not
    /// depend on the document writers.
    public let noticeLength: @Sendable (Plan) -> Int

    public init(rules: [ActiveRule], noticeLength: @escaping @Sendable (Plan) -> Int) {
        self.rules = rules
        self.noticeLength = noticeLength
    }

    public init(policy: Policy = .builtIn, profiles: [String] = [], noticeLength: @escaping @Sendable (Plan) -> Int) {
        self.init(rules: policy.activeRules(adding: profiles), noticeLength: noticeLength)
    }

    /// The 会议费 estimate of a plan by its category's 综合定额, as the active MTG-COST-CAP sets the
    /// standards (a profile may replace them); nil when that rule is off or the plan has no category.
    public func feeEstimate(_ plan: Plan, logistics: LogisticsFigures?) -> MeetingFeeEstimate? {
        feeEstimate(MeetingFacts(plan: plan, noticeLength: nil, logistics: logistics))
    }

    func feeEstimate(_ facts: MeetingFacts) -> MeetingFeeEstimate? {
        rules.first { $0.rule.id == CostRules.cap.id }.flatMap { facts.feeEstimate($0.parameters) }
    }

    public func check(plans: [Plan], registers: [Register] = []) -> [Finding] {
        var run = Run(self)
        for plan in plans { run.add(plan) }
        return run.finish(registers: registers)
    }

    /// A check of plans one at a time: each plan's own rules run when it is added, and only its
    /// entry in a `MeetingIndex` is kept for the rules across meetings and registers, which run at the end.
    public struct Run: Sendable {
        private let checker: QuotaChecker
        private let keepsFigures: Bool
        private var findings: [Finding] = []
        private var index = MeetingIndex()
        /// Each plan's head-count, person-nights, person-meals and 会议费 estimate, in the order added
        /// (empty when the run was started without `keepingFigures`).
        public private(set) var figures: [MeetingFigures] = []

        /// `keepingFigures`: keep each plan's `figures` (the JSON report's); a report without them
        /// need not hold them for 100,000 plans.
        public init(_ checker: QuotaChecker, keepingFigures: Bool = true) {
            self.checker = checker
            self.keepsFigures = keepingFigures
        }

        /// (id, file) of every plan added, in the order added.
        public var meetings: [(id: String, file: String)] { index.meetings }

        /// `logistics`: the plan's person-nights and person-meals, when it has `lodging` or `meals`.
        public mutating func add(_ plan: Plan, logistics: LogisticsFigures? = nil) {
            let facts = MeetingFacts(plan: plan, noticeLength: plan.notice == nil ? nil : checker.noticeLength(plan), logistics: logistics)
            for active in checker.rules {
                if case .meeting(let check) = active.rule.scope {
                    findings += Self.findings(check(facts, active.parameters), of: active, meeting: facts.id)
                }
            }
            index.add(facts)
            if keepsFigures { figures.append(MeetingFigures(facts, estimate: checker.feeEstimate(facts))) }
        }

        /// Every finding, sorted: each plan's, then those across meetings and of the registers.
        /// Ends the run (its findings move into the result rather than being copied).
        public consuming func finish(registers: [Register] = []) -> [Finding] {
            var all = findings
            findings = []
            for active in checker.rules {
                switch active.rule.scope {
                case .meeting: continue
                case .meetings(let check):
                    all += Self.findings(check(index, active.parameters), of: active, meeting: nil)
                case .register(let check):
                    for register in registers { all += Self.findings(check(register, index, active.parameters), of: active, meeting: nil) }
                }
            }
            all.sort()
            return all
        }

        private static func findings(_ violations: [Violation], of active: ActiveRule, meeting: String?) -> [Finding] {
            violations.map { violation in
                Finding(rule: active.rule.id, severity: violation.severity ?? active.severity, meeting: violation.meeting ?? meeting,
                        location: violation.location, messageText: violation.messageText, limit: violation.limit,
                        actual: violation.actual, source: active.source)
            }
        }
    }
}
