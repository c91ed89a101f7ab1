import Foundation
import MeetingPlan

/// A small JSON value with deterministic output (object keys sorted, integers without a fraction),
/// so that reports are byte-for-byte reproducible.
public indirect enum JSONText: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([String: JSONText])

    public static func optional(_ value: Double?) -> JSONText { value.map(JSONText.number) ?? .null }
    public static func optional(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONText { value.map { .number(Double($0)) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public var rendered: String { render(indent: "") + "\n" }

    private func render(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return ParamValue.format(value)
        case .string(let value): return value.jsonQuoted
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.render(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.keys.sorted().map { inner + $0.jsonQuoted + ": " + members[$0]!.render(indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }
}
