import ArgumentParser
import Documents
import Foundation
import MeetingPlan
import PlanReading

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "按官方模式检查 DOCX、XLSX、ODT、ODS 文件（zip 包规则与每个 XML 部件）。",
        discussion: """
        有效的文件打印“有效”；有问题的文件逐条打印 file: error: [DOC001] 说明（部件:行），退出码 2。
        模式文件（ECMA-376、OPC、ODF 1.3）随程序提供：仓库的 schemas/，安装后为 <前缀>/share/banhui/schemas，或由 BANHUI_SCHEMAS 指定。
        示例：
          banhui validate exports/xian-bgs-2026-12/notice.docx
          banhui validate exports/xian-bgs-2026-12/*.odt
        """
    )

    @Argument(help: "要检查的 .docx、.xlsx、.odt 或 .ods 文件。")
    var files: [String] = []

    func run() throws {
        guard !files.isEmpty else { throw UsageError("请给出至少一个文件，例如 banhui validate notice.docx") }
        let validator = OfficeValidator(schemas: OfficeSchemas(directory: try SchemaLocation.directory()))
        var failures: [Diagnostic] = []
        for file in files {
            guard let format = OfficeValidator.Format(fileName: file) else {
                throw UsageError("“\(file)”不是 .docx、.xlsx、.odt 或 .ods 文件")
            }
            let bytes: [UInt8]
            do { bytes = try DiskFileReader().read(file) } catch { throw UsageError("无法读取“\(file)”：\(error)") }
            let problems = validator.problems(in: bytes, format: format)
            if problems.isEmpty {
                Console.out("\(DiagnosticText.escaped(file)): 有效")
            }
            failures += problems.map { problem in
                let place = problem.part.map { problem.line > 0 ? "\($0):\(problem.line)" : $0 }
                return Diagnostic(OfficeValidator.invalidDocument, problem.message, at: SourceLocation(file: file, path: place))
            }
        }
        if !failures.isEmpty { throw InputErrors(failures) }
    }
}
