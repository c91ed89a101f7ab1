import ArgumentParser
import Foundation
import MeetingPlan

/// The `banhui` command. It owns argv, files, stdout, stderr and exit codes; the libraries
/// never print.
struct Banhui: ParsableCommand {
    static let version = "0.1.0"
    /// The published `docs/` folder of this repository: SARIF `informationUri` and rule `helpUri`
    /// point into it (`quota-rules.md#rule-id`, `diagnostics.md`).
    static let documentationURL = "https://github.com/banhui/banhui/blob/main/docs/"

    static let configuration = CommandConfiguration(
        commandName: "banhui",
        abstract: "办会：从一份会议计划（YAML）生成座次、会议通知、议程、桌签、签到表，并检查精文减会配额。",
        discussion: """
        示例：
          banhui init my-meeting
          banhui check my-meeting/meeting.yaml
        退出码：0 成功；1 配额检查有超标项；2 输入或用法错误（不写任何文件）；3 内部错误；
        4 无法写入输出或无法生成 PDF（给出路径和原因；不留下写了一半的文件，保留上次完整的导出）。
        """,
        version: version,
        subcommands: [Check.self, Init.self, Seat.self, PlanCommand.self, Sort.self, Layouts.self, Export.self, Validate.self, QuotaCommand.self, Diff.self,
                      ReceiptsCommand.self, ServeCommand.self]
    )
}

@main
enum Main {
    static func main() async {
        // A closed standard output must not kill the process part-way through writing files:
        // writes to it fail with EPIPE instead, which Console ignores.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try Banhui.parseAsRoot()
            if var serving = command as? AsyncParsableCommand {
                try await serving.run()
            } else {
                try command.run()
            }
        } catch {
            Console.exit(for: error)
        }
    }
}
