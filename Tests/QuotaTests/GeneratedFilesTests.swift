import Foundation
import MeetingPlan
import Quota
import TestSupport
import Testing

@Suite struct GeneratedFilesTests {
    /// Regenerate with: `swift build && .build/debug/banhui quota --list-rules --format markdown > docs/quota-rules.md`
    @Test func ruleReferenceIsCurrent() throws {
        let onDisk = try String(contentsOfFile: Fixtures.path("docs/quota-rules.md"), encoding: .utf8)
        #expect(onDisk == RuleReference.markdown(), "docs/quota-rules.md is stale: run `banhui quota --list-rules --format markdown > docs/quota-rules.md`")
    }

    /// Loading the printed default policy gives the same rules, parameters and findings.
    @Test func printedPolicyRoundTrips() throws {
        let printed = PolicyFile.yaml(.builtIn)
        let reloaded = try PolicyFile.load(text: printed, file: "policy.yaml")
        #expect(reloaded.settings == Policy.builtIn.settings)
        #expect(reloaded.profiles == Policy.builtIn.profiles)
        #expect(PolicyFile.yaml(reloaded) == printed)
        for testCase in referenceCases {
            let length = testCase.noticeLength
            let run = { (policy: Policy) in
                QuotaChecker(policy: policy, profiles: testCase.profiles, noticeLength: { _ in length })
                    .check(plans: testCase.plans, registers: testCase.registers)
            }
            #expect(run(reloaded) == run(.builtIn), "\(testCase.name)")
        }
    }

    @Test func badPolicyIsLocated() {
        let text = "policy:\n  rules:\n    MTG-ATT-CAP:\n      severity: fatal\n      params: {max_total_incl_staff: 300}\n"
        #expect {
            try PolicyFile.load(text: text, file: "p.yaml")
        } throws: { error in
            let lines = (error as? InputErrors)?.diagnostics.map(\.description) ?? []
            return lines.count == 2 && lines[0].hasPrefix("p.yaml:4:17: error:") && lines[1].hasPrefix("p.yaml:5:38: error:")
        }
    }
}
