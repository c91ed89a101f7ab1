import MeetingPlan
import PlanReading

/// A rule parameter's value as written in a policy: a number, a word, a list, or a table keyed by
/// category, level or kind (`{2: 300, 3: 150}`). `null` means "no limit".
public indirect enum ParamValue: Hashable, Sendable {
    case null
    case number(Double)
    case text(String)
    case list([ParamValue])
    case table([String: ParamValue])

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var listItems: [ParamValue] {
        if case .list(let items) = self { return items }
        return []
    }

    public var tableEntries: [String: ParamValue] {
        if case .table(let entries) = self { return entries }
        return [:]
    }

    /// The entry for `key` of a table, where an `all` entry applies to every key and the stricter
    /// (smaller) of the two wins.
    public func limit(for key: String) -> Double? {
        let entries = tableEntries
        let values = [entries[key]?.number, entries["all"]?.number].compactMap { $0 }
        return values.min()
    }

    /// Combines a limit with a profile's, keeping the stricter: the smaller number, the union of
    /// lists, and per entry for tables. A profile can therefore only add or tighten limits.
    public func tightened(by other: ParamValue) -> ParamValue {
        switch (self, other) {
        case (_, .null): return self
        case (.number(let mine), .number(let theirs)): return .number(min(mine, theirs))
        case (.list(let mine), .list(let theirs)): return .list(mine + theirs.filter { !mine.contains($0) })
        case (.table(let mine), .table(let theirs)):
            var merged = mine
            for (key, value) in theirs { merged[key] = mine[key].map { $0.tightened(by: value) } ?? value }
            return .table(merged)
        default: return other
        }
    }

    /// YAML flow text: `300`, `0.15`, `null`, `[WED]`, `{2: 300, 3: 150}` (keys sorted).
    public var yaml: String {
        switch self {
        case .null: return "null"
        case .number(let value): return ParamValue.format(value)
        case .text(let value): return value
        case .list(let items): return "[" + items.map(\.yaml).joined(separator: ", ") + "]"
        case .table(let entries):
            return "{" + entries.keys.sorted().map { "\($0): \(entries[$0]!.yaml)" }.joined(separator: ", ") + "}"
        }
    }

    /// Integral numbers without a decimal point, others in their shortest form (as in JSON reports).
    public static func format(_ value: Double) -> String { JSONValue.numberText(value) }

    /// What kind of value a parameter takes, for checking policy files.
    public enum Kind: String, Sendable {
        case number, text, list, table

        var label: String {
            switch self {
            case .number: return "数字或 null"
            case .text: return "文本"
            case .list: return "列表"
            case .table: return "映射（如 {2: 300, 3: 150}）"
            }
        }
    }

    /// Reads a value of `kind` from a policy file, logging a located error when it does not fit.
    static func read(_ node: Node, kind: Kind, path: String, log: DiagnosticLog) -> ParamValue? {
        let value = read(node)
        let fits: Bool
        switch (kind, value) {
        case (.number, .number), (.number, .null), (.text, .text), (.list, .list), (.table, .table): fits = true
        default: fits = false
        }
        if !fits {
            log.error(.wrongType, "“\(path)”应为\(kind.label)，实为“\(quoted: value.yaml)”", at: node.location(path: path))
            return nil
        }
        return value
    }

    private static func read(_ node: Node) -> ParamValue {
        switch node.content {
        case .scalar(let text, _):
            if node.isNull { return .null }
            return Double(text).map(ParamValue.number) ?? .text(text)
        case .sequence(let items): return .list(items.map(read))
        case .mapping(let pairs):
            return .table(Dictionary(pairs.map { ($0.key.scalar ?? "", read($0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}

/// The resolved parameters of one rule, read by the rule while it checks.
public struct Parameters: Sendable, Hashable {
    public var values: [String: ParamValue]

    public init(_ values: [String: ParamValue]) { self.values = values }

    public subscript(name: String) -> ParamValue { values[name] ?? .null }

    public func number(_ name: String) -> Double? { self[name].number }
    public func words(_ name: String) -> [String] { self[name].listItems.compactMap { $0.text ?? $0.number.map(ParamValue.format) } }
}
