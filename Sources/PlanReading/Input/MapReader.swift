import MeetingPlan
/// Reads the keys of one mapping with type checks, logging a located diagnostic for each
/// problem instead of stopping at the first. Unknown keys are reported with the nearest known key.
public struct MapReader {
    public let node: Node
    public let path: String
    public let log: DiagnosticLog
    /// Known keys already suggested for a misspelt key: not reported again as missing.
    private var suggested: Set<String> = []

    /// Returns nil (after logging) when `node` is not a mapping. Reports unknown keys at once.
    public init?(_ node: Node, path: String, known: [String], log: DiagnosticLog) {
        guard let pairs = node.mapping else {
            log.error(.wrongType, "\(path.isEmpty ? "文件" : path)应为映射（key: value），实为\(node.kindName)", at: node.location(path: path))
            return nil
        }
        self.node = node
        self.path = path
        self.log = log
        for (key, _) in pairs {
            guard let name = key.scalar else {
                log.error(.wrongType, "键应为文本", at: key.location)
                continue
            }
            if !known.contains(name) {
                let nearest = Suggestion.nearest(to: name, in: known)
                if let nearest { suggested.insert(nearest) }
                let hint = nearest.map { "，是否为“\($0)”？" } ?? "；可用的键：\(known.joined(separator: ", "))"
                log.error(.unknownKey, "未知的键“\(quoted: name)”\(hint)", at: key.location(path: childPath(name)))
            }
        }
    }

    public func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value of `key` unless it is absent or null.
    public func value(_ key: String) -> Node? {
        guard let found = node[key], !found.isNull else { return nil }
        return found
    }

    /// Logs a missing required key, located at this mapping.
    public func reportMissing(_ key: String) {
        guard !suggested.contains(key) else { return }
        log.error(.missingKey, "缺少必填的键“\(key)”", at: node.location(path: childPath(key)))
    }

    /// A one-line text unless `multiline` (paragraphs of the notice): see `ValueReader.string`.
    public func string(_ key: String, required: Bool = false, multiline: Bool = false, bounded: Bool = true) -> String? {
        guard let found = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return ValueReader.string(found, path: childPath(key), log: log, required: required, multiline: multiline, bounded: bounded)
    }

    public func int(_ key: String, in range: ClosedRange<Int>? = nil, required: Bool = false) -> Int? {
        guard let found = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return ValueReader.int(found, path: childPath(key), in: range, log: log)
    }

    public func double(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        value(key).flatMap { ValueReader.double($0, path: childPath(key), in: range, log: log) }
    }

    public func bool(_ key: String) -> Bool? {
        value(key).flatMap { ValueReader.bool($0, path: childPath(key), log: log) }
    }

    public func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ type: Choice.Type, required: Bool = false) -> Choice?
    where Choice.RawValue == String {
        guard let found = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return ValueReader.choice(found, path: childPath(key), type, log: log)
    }

    /// A list whose every item is one of `Choice`'s values; bad items are logged and left out.
    public func choices<Choice: RawRepresentable & CaseIterable>(_ key: String, _ type: Choice.Type) -> [Choice]?
    where Choice.RawValue == String {
        list(key).map { items in
            items.enumerated().compactMap { index, item in
                ValueReader.choice(item, path: "\(childPath(key))[\(index)]", type, log: log)
            }
        }
    }

    public func strings(_ key: String, multiline: Bool = false, bounded: Bool = true) -> [String]? {
        value(key).flatMap { ValueReader.strings($0, path: childPath(key), log: log, multiline: multiline, bounded: bounded) }
    }

    public func ints(_ key: String, in range: ClosedRange<Int>? = nil) -> [Int]? {
        guard let found = value(key) else { return nil }
        guard let items = ValueReader.list(found, path: childPath(key), log: log) else { return nil }
        let values = items.enumerated().compactMap { index, item in
            ValueReader.int(item, path: "\(childPath(key))[\(index)]", in: range, log: log)
        }
        return values.count == items.count ? values : nil
    }

    public func date(_ key: String, required: Bool = false) -> LocalDate? {
        guard let found = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return ValueReader.date(found, path: childPath(key), log: log)
    }

    public func dateTime(_ key: String, required: Bool = false) -> LocalDateTime? {
        guard let found = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return ValueReader.dateTime(found, path: childPath(key), log: log)
    }

    /// A nested mapping, read with its own known keys.
    public func map(_ key: String, known: [String], required: Bool = false) -> MapReader? {
        guard let found = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return MapReader(found, path: childPath(key), known: known, log: log)
    }

    /// The items of a list value.
    public func list(_ key: String, required: Bool = false) -> [Node]? {
        guard let found = value(key) else {
            if required { reportMissing(key) }
            return nil
        }
        return ValueReader.list(found, path: childPath(key), log: log)
    }
}

/// Readers for single values, shared by `MapReader` and by list readers.
public enum ValueReader {
    /// A text value, trimmed. Every text is printed on one line somewhere (a card, a table cell, a
    /// report line), so a line break inside it is an error (PLAN021) unless it is `multiline`;
    /// other control characters are errors everywhere (PLAN012). A text longer than its bound
    /// (`TextBounds.line`, or `.paragraph` when `multiline`) is LIMIT010 unless its reader
    /// bounds it itself (`bounded: false`).
    public static func string(_ node: Node, path: String, log: DiagnosticLog, required: Bool = false, multiline: Bool = false,
                              bounded: Bool = true) -> String? {
        guard let text = node.scalar else {
            log.error(.wrongType, "“\(path)”应为文本，实为\(node.kindName)", at: node.location(path: path))
            return nil
        }
        if !multiline, let bad = text.trimmingSpaces.unicodeScalars.first(where: TextCharacters.isLineBreak) {
            log.error(.lineBreak, "“\(path)”是单行文本，不能含换行符 \(TextCharacters.lineBreakName(bad))", at: node.location(path: path))
            return nil
        }
        if let bad = text.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" } ) {
            log.error(.controlCharacter, "“\(path)”含有控制字符 U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0"))", at: node.location(path: path))
            return nil
        }
        let trimmed = text.trimmingSpaces
        if required && trimmed.isEmpty {
            log.error(.emptyValue, "“\(path)”不能为空", at: node.location(path: path))
            return nil
        }
        if bounded, !TextBounds.check(trimmed, bound: multiline ? TextBounds.paragraph : TextBounds.line, what: "“\(path)”",
                                      at: node.location(path: path), log: log) {
            return nil
        }
        return trimmed
    }

    public static func int(_ node: Node, path: String, in range: ClosedRange<Int>? = nil, log: DiagnosticLog) -> Int? {
        guard let text = node.scalar, let value = Int(text.trimmingSpaces) else {
            log.error(.wrongType, "“\(path)”应为整数，实为“\(quoted: node.scalar ?? node.kindName)”", at: node.location(path: path))
            return nil
        }
        if let range, !range.contains(value) {
            log.error(.outOfRange, "“\(path)”应在 \(range.lowerBound)…\(range.upperBound) 之间，实为 \(value)", at: node.location(path: path))
            return nil
        }
        return value
    }

    public static func double(_ node: Node, path: String, in range: ClosedRange<Double>? = nil, log: DiagnosticLog) -> Double? {
        guard let text = node.scalar, let value = Double(text.trimmingSpaces), value.isFinite else {
            log.error(.wrongType, "“\(path)”应为数字，实为“\(quoted: node.scalar ?? node.kindName)”", at: node.location(path: path))
            return nil
        }
        if let range, !range.contains(value) {
            log.error(.outOfRange, "“\(path)”应在 \(range.lowerBound)…\(range.upperBound) 之间，实为 \(quoted: text)", at: node.location(path: path))
            return nil
        }
        return value
    }

    public static func bool(_ node: Node, path: String, log: DiagnosticLog) -> Bool? {
        switch node.scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.error(.wrongType, "“\(path)”应为 true 或 false，实为“\(quoted: node.scalar ?? node.kindName)”", at: node.location(path: path))
            return nil
        }
    }

    public static func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, path: String, _ type: Choice.Type, log: DiagnosticLog) -> Choice?
    where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue)
        guard let text = node.scalar else {
            log.error(.wrongType, "“\(path)”应为以下之一：\(allowed.joined(separator: " | "))", at: node.location(path: path))
            return nil
        }
        if let value = Choice(rawValue: text.trimmingSpaces) { return value }
        if let value = Choice.allCases.first(where: { ($0 as? ChineseLabelled)?.label == text.trimmingSpaces }) { return value }
        let hint = Suggestion.nearest(to: text, in: allowed).map { "，是否为“\($0)”？" } ?? ""
        log.error(.notInSet, "“\(path)”的值“\(quoted: text)”无效，应为以下之一：\(allowed.joined(separator: " | "))\(hint)", at: node.location(path: path))
        return nil
    }

    public static func list(_ node: Node, path: String, log: DiagnosticLog) -> [Node]? {
        guard let items = node.sequence else {
            log.error(.wrongType, "“\(path)”应为列表，实为\(node.kindName)", at: node.location(path: path))
            return nil
        }
        return items
    }

    public static func strings(_ node: Node, path: String, log: DiagnosticLog, multiline: Bool = false, bounded: Bool = true) -> [String]? {
        guard let items = list(node, path: path, log: log) else { return nil }
        let values = items.enumerated().compactMap { index, item in
            string(item, path: "\(path)[\(index)]", log: log, required: true, multiline: multiline, bounded: bounded)
        }
        return values.count == items.count ? values : nil
    }

    public static func date(_ node: Node, path: String, log: DiagnosticLog) -> LocalDate? {
        if let text = node.scalar, let value = LocalDate(parsing: text.trimmingSpaces) { return value }
        log.error(.badDate, "“\(path)”应为日期（如 2026-12-03），实为“\(quoted: node.scalar ?? node.kindName)”", at: node.location(path: path))
        return nil
    }

    public static func dateTime(_ node: Node, path: String, log: DiagnosticLog) -> LocalDateTime? {
        if let text = node.scalar, let value = LocalDateTime(parsing: text.trimmingSpaces) { return value }
        log.error(.badDate, "“\(path)”应为日期时间（如 2026-12-03 09:00），实为“\(quoted: node.scalar ?? node.kindName)”", at: node.location(path: path))
        return nil
    }

    public static func time(_ node: Node, path: String, log: DiagnosticLog) -> LocalTime? {
        if let text = node.scalar, let value = LocalTime(parsing: text.trimmingSpaces) { return value }
        log.error(.badDate, "“\(path)”应为时刻（如 \"14:00\"），实为“\(quoted: node.scalar ?? node.kindName)”", at: node.location(path: path))
        return nil
    }
}

/// Finds the nearest known word to a misspelt one (edit distance), for "did you mean" hints.
public enum Suggestion {
    /// Longer words get no suggestion: no known word is that long, and the search would cost
    /// time in proportion to the word's length.
    public static let longestWord = 64

    public static func nearest(to word: String, in candidates: [String]) -> String? {
        guard word.utf8.count <= longestWord * 4, word.count <= longestWord else { return nil }
        let scored = candidates.map { ($0, distance(Array(word.lowercased()), Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(2, word.count / 3)
        return best.1 <= limit ? best.0 : nil
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
