/// The one JSON value of every report (seat map, diff, receipts, quota JSON and SARIF): members keep
/// the order they are given in (`sorted(_:)` sorts them by key), integers print without a fraction,
/// and each array or object says whether it is laid out one member per line (`block`) or on one
/// line (`inline`), so every report is byte-for-byte reproducible and reads the way its format
/// documents it.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue], Layout = .block)
    case object([(key: String, value: JSONValue)], Layout = .block)
    /// An array in block layout whose items are made one at a time as it is written, so that a
    /// report of 100,000 findings is never held as values; `write(to:)` hands its text on in pieces.
    case items(count: Int, item: @Sendable (Int) -> JSONValue)

    public enum Layout: Sendable {
        /// `[\n  a,\n  b\n]`, indented two spaces a level; empty as `[]`.
        case block
        /// `[a, b]` and `{"k": v, "l": w}`.
        case inline
    }

    /// An object whose members are sorted by key (the order of the quota and SARIF reports).
    public static func sorted(_ members: [String: JSONValue], _ layout: Layout = .block) -> JSONValue {
        .object(members.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }, layout)
    }

    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }

    /// The document: the value and a final newline.
    public var rendered: String {
        var out = ""
        write(to: &out, indent: "") { _ in }
        return out + "\n"
    }

    /// The document as `rendered` has it, handed to `output` in pieces of about 64 KB.
    public func write(to output: (String) -> Void) {
        var out = ""
        write(to: &out, indent: "") { pending in
            if pending.utf8.count >= 1 << 16 {
                output(pending)
                pending = ""
            }
        }
        output(out + "\n")
    }

    /// `2`, `0.9`, `-1.5`: a whole number below 10^15 without a fraction, the same on every machine.
    public static func numberText(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `text` as a JSON string literal (RFC 8259): quotes, backslashes and control characters
    /// escaped, everything else as it is, so Chinese stays readable.
    public static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    private static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        // Names and ids almost never need escaping: then the text goes in whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// `flush`: called after each item of an array or object, to pass on what is written so far.
    private func write(to out: inout String, indent: String, flush: (inout String) -> Void) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .number(let value): out += Self.numberText(value)
        case .string(let value): Self.appendQuoted(value, to: &out)
        case .array(let items, let layout):
            Self.writeContainer(items, layout: layout, open: "[", close: "]", to: &out, indent: indent, flush: flush) { item, out, inner in
                item.write(to: &out, indent: inner, flush: flush)
            }
        case .items(let count, let item):
            Self.writeContainer(0..<count, layout: .block, open: "[", close: "]", to: &out, indent: indent, flush: flush) { index, out, inner in
                item(index).write(to: &out, indent: inner, flush: flush)
            }
        case .object(let members, let layout):
            Self.writeContainer(members, layout: layout, open: "{", close: "}", to: &out, indent: indent, flush: flush) { member, out, inner in
                Self.appendQuoted(member.key, to: &out)
                out += ": "
                member.value.write(to: &out, indent: inner, flush: flush)
            }
        }
    }

    private static func writeContainer<Items: Collection>(_ items: Items, layout: Layout, open: String, close: String, to out: inout String,
                                                          indent: String, flush: (inout String) -> Void,
                                                          item write: (Items.Element, inout String, String) -> Void) {
        out += open
        defer { out += close }
        guard !items.isEmpty else { return }
        switch layout {
        case .inline:
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                write(item, &out, indent)
            }
        case .block:
            let inner = indent + "  "
            for (index, item) in items.enumerated() {
                out += index > 0 ? ",\n" : "\n"
                out += inner
                write(item, &out, inner)
                flush(&out)
            }
            out += "\n" + indent
        }
    }
}
