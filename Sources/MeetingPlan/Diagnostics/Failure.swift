/// How a command can fail. The front end gives each kind one exit code (cli.md), so no caller
/// decides an exit code by the type of an error.
public enum FailureKind: Sendable, CaseIterable {
    /// A check found what the user asked to fail on (`quota --fail-on`).
    case findings
    /// The input or the command line is wrong; nothing was written.
    case input
    /// Output could not be written.
    case output
}

/// An error that says what kind of failure it is and the lines that explain it (possibly none,
/// when they were printed already, as `quota`'s report is).
public protocol Failure: Error {
    var kind: FailureKind { get }
    var messages: [String] { get }
}

extension InputErrors: Failure {
    public var kind: FailureKind { .input }
    public var messages: [String] { diagnostics.map(\.description) }
}

/// A failure whose explanation has been printed already (a report, or diagnostics on stderr).
public struct ReportedFailure: Failure {
    public let kind: FailureKind
    public var messages: [String] { [] }
    public init(_ kind: FailureKind) { self.kind = kind }
}
