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

    public func check(plans: [Plan], registers: [Register] = []) -> [Finding] {
        let facts = plans.map { MeetingFacts(plan: $0, noticeLength: $0.notice == nil ? nil : noticeLength($0)) }
        var findings: [Finding] = []
        for active in rules {
            func record(_ violations: [Violation], meeting: String?) {
                findings += violations.map { violation in
                    Finding(rule: active.rule.id, severity: violation.severity ?? active.severity, meeting: violation.meeting ?? meeting,
                            location: violation.location, message: violation.message, limit: violation.limit,
                            actual: violation.actual, source: active.source)
                }
            }
            switch active.rule.scope {
            case .meeting(let check):
                for meeting in facts { record(check(meeting, active.parameters), meeting: meeting.id) }
            case .meetings(let check):
                record(check(facts, active.parameters), meeting: nil)
            case .register(let check):
                for register in registers { record(check(register, facts, active.parameters), meeting: nil) }
            }
        }
        return findings.sorted()
    }
}
