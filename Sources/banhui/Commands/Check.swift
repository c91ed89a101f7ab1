import ArgumentParser
import Documents
import Logistics
import MeetingPlan
import Seating

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查会议计划及其名单文件；有效时只打印一行摘要。",
        discussion: """
        每个问题打印为 file:line:column: error: [CODE] message，一次列出文件中的全部问题，退出码 2。
        示例：
          banhui check examples/county-office-meeting/meeting.yaml
          banhui check plans/*.yaml
          banhui check --list-codes
          banhui check --list-keys
        """
    )

    @Argument(help: "会议计划文件（YAML）。")
    var plans: [String] = []

    @Flag(help: "以 Markdown 表格列出全部诊断代码及其含义和示例（即 docs/diagnostics.md）。")
    var listCodes = false

    @Flag(help: "以 Markdown 表格列出计划文件的全部键及其含义和取值（即 docs/plan-keys.md）。")
    var listKeys = false

    func run() throws {
        if listCodes {
            Console.write(DiagnosticCode.markdownReference(DiagnosticCode.catalogue + SeatingCodes.catalogue + LogisticsCodes.catalogue
                                                           + DiagnosticCode.loopCatalogue + DocumentCodes.catalogue))
            return
        }
        if listKeys {
            Console.write(PlanKeys.markdownReference())
            return
        }
        guard !plans.isEmpty else { throw UsageError("请给出至少一个计划文件，例如 banhui check meeting.yaml") }
        var failures: [Diagnostic] = []
        for path in plans {
            do {
                let plan = try PlanChecks.load(path)
                let arranged = try PlanChecks.arrange(plan)
                Console.out(PlanChecks.summary(plan) + LogisticsText.summary(plan, arranged.logistics))
            } catch let errors as InputErrors {
                failures += errors.diagnostics
            }
        }
        if !failures.isEmpty { throw InputErrors(failures) }
    }
}
