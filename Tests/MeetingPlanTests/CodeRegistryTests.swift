import Foundation
import MeetingPlan
import Testing

/// One registry of diagnostic codes (`DiagnosticCode.registry`) for every module.
@Suite struct CodeRegistryTests {
    @Test func everyCodeIsListedOnce() {
        var seen: [String: Int] = [:]
        for code in DiagnosticCode.registry { seen[code.id, default: 0] += 1 }
        let repeated = seen.filter { $0.value > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "codes listed more than once: \(repeated)")
    }

    @Test func everyCodeHasAMeaningAndAnExample() {
        for code in DiagnosticCode.registry {
            #expect(!code.meaning.isEmpty && !code.example.isEmpty, "\(code.id)")
            #expect(code.id.range(of: #"^[A-Z]+[0-9]{3}$"#, options: .regularExpression) != nil, "\(code.id)")
        }
    }

    /// The codes other modules use are the registry's (one sample from each former home).
    @Test func theModulesCodesAreInTheRegistry() {
        let ids = Set(DiagnosticCode.registry.map(\.id))
        for code in [DiagnosticCode.yamlSyntax, .rosterEmpty, .stableKind, SeatingCodes.pinBreaksProtocol, DocumentCodes.invalidDocument,
                     DocumentCodes.gbkFallback] {
            #expect(ids.contains(code.id), "\(code.id)")
        }
    }
}
