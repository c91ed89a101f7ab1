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

    /// `file:line:col` when the line is known, otherwise `file`.
    public var description: String {
        guard let line else { return file }
        return "\(file):\(line):\(column ?? 1)"
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

    /// `file:line:col: error: [CODE] message`, or `file: error: [CODE] message (key.path)`.
    public var description: String {
        if location.line != nil {
            return "\(location): \(severity.rawValue): [\(code.id)] \(message)"
        }
        let suffix = location.path.map { "（\($0)）" } ?? ""
        return "\(location.file): \(severity.rawValue): [\(code.id)] \(message)\(suffix)"
    }
}

/// Thrown by loaders and engines when input has errors; carries every problem found.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while a file is read, so that every problem of a file is reported at once.
public final class DiagnosticLog {
    public private(set) var diagnostics: [Diagnostic] = []
    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(code, message, at: location))
    }

    public func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    /// Throws `InputErrors` when any error was logged.
    public func throwIfErrors() throws {
        if hasErrors { throw InputErrors(diagnostics) }
    }
}
