import ArgumentParser
import Foundation
import MeetingPlan

/// Writing to the terminal and leaving with the exit codes of cli.md.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Writes text as it is (no newline added).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Maps any error to a message and an exit code: 2 for input and usage, 3 for a bug.
    static func exit(for error: Error) -> Never {
        switch error {
        case let errors as InputErrors:
            for diagnostic in errors.diagnostics { err(diagnostic.description) }
            Foundation.exit(2)
        case let code as ExitCode:
            Foundation.exit(code.rawValue)
        case let usage as UsageError:
            err("error: \(usage.message)")
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
            err("banhui: 内部错误（这是一个缺陷，请附上命令和输入文件报告）：\(error)")
            Foundation.exit(3)
        }
    }
}

/// A bad option or a missing file: exit 2 with this message.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
