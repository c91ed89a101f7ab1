import ArgumentParser
import Foundation
import MeetingPlan
import PlanReading
import Documents
import Quota

/// `banhui quota`: checks plans and registers against the 精文减会 policy (quota.md).
struct QuotaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quota",
        abstract: "按精文减会配额策略检查会议计划（文件或文件夹）和单位年度登记表。",
        discussion: """
        每个问题打印为 file:line:column: error: [RULE] message，最后一行为摘要。
        退出码：0 无达到 --fail-on 级别的问题；1 有；2 计划、登记表或策略文件有输入错误，或用法错误；4 报告文件无法写入。
        示例：
          banhui quota plans/
          banhui quota plans/ --profile hebei-2019 --fail-on warning
          banhui quota plans/ --format text --format sarif --output - --output quota.sarif
          banhui quota --print-policy > policy.yaml && banhui quota --policy policy.yaml plans/
          banhui quota --list-rules --format markdown > docs/quota-rules.md
        """
    )

    @Argument(help: "计划文件或文件夹（递归查找 *.yaml，跳过 exports、.build* 和隐藏文件夹）。")
    var paths: [String] = []

    @Option(help: "策略文件（YAML，形如 --print-policy 的输出）；默认使用内置策略。")
    var policy: String?

    @Option(name: .customLong("profile"), help: "再启用一个可选配置（可重复）：\(Profile.names.filter { !Profile.defaultActive.contains($0) }.joined(separator: ", "))。")
    var profiles: [String] = []

    @Option(name: .customLong("format"), help: "报告格式（可重复）：text | json | sarif | junit | github；--list-rules 时为 text | markdown。")
    var formats: [String] = []

    @Option(name: .customLong("output"), help: "报告文件，与 --format 按顺序对应；缺省或为 - 时写到标准输出。")
    var outputs: [String] = []

    @Option(name: .customLong("fail-on"), help: "达到此级别的问题使退出码为 1：error | warning | info。")
    var failOn: String = "error"

    @Flag(help: "输出内置（或 --policy 给出的）策略，作为编辑的起点。")
    var printPolicy = false

    @Flag(help: "列出全部规则（--format markdown 生成规则说明文档）。")
    var listRules = false

    func run() throws {
        guard outputs.count <= max(formats.count, 1) else {
            throw UsageError("--output 比 --format 多：每个 --output 对应一个 --format")
        }
        guard let failLevel = Severity(rawValue: failOn) else { throw UsageError("--fail-on 应为 error、warning 或 info") }
        for name in profiles where Profile.named(name) == nil {
            let hint = Suggestion.nearest(to: name, in: Profile.names).map { "，是否为“\($0)”？" } ?? ""
            throw UsageError("未知的配置“\(name)”\(hint)可用：\(Profile.names.joined(separator: ", "))")
        }
        let loaded = try loadPolicy()
        if printPolicy { return try emit(texts: [PolicyFile.yaml(loaded)]) }
        if listRules {
            let texts = try (formats.isEmpty ? ["text"] : formats).map { format -> String in
                switch format {
                case "text": return RuleReference.list(loaded)
                case "markdown": return RuleReference.markdown(loaded)
                default: throw UsageError("--list-rules 的格式应为 text 或 markdown")
                }
            }
            return try emit(texts: texts)
        }
        let chosen = try (formats.isEmpty ? ["text"] : formats).map { name -> QuotaFormat in
            guard let format = QuotaFormat(rawValue: name) else {
                throw UsageError("未知的格式“\(name)”，应为 \(QuotaFormat.allCases.map(\.rawValue).joined(separator: " | "))")
            }
            return format
        }
        guard !paths.isEmpty else { throw UsageError("请给出计划文件或文件夹，例如 banhui quota plans/") }

        let found = try QuotaInputs.discover(paths)
        let checker = QuotaChecker(policy: loaded, profiles: profiles, noticeLength: { NoticeContent(plan: $0).chineseCharacterCount })
        // Only the JSON report shows each meeting's figures; the others need not keep them.
        var run = QuotaChecker.Run(checker, keepingFigures: chosen.contains(.json))
        var inputs = try QuotaInputs.load(found.sources, engine: SeatingSetup.engine()) { run.add($0, logistics: $1) }
        inputs.inputErrors = found.problems + inputs.inputErrors
        let meetings = run.meetings, figures = run.figures
        let report = QuotaReport(
            policy: loaded.id, meetings: meetings, registers: inputs.registers.map(\.file),
            findings: run.finish(registers: inputs.registers), inputErrors: inputs.inputErrors, rules: checker.rules, figures: figures)
        // Reports are written whenever asked for, input errors included: a CI upload step needs the
        // report most when a plan cannot be read (the exit code still says 2).
        let settings = ReportSettings(baseDirectory: FileManager.default.currentDirectoryPath, toolVersion: Banhui.version,
                                      documentationURL: Banhui.documentationURL, failOn: failLevel)
        try emit(chosen.map { format -> ReportWriter in { output in try format.write(report, settings: settings, to: output) } })
        for diagnostic in report.inputErrors { Console.err(diagnostic.description) }
        if !report.inputErrors.isEmpty { throw ReportedFailure(.input) }
        if !report.passes(failOn: failLevel) { throw ReportedFailure(.findings) }
    }

    private func loadPolicy() throws -> Policy {
        guard let policy else { return .builtIn }
        guard let data = FileManager.default.contents(atPath: policy) else { throw UsageError("\(policy)：策略文件不存在或无法读取") }
        let log = DiagnosticLog()
        guard let text = PlanLoader.utf8Text([UInt8](data), file: policy, log: log) else { throw InputErrors(log.diagnostics) }
        return try PolicyFile.load(text: text, file: policy)
    }

    private func emit(texts: [String]) throws {
        try emit(texts.map { text -> ReportWriter in { output in output(text) } })
    }

    /// Writes each report to its `--output` (same order), or to standard output, in pieces of
    /// about 64 KB as it is rendered, so the report of a province's plans is never held whole (a
    /// file is still replaced only once it is complete). A report is a function handing its
    /// pieces, in order, to the function it is given.
    private typealias ReportWriter = ((String) -> Void) throws -> Void

    private func emit(_ reports: [ReportWriter]) throws {
        for (index, report) in reports.enumerated() {
            func inPieces(_ send: (String) -> Void) throws {
                var pending = ""
                try report { piece in
                    pending += piece
                    if pending.utf8.count >= 1 << 16 {
                        send(pending)
                        pending = ""
                    }
                }
                send(pending)
            }
            if index < outputs.count, outputs[index] != "-" {
                try OutputFile.write(to: outputs[index]) { put in try inPieces { put(Array($0.utf8)) } }
            } else {
                try inPieces(Console.write)
            }
        }
    }
}
