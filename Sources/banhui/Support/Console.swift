import ArgumentParser
import Foundation
import MeetingPlan

/// Writing to the terminal and leaving with the exit codes of cli.md.
enum Console {
    static func out(_ line: String) {
        send(line + "\n", to: STDOUT_FILENO)
    }

    /// Writes text as it is (no newline added).
    static func write(_ text: String) {
        send(text, to: STDOUT_FILENO)
    }

    static func err(_ line: String) {
        send(line + "\n", to: STDERR_FILENO)
    }

    /// Writes all of `text` with write(2). A closed pipe (SIGPIPE is ignored, so EPIPE), a full
    /// disk behind a redirect or any other failure ends the printing silently: standard output
    /// never stops or spoils the files being written, nor changes the exit code (cli.md).
    private static func send(_ text: String, to descriptor: Int32) {
        var rest = Array(text.utf8)[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            rest = rest.dropFirst(written)
        }
    }

    /// Maps any error to its messages and exit code: each `FailureKind` has one (`exitCode`); an
    /// error of no kind is a defect (3).
    static func exit(for error: Error) -> Never {
        if let failure = error as? Failure {
            for line in failure.messages { err(line) }
            Foundation.exit(failure.kind.exitCode)
        }
        let code = Banhui.exitCode(for: error)
        if code == .success {
            Banhui.exit(withError: error)  // --help, --version
        }
        if code == .validationFailure {
            err(Banhui.fullMessage(for: error))
            Foundation.exit(FailureKind.input.exitCode)
        }
        err("banhui: 内部错误（这是一个缺陷，请附上命令和输入文件报告）：\(DiagnosticText.escaped(String(describing: error)))")
        Foundation.exit(3)
    }
}

extension FailureKind {
    /// The exit codes of cli.md: 1 findings, 2 input or usage, 4 output (3 is a defect, 0 success).
    var exitCode: Int32 {
        switch self {
        case .findings: return 1
        case .input: return 2
        case .output: return 4
        }
    }
}

/// A bad option or a missing file: an input failure with this message.
struct UsageError: Failure {
    let message: String
    init(_ message: String) { self.message = message }
    var kind: FailureKind { .input }
    var messages: [String] { ["error: \(DiagnosticText.escaped(message))"] }
}
