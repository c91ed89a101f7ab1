import ArgumentParser
import Changes
import Foundation
import MeetingPlan
import PlanEngine
import PlanReading

struct ReceiptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipts",
        abstract: "汇总各单位报回的参会回执（XLSX 或 CSV）为一份名单，并指出错误、重复、未知单位和未报单位。",
        discussion: """
        读取文件夹中每个 .xlsx（export 写出的 receipt.xlsx，或经 Excel、WPS、LibreOffice 另存的）和 .csv 回执。
        错误按“文件:行:列”给出单元格；有错误时退出码 2，不写名单。代会（备注“代某某”）的行保留备注；请假的行只在汇总中列出。
        示例：
          banhui receipts meeting.yaml 回执/
          banhui receipts meeting.yaml 回执/ --out roster.csv
          banhui receipts meeting.yaml 回执/ --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "会议计划文件（YAML）。")
    var plan: String

    @Argument(help: "存放回执的文件夹。")
    var folder: String

    @Option(help: "写入汇总名单（CSV，可列入计划的 people）。")
    var out: String?

    @Option(help: "汇总的格式：text | json。")
    var format: Format = .text

    func run() throws {
        let plan = try PlanChecks.run(Engine.Request(path: self.plan), engine: SeatingSetup.engine()).seated!.plan
        let log = DiagnosticLog()
        let files = try receiptFiles(log: log)
        let batch = Receipts.read(files, plan: plan, log: log)
        // File by file, cell by cell, whatever order the checks found them in.
        let fileOrder = Dictionary(files.enumerated().map { ($0.element.path, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let diagnostics = log.diagnostics.enumerated().sorted { a, b in
            func key(_ item: (offset: Int, element: Diagnostic)) -> (Int, Int, Int, Int) {
                let location = item.element.location
                return (fileOrder[location.file] ?? -1, location.line ?? 0, location.column ?? 0, item.offset)
            }
            return key(a) < key(b)
        }.map(\.element)
        for diagnostic in diagnostics { Console.err(diagnostic.description) }
        switch format {
        case .text: Console.write(ReceiptReport.text(batch))
        case .json: Console.write(ReceiptReport.json(batch, diagnostics: diagnostics))
        }
        if log.hasErrors { throw ReportedFailure(.input) }
        if let out {
            try OutputFile.write(Array(ReceiptReport.rosterCSV(batch).utf8), to: out)
            Console.out("写入 \(DiagnosticText.escaped(out))")
        }
    }

    /// The folder's `.xlsx` and `.csv` files by name; hidden files, Office lock files (`~$…`)
    /// and the output roster itself are left out, other files are a warning.
    private func receiptFiles(log: DiagnosticLog) throws -> [(path: String, bytes: [UInt8])] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("\(folder)：回执文件夹不存在")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let output = out.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var files: [(path: String, bytes: [UInt8])] = []
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard URL(fileURLWithPath: path).standardizedFileURL.path != output else { continue }
            let lowered = name.lowercased()
            guard lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".csv") else {
                log.append(Diagnostic(.receiptSkipped, "不是 .xlsx 或 .csv 回执，已跳过", at: SourceLocation(file: path), severity: .warning))
                continue
            }
            do {
                files.append((path, try DiskFileReader().read(path)))
            } catch {
                log.error(.rosterUnreadable, "无法读取回执：\(error)", at: SourceLocation(file: path))
            }
        }
        return files
    }
}
