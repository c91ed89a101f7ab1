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

    /// Maps any error to a message and an exit code: 2 for input and usage, 4 for output that
    /// could not be written, 3 for a bug.
    static func exit(for error: Error) -> Never {
        switch error {
        case let output as OutputError:
            err(output.description)
            Foundation.exit(4)
        case let errors as InputErrors:
            for diagnostic in errors.diagnostics { err(diagnostic.description) }
            Foundation.exit(2)
        case let code as ExitCode:
            Foundation.exit(code.rawValue)
        case let usage as UsageError:
            err("error: \(DiagnosticText.escaped(usage.message))")
            Foundation.exit(2)
        default:
            let code = Banhui.exitCode(for: error)
            if code == .success {
                Banhui.exit(withError: error)  // --help, --version
            }
            if code == .validationFailure {
                err(Banhui.fullMessage(for: error))
                Foundation.exit(2)
            }
            err("banhui: 内部错误（这是一个缺陷，请附上命令和输入文件报告）：\(DiagnosticText.escaped(String(describing: error)))")
            Foundation.exit(3)
        }
    }
}

/// A bad option or a missing file: exit 2 with this message.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
