import Foundation
import Testing
import TestSupport

/// README's command table says what `banhui COMMAND --help` says: every option of each command,
/// the values of `export --only` and `--format`, and the documents `export --changes-from` writes.
@Suite struct ReadmeCommandTableTests {
    static let commands = ["check", "seat", "plan", "export", "quota", "diff", "serve", "receipts", "sort", "layouts", "validate", "init"]

    /// The table rows of a command: `| \`banhui COMMAND …` (check has three).
    static func rows(_ command: String) throws -> String {
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        return readme.split(separator: "\n").filter { $0.hasPrefix("| `banhui \(command) ") || $0.hasPrefix("| `banhui \(command)`") }
            .joined(separator: "\n")
    }

    @Test(arguments: commands)
    func everyOptionOfTheHelpIsInTheTable(command: String) throws {
        let help = try BanhuiProcess.run([command, "--help"])
        #expect(help.exitCode == 0, "\(help.stderr)")
        let usage = try #require(help.stdoutLines.first { $0.hasPrefix("USAGE:") }, "\(help.stdout)")
        let options = usage.matches(of: /--[a-z-]+/).map { String($0.output) }
        let rows = try Self.rows(command)
        #expect(!rows.isEmpty, "\(command): no row in README's command table")
        for option in options {
            #expect(rows.contains(option), "\(command): README's row lacks \(option) (help: \(usage))")
        }
    }

    @Test func exportsValuesAndChangeDocumentsAreTheHelpsToo() throws {
        let help = try BanhuiProcess.run(["export", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        let row = try Self.rows("export")
        let only = try #require(help.firstMatch(of: /逗号分隔：([a-z,]+)（默认全部）/)).output.1
        #expect(row.contains("[--only \(only)]"), "README: \(row.prefix(200))")
        let formats = try #require(help.firstMatch(of: /逗号分隔：([a-z,]+)（xlsx/)).output.1
        #expect(row.contains("[--format \(formats)]"))
        for document in ["changes", "cards-changed", "slips-changed", "notice-change"] {
            #expect(help.contains("（\(document)）"), "export --help names \(document)")
            #expect(row.contains("`\(document)"), "README's export row names \(document)")
        }
    }
}
