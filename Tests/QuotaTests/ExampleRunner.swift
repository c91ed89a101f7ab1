import MeetingPlan
import Quota

/// Runs a rule example through the same path as the CLI: YAML → plans and registers → checker.
enum ExampleRunner {
    static func findings(_ example: RuleExample, profile: String) throws -> [Finding] {
        let inputs = try ExampleInputs(example)
        let checker = QuotaChecker(policy: .builtIn, profiles: [profile], noticeLength: { _ in example.noticeCharacters ?? 0 })
        return checker.check(plans: inputs.plans, registers: inputs.registers)
    }
}
