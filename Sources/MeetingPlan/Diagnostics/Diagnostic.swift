/// Where a value came from: a file and, when known, a 1-based line and column, or a key path.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// A key path such as `seating[0].rows`, used when no line is known (and kept for messages).
    public var path: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    /// `file:line:col` when the line is known, otherwise `file` (escaped like any quoted value).
    public var description: String {
        let name = DiagnosticText.escaped(file)
        guard let line else { return name }
        return "\(name):\(line):\(column ?? 1)"
    }
}

public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var weight: Int { self == .error ? 2 : (self == .warning ? 1 : 0) }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.weight < rhs.weight }
}

/// One problem found in a user's file, printed the way compilers print them.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity = .error) {
        self.code = code
        self.message = message
        self.location = location
        self.severity = severity
    }

    /// `file:line:col: error: [CODE] message`, or `file: error: [CODE] message (key.path)`: always
    /// one line, whatever the message quotes.
    public var description: String {
        let text = DiagnosticText.escaped(message)
        if location.line != nil {
            return "\(location): \(severity.rawValue): [\(code.id)] \(text)"
        }
        let suffix = location.path.map { "（\(DiagnosticText.escaped($0))）" } ?? ""
        return "\(location): \(severity.rawValue): [\(code.id)] \(text)\(suffix)"
    }
}

/// Thrown by loaders and engines when input has errors; carries every problem found.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while a file is read, so that every problem of a file is reported at once.
/// At most `maximumPerFile` are kept for each file; the rest are counted and summed up in one line.
public final class DiagnosticLog {
    public static let maximumPerFile = 100

    private var kept: [Diagnostic] = []
    private var keptPerFile: [String: Int] = [:]
    /// Files in the order their first diagnostic beyond the cap arrived, with how many were left out.
    private var leftOut: [(file: String, count: Int)] = []
    /// Every diagnostic logged, kept or not: what callers compare to see if a step found problems.
    public private(set) var count = 0
    public private(set) var hasErrors = false

    public init() {}

    /// The diagnostics kept, then one line per file saying how many more there were.
    public var diagnostics: [Diagnostic] {
        kept + leftOut.map { file, count in
            Diagnostic(.moreDiagnostics, "另有 \(count) 个问题未列出（每个文件最多列出 \(Self.maximumPerFile) 个）",
                       at: SourceLocation(file: file))
        }
    }

    /// True once `file` has as many diagnostics as are printed: readers of long files may stop.
    public func isFull(_ file: String) -> Bool { (keptPerFile[file] ?? 0) >= Self.maximumPerFile }

    public func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        append(Diagnostic(code, message, at: location))
    }

    public func append(_ diagnostic: Diagnostic) {
        count += 1
        if diagnostic.severity == .error { hasErrors = true }
        let file = diagnostic.location.file
        guard isFull(file) else {
            kept.append(diagnostic)
            keptPerFile[file, default: 0] += 1
            return
        }
        if let index = leftOut.firstIndex(where: { $0.file == file }) {
            leftOut[index].count += 1
        } else {
            leftOut.append((file, 1))
        }
    }

    public func append(contentsOf other: [Diagnostic]) { other.forEach(append) }

    /// Throws `InputErrors` when any error was logged.
    public func throwIfErrors() throws {
        if hasErrors { throw InputErrors(diagnostics) }
    }
}

/// How user values appear in messages: control, bidirectional and invisible characters escaped
/// (`\u{1B}`), so a plan can never forge a diagnostic line or drive the terminal.
public enum DiagnosticText {
    /// The most characters of a value quoted in a message.
    public static let quotedLength = 40

    /// `value` escaped and cut to `quotedLength` characters with `…`.
    public static func quoted(_ value: String) -> String {
        var head = ""
        var characters = 0
        for character in value {
            if characters == quotedLength { return escaped(head) + "…" }
            head.append(character)
            characters += 1
        }
        return escaped(head)
    }

    /// `text` with every character that could break a line or hide text escaped.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x2028, 0x2029: return true
        default: return TextCharacters.isInvisible(scalar)
        }
    }
}

/// Characters that must not appear in names, units and titles (plan-format.md).
public enum TextCharacters {
    /// Bidirectional controls (U+202A–U+202E, U+2066–U+2069) and zero-width characters
    /// (U+200B–U+200D, U+2060, U+FEFF).
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// The characters that end a line in some reader: LF, CR, VT, FF, NEL (U+0085), LINE
    /// SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `\n`, `\r`, `U+2028`: how a line break is named in a message.
    public static func lineBreakName(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        default: return "U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0"))"
        }
    }
}

extension DefaultStringInterpolation {
    /// A user's value inside a message: `"职级“\(quoted: rank)”"` (see `DiagnosticText.quoted`).
    public mutating func appendInterpolation(quoted value: String) {
        appendLiteral(DiagnosticText.quoted(value))
    }
}
