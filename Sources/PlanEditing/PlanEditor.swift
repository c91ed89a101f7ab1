import CYaml
import MeetingPlan

/// One change made on the chart, written into a zone's `swap:`, `pins:` or `hold:` entry.
public enum PlanEdit: Sendable, Equatable {
    /// The two people exchange seats; swapping the same pair again takes the swap out.
    case swap(zone: String, first: String, second: String)
    case pin(zone: String, person: String, seat: ZoneSeat)
    case unpin(zone: String, person: String)
    case hold(zone: String, seat: ZoneSeat)
    case release(zone: String, seat: ZoneSeat)

    public var zone: String {
        switch self {
        case .swap(let zone, _, _), .pin(let zone, _, _), .unpin(let zone, _), .hold(let zone, _), .release(let zone, _): return zone
        }
    }
}

/// Why an edit could not be written (the plan is not touched).
public struct PlanEditError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    init(_ message: String) { self.message = message }
}

/// YAML text + edit → YAML text. Only the characters of the zone's entry change; an entry that
/// is missing is added after the zone's last key, at that key's indentation, in flow style.
public enum PlanEditor {
    public static func apply(_ edit: PlanEdit, to text: String) throws -> String {
        var document = try EditableText(text)
        let zone = try document.zone(named: edit.zone)
        switch edit {
        case .swap(_, let first, let second):
            let pair: Set<String> = [first, second]
            if let found = document.items(in: zone, keys: ["swap"]).first(where: { Set($0.item.items?.compactMap(\.scalar) ?? []) == pair }) {
                try document.removeItem(found.place.item, from: found.place.key, in: zone)
            } else {
                document.append(.flowList([first, second]), to: "swap", in: zone)
            }
        case .pin(_, let person, let seat):
            let fields = [("person", PlanScalar.id(person))] + seatFields(seat)
            if let found = document.items(in: zone, keys: ["pins"]).first(where: { $0.item["person"]?.scalar == person }) {
                if seatOf(found.item) != seat { document.replace(found.place.item, in: zone, key: found.place.key, with: fields) }
            } else {
                document.append(.mapping(fields), to: "pins", in: zone)
            }
        case .unpin(_, let person):
            if let found = document.items(in: zone, keys: ["pins"]).first(where: { $0.item["person"]?.scalar == person }) {
                try document.removeItem(found.place.item, from: found.place.key, in: zone)
            }
        case .hold(_, let seat):
            let held = document.items(in: zone, keys: ["hold", "reserved"])
            if !held.contains(where: { seatOf($0.item) == seat }) {
                let stringStyle = held.first.flatMap { $0.item.scalar != nil ? $0.item : nil }
                if let stringStyle, case .row(let address) = seat {
                    document.append(.scalar(PlanScalar.like(stringStyle, text: "\(address.row)-\(address.seat)")), to: held[0].place.key, in: zone)
                } else {
                    document.append(.mapping(seatFields(seat)), to: held.first?.place.key ?? "hold", in: zone)
                }
            }
        case .release(_, let seat):
            if let found = document.items(in: zone, keys: ["hold", "reserved"]).first(where: { seatOf($0.item) == seat }) {
                try document.removeItem(found.place.item, from: found.place.key, in: zone)
            }
        }
        return document.text
    }

    private static func seatFields(_ seat: ZoneSeat) -> [(String, String)] {
        switch seat {
        case .row(let address): return [("row", "\(address.row)"), ("seat", "\(address.seat)")]
        case .table(let table, let seat): return [("table", "\(table)"), ("seat", "\(seat)")]
        }
    }

    /// The seat a `pins:` or `hold:` item names: `{row: 1, seat: 2}`, `{table: 2, seat: 0}`, `"1-2"`.
    private static func seatOf(_ item: MarkedNode) -> ZoneSeat? {
        if let text = item.scalar {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
            return parts.count == 2 ? .row(SeatAddress(row: parts[0], seat: parts[1])) : nil
        }
        guard let seat = item["seat"]?.scalar.flatMap({ Int($0) }) else { return nil }
        if let row = item["row"]?.scalar.flatMap({ Int($0) }) { return .row(SeatAddress(row: row, seat: seat)) }
        if let table = item["table"]?.scalar.flatMap({ Int($0) }) { return .table(table, seat: seat) }
        return nil
    }
}

/// How a new value is written: plain when YAML reads it back as the same text, double-quoted otherwise.
enum PlanScalar {
    static func id(_ text: String) -> String {
        let plainSafe = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
            && !["true", "false", "yes", "no", "on", "off", "null", "y", "n"].contains(text.lowercased()) && !text.hasPrefix("-")
        return plainSafe ? text : JSONValue.quoted(text)
    }

    /// The text in the quoting of an existing scalar of the same list.
    static func like(_ model: MarkedNode, text: String) -> String {
        guard case .scalar(_, let style) = model.content else { return text }
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return "'\(text)'"
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return JSONValue.quoted(text)
        default: return text
        }
    }
}

/// A new list item.
enum NewItem {
    case mapping([(String, String)])
    case flowList([String])
    case scalar(String)

    var flowText: String {
        switch self {
        case .mapping(let fields): return "{" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        case .flowList(let ids): return "[" + ids.map(PlanScalar.id).joined(separator: ", ") + "]"
        case .scalar(let text): return text
        }
    }
}

/// The plan's text as Unicode scalars (libyaml's unit of position) and its marked tree, spliced in place.
struct EditableText {
    typealias Place = (key: String, item: Int)
    private var scalars: [Unicode.Scalar]
    private var root: MarkedNode
    /// libyaml does not count a byte-order mark in its marks: it is set aside and put back.
    private let byteOrderMark: Bool
    /// The file's own line break (`\r\n` when its first line ends so), used for every new line.
    private let lineBreak: String

    init(_ text: String) throws {
        var scalars = Array(text.unicodeScalars)
        byteOrderMark = scalars.first == "\u{FEFF}"
        if byteOrderMark { scalars.removeFirst() }
        if let firstBreak = scalars.firstIndex(of: "\n"), firstBreak > 0, scalars[firstBreak - 1] == "\r" {
            lineBreak = "\r\n"
        } else {
            lineBreak = "\n"
        }
        self.scalars = scalars
        guard let root = MarkedYAML.parse(scalars) else { throw PlanEditError("计划文件不是有效的 YAML，无法修改") }
        self.root = root
    }

    var text: String { (byteOrderMark ? "\u{FEFF}" : "") + String(String.UnicodeScalarView(scalars)) }

    /// The index of the zone's mapping in `seating:`.
    func zone(named name: String) throws -> Int {
        guard let zones = root["seating"]?.items,
              let index = zones.firstIndex(where: { $0["zone"]?.scalar == name && $0.pairs != nil }) else {
            throw PlanEditError("没有名为“\(name)”的座次区")
        }
        return index
    }

    private func zoneNode(_ index: Int) -> MarkedNode { root["seating"]!.items![index] }

    /// The items of the zone's lists under these keys, with where each is.
    func items(in zone: Int, keys: [String]) -> [(place: Place, item: MarkedNode)] {
        keys.flatMap { key in
            (zoneNode(zone)[key]?.items ?? []).enumerated().map { (place: (key: key, item: $0.offset), item: $0.element) }
        }
    }

    // MARK: Edits (each re-reads the marks, so positions are never stale)

    mutating func append(_ item: NewItem, to key: String, in zone: Int) {
        let mapping = zoneNode(zone)
        guard let list = mapping[key], !list.isNull else {
            addKey(key, value: "[\(item.flowText)]", to: mapping)
            return
        }
        guard let items = list.items, let last = items.last else {
            // `pins: []`
            splice(list.end - 1 ..< list.end - 1, with: item.flowText)
            return
        }
        if list.isFlow {
            splice(last.end ..< last.end, with: ", " + item.flowText)
            return
        }
        let first = items[0]
        let dash = dashPosition(before: first.start)
        let indent = String(repeating: " ", count: column(dash))
        let gap = String(String.UnicodeScalarView(scalars[(dash + 1)..<first.start]))
        var text = item.flowText
        if case .mapping(let fields) = item, !first.isFlow, let firstKey = first.pairs?.first?.key {
            let keyIndent = lineBreak + String(repeating: " ", count: column(firstKey.start))
            text = fields.map { "\($0.0): \($0.1)" }.joined(separator: keyIndent)
        }
        let at = lineEnd(after: last.end)
        splice(at ..< at, with: lineBreak + indent + "-" + gap + text)
    }

    /// Replaces a pin's seat: its values in place when it names the same kind of seat, the whole item otherwise.
    mutating func replace(_ index: Int, in zone: Int, key: String, with fields: [(String, String)]) {
        let item = zoneNode(zone)[key]!.items![index]
        let existing = fields.dropFirst().compactMap { field in item[field.0].map { ($0, field.1) } }
        if existing.count == fields.count - 1 {
            for (node, value) in existing.sorted(by: { $0.0.start > $1.0.start }) {
                splice(node.start ..< node.end, with: value)
            }
        } else {
            splice(item.start ..< item.end, with: NewItem.mapping(fields).flowText)
        }
    }

    mutating func removeItem(_ index: Int, from key: String, in zone: Int) throws {
        let mapping = zoneNode(zone)
        let list = mapping[key]!, items = list.items!
        let item = items[index]
        if items.count == 1 {
            try removeKey(key, from: mapping)
        } else if list.isFlow {
            let range = index + 1 < items.count ? item.start ..< items[index + 1].start : items[index - 1].end ..< item.end
            splice(range, with: "")
        } else {
            let start = lineStart(dashPosition(before: item.start))
            splice(start ..< afterLineBreak(item.end), with: "")
        }
    }

    // MARK: Keys of the zone's mapping

    private mutating func addKey(_ key: String, value: String, to mapping: MarkedNode) {
        let pairs = mapping.pairs!
        if let existing = pairs.first(where: { $0.key.scalar == key }) {
            // `pins:` or `pins: ~`: the list takes the null's place, after the colon.
            let null = existing.value.start ..< existing.value.end
            if null.isEmpty {
                splice(existing.key.end + 1 ..< existing.key.end + 1, with: " " + value)
            } else {
                splice(null, with: value)
            }
            return
        }
        let last = pairs.last!
        if mapping.isFlow {
            splice(last.value.end ..< last.value.end, with: ", \(key): \(value)")
            return
        }
        let indent = String(repeating: " ", count: column(pairs[0].key.start))
        let at = lineEnd(after: max(last.value.end, last.key.end))
        splice(at ..< at, with: lineBreak + indent + "\(key): \(value)")
    }

    private mutating func removeKey(_ key: String, from mapping: MarkedNode) throws {
        let pairs = mapping.pairs!
        let index = pairs.firstIndex { $0.key.scalar == key }!
        let pair = pairs[index]
        if mapping.isFlow {
            let range = index > 0 ? pairs[index - 1].value.end ..< pair.value.end
                : pair.key.start ..< (index + 1 < pairs.count ? pairs[index + 1].key.start : pair.value.end)
            splice(range, with: "")
            return
        }
        let start = lineStart(pair.key.start)
        guard scalars[start..<pair.key.start].allSatisfy({ $0 == " " }) else {
            // The key shares its line with the zone's `-`: keep the key, empty its list.
            splice(pair.value.start ..< pair.value.end, with: "[]")
            return
        }
        splice(start ..< afterLineBreak(pair.value.end), with: "")
    }

    // MARK: Text positions

    private mutating func splice(_ range: Range<Int>, with text: String) {
        scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
        root = MarkedYAML.parse(scalars) ?? root
    }

    private func lineStart(_ index: Int) -> Int {
        var at = min(index, scalars.count)
        while at > 0 && scalars[at - 1] != "\n" { at -= 1 }
        return at
    }

    /// The end of the line holding the character before `index` (so a value's end that falls at
    /// the start of the next line, as a block scalar's does, stays on the value's own line): the
    /// position of its `\n`, or of the `\r` of its `\r\n`.
    private func lineEnd(after index: Int) -> Int {
        var at = max(0, min(index, scalars.count) - 1)
        while at < scalars.count && scalars[at] != "\n" { at += 1 }
        return at < scalars.count && at > 0 && scalars[at - 1] == "\r" ? at - 1 : at
    }

    /// The start of the line after the one `lineEnd(after:)` ends (or the end of the text).
    private func afterLineBreak(_ index: Int) -> Int {
        let end = lineEnd(after: index)
        return min(end + (end < scalars.count && scalars[end] == "\r" ? 2 : 1), scalars.count)
    }

    private func column(_ index: Int) -> Int { index - lineStart(index) }

    /// The `-` that opens the block-list item starting at `index`.
    private func dashPosition(before index: Int) -> Int {
        var at = index - 1
        while at > 0 && scalars[at] != "-" { at -= 1 }
        return at
    }
}

