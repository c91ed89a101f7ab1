import MeetingPlan
import Quota
import Testing

/// Every rule's documented examples hold: the failing ones raise the rule, the passing ones do not.
@Suite struct RuleExampleTests {
    @Test(arguments: RuleCatalogue.all.map(\.id))
    func examplesHold(_ id: String) throws {
        let rule = try #require(RuleCatalogue.rule(id))
        #expect(!rule.description.failing.isEmpty && !rule.description.passing.isEmpty, "\(id) needs examples")
        for example in rule.description.failing {
            let findings = try ExampleRunner.findings(example, profile: rule.description.profile).filter { $0.rule == id }
            #expect(findings.contains { $0.severity == rule.description.severity }, "\(id) failing example “\(example.note)” passed")
        }
        for example in rule.description.passing {
            let findings = try ExampleRunner.findings(example, profile: rule.description.profile).filter { $0.rule == id }
            #expect(findings.allSatisfy { $0.severity == .info }, "\(id) passing example “\(example.note)” failed: \(findings.map(\.message))")
        }
    }
}
