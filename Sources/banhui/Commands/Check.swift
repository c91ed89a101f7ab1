import ArgumentParser
import Documents
import Logistics
import MeetingPlan
import PlanEngine
import PlanReading
import Quota
import Seating

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查会议计划及其名单文件；有效时只打印一行摘要。",
        discussion: """
        每个问题打印为 file:line:column: error: [CODE] message，一次列出文件中的全部问题，退出码 2。
        计划有住宿或就餐安排且写明 meeting.category 时，摘要后另起一行给出按综合定额估算的会议费（docs/logistics.md）。
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
            Console.write(DiagnosticCode.markdownReference(DiagnosticCode.registry))
            return
        }
        if listKeys {
            Console.write(PlanKeys.markdownReference())
            return
        }
        guard !plans.isEmpty else { throw UsageError("请给出至少一个计划文件，例如 banhui check meeting.yaml") }
        // One engine for every plan: the name data is read once, however many plans there are.
        let engine = try SeatingSetup.engine()
        var failures: [Diagnostic] = []
        // The 会议费 standards are the built-in policy's (`banhui quota --profile` may replace them there).
        let quota = QuotaChecker(policy: .builtIn, noticeLength: { _ in 0 })
        for path in plans {
            let outcome = try engine.run(Engine.Request(path: path))
            if let seated = outcome.seated {
                for note in outcome.notes { Console.err(note.description) }
                Console.out(PlanChecks.summary(seated.plan) + LogisticsText.summary(seated.plan, seated.logistics))
                // With rooms or meals planned, the 会议费 they come to by the category's 综合定额.
                if let figures = LogisticsFigures(seated), let estimate = quota.feeEstimate(seated.plan, logistics: figures) {
                    Console.out(estimate.text(personMeals: figures.personMeals))
                }
            } else {
                failures += outcome.diagnostics
            }
        }
        if !failures.isEmpty { throw InputErrors(failures) }
    }
}
