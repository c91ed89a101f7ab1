import MeetingPlan
import PlanReading

/// The plans and registers of a `RuleExample`, read in memory the way the CLI reads files, so that
/// the examples in the documentation are checked by the same code as users' plans.
public struct ExampleInputs {
    public let plans: [Plan]
    public let registers: [Register]

    /// Throws `InputErrors` when an example does not read (a broken example is a bug in the rule).
    public init(_ example: RuleExample) throws {
        let log = DiagnosticLog()
        var plans: [Plan] = [], registers: [Register] = []
        for (index, text) in example.files.enumerated() {
            let file = "example-\(index + 1).yaml"
            guard let root = YAMLInput.parse(text, file: file, log: log) else { continue }
            if root["register"] != nil {
                if let register = Register.decode(root, file: file, log: log) { registers.append(register) }
                continue
            }
            guard let base = YAMLInput.parse(RuleExample.basePlan, file: file, log: log) else { continue }
            if let plan = PlanLoader(files: DiskFileReader()).decode(Self.merge(root, onto: base), file: file, log: log) { plans.append(plan) }
        }
        try log.throwIfErrors()
        self.plans = plans
        self.registers = registers
    }

    /// Overlays mappings key by key; any other value replaces the base's.
    static func merge(_ overlay: Node, onto base: Node) -> Node {
        guard let changes = overlay.mapping, var pairs = base.mapping else { return overlay }
        for change in changes {
            if let index = pairs.firstIndex(where: { $0.key.scalar == change.key.scalar }) {
                pairs[index].value = merge(change.value, onto: pairs[index].value)
            } else {
                pairs.append(change)
            }
        }
        return Node(.mapping(pairs), at: base.location)
    }
}
