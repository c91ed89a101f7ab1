import ArgumentParser
import Changes
import Documents
import Foundation
import MeetingPlan
import PlanEngine
import Seating

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "生成会议文件：会议通知（附参会回执 receipt.xlsx）、议程、座次表、桌签、签到表（DOCX、ODT，座次表和签到表另可 XLSX）和日历（ICS）。",
        discussion: """
        先在内存中生成全部文件，再写入输出文件夹旁一个新的暂存文件夹，全部写完后整体替换输出文件夹：
        失败或被中断时，上次完整的导出原样保留。计划有误时不写任何文件，退出码 2；无法写入时退出码 4。
        输出文件夹须不存在、为空，或只有以前导出的文件；有其他文件时不写入（退出码 4）。
        写完后每个文件打印一行路径；计划没有相应部分的文件不生成，并在 stderr 说明（info:）。
        姓名中有 GB2312 以外的字（生僻字）时，该字改用 GBK 字体（仿宋、楷体）并在 stderr 警告（warning:）。
        --format pdf 用 LibreOffice（PATH 上的 soffice 或 BANHUI_SOFFICE）把各文件转为 PDF（同时最多 2 个进程）：未安装、
        超时（每个文件 BANHUI_PDF_TIMEOUT 秒，默认 300）、异常退出或没有生成 PDF 时退出码 4，不写任何文件；
        转换前用 fontconfig（fc-match）检查 GB/T 9704 的四种字体，缺字体时警告（warning: [DOC004]）。
        示例：
          banhui export examples/county-office-meeting/meeting.yaml
          banhui export meeting.yaml --out out --format docx --only notice,signin
          banhui export meeting.yaml --format xlsx --only seating,signin
          banhui export meeting.yaml --format pdf
          banhui export meeting-v2.yaml --changes-from meeting-v1.yaml
        """
    )

    @Argument(help: "会议计划文件（YAML）。")
    var plan: String

    @Option(help: "输出文件夹（默认 exports/<会议 id>/）。")
    var out: String?

    @Option(help: "逗号分隔：docx,odt,xlsx,pdf（xlsx 为座次表和签到表的电子表格 seating.xlsx、signin.xlsx；参会回执 receipt.xlsx 总随会议通知写出；pdf 经 LibreOffice 转换）。")
    var format = "docx,odt"

    @Option(help: "逗号分隔：notice,agenda,seating,cards,signin,ics,handbook,slips,logistics（默认全部）。")
    var only: String?

    @Option(name: .customLong("changes-from"),
            help: "旧版本的会议计划：另写座次调整单（changes）、需重印的桌签（cards-changed）、标出变动座位的座次图，有会务安排时写变动人员的个人日程单（slips-changed），时间、地点或议程有变时写变更通知（notice-change）。可重复（从旧到新）：各版本依次排座，与最后一个比较。")
    var changesFrom: [String] = []

    func run() throws {
        let wantsPDF = format.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "pdf" }
        let officeList = format.split(separator: ",").filter { $0.trimmingCharacters(in: .whitespaces) != "pdf" }.joined(separator: ",")
        let formats = officeList.isEmpty && wantsPDF ? [] : try Export.parseList(officeList, option: "--format", as: OfficeFormat.self)
        let kinds = try only.map { try Export.parseList($0, option: "--only", as: DocumentKind.self) } ?? Set(DocumentKind.allCases)
        let pdf = wantsPDF ? try PDFConversion.settings(environment: ProcessInfo.processInfo.environment) : nil
        let officeFormats = wantsPDF ? formats.union([.odt]) : formats
        let request = Engine.Request(path: self.plan, earlier: changesFrom, documents: Engine.DocumentRequest(kinds: kinds, formats: officeFormats))
        let outcome = try PlanChecks.run(request, engine: SeatingSetup.engine())
        let seated = outcome.seated!
        let plan = seated.plan
        var files = outcome.documents
        let folder = out ?? "exports/\(plan.meeting.id)"
        if let pdf {
            for fallback in FontCheck.fallbacks(environment: ProcessInfo.processInfo.environment) {
                Console.err(Diagnostic(DocumentCodes.fontFallback, fallback, at: SourceLocation(file: plan.file), severity: .warning).description)
            }
            files = try Export.addingPDFs(to: files, plan: plan, seats: seated.seats, keepODT: formats.contains(.odt), settings: pdf, folder: folder)
        }
        for path in try OutputFolder.replace(folder, with: files) {
            Console.out(DiagnosticText.escaped(path))
        }
    }

    /// 桌签 per LibreOffice document: its conversion time grows with the square of the drawn
    /// shapes in one document (300 cards 6 s, 1,000 cards 80 s), so larger sets go in parts.
    static let cardsPerPart = 150

    /// The PDF of every office document, converted from its ODT by LibreOffice; the ODTs
    /// stay in the export only when they were asked for. More than `cardsPerPart` 桌签 are
    /// converted in parts and joined with poppler's `pdfunite` when it is installed.
    static func addingPDFs(to files: [ExportFile], plan: Plan, seats: SeatPlan, keepODT: Bool,
                           settings: PDFConversion.Settings, folder: String) throws -> [ExportFile] {
        let pdfunite = ExternalProcess.locate("pdfunite", path: ProcessInfo.processInfo.environment["PATH"])
        var parts: [String: [ExportFile]] = [:]
        if pdfunite != nil, files.contains(where: { $0.name == "cards.odt" }) {
            let documents = NameCards.parts(plan, seats: seats, cardsPerPart: cardsPerPart)
            if documents.count > 1 {
                parts["cards.odt"] = try documents.enumerated().map { index, document in
                    ExportFile(name: "cards-part\(index + 1).odt", bytes: try ODTWriter.write(document))
                }
            }
        }
        let pdfs = try PDFConversion.convert(PDFConversion.conversions(of: files, parts: parts), settings: settings,
                                             pdfunite: pdfunite, folder: folder)
        return files.filter { keepODT || !$0.name.hasSuffix(".odt") } + pdfs
    }

    static func parseList<Value: RawRepresentable & CaseIterable & Hashable>(
        _ text: String, option: String, as _: Value.Type
    ) throws -> Set<Value> where Value.RawValue == String {
        var values = Set<Value>()
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            guard let value = Value(rawValue: item) else {
                let known = Value.allCases.map(\.rawValue).joined(separator: ",")
                throw UsageError("\(option) 不认识“\(item)”，可选：\(known)")
            }
            values.insert(value)
        }
        guard !values.isEmpty else { throw UsageError("\(option) 至少要给一项") }
        return values
    }
}
