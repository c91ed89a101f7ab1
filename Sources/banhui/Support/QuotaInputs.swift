import Foundation
import MeetingPlan
import Quota

/// The files `banhui quota PATH...` reads: plans and registers, each loaded with all its problems.
struct QuotaInputs {
    var plans: [Plan] = []
    var registers: [Register] = []
    var inputErrors: [Diagnostic] = []

    /// Plan files under `paths`: files as given, folders searched for `*.yaml` (cli.md; `.yml` files such as CI workflows are not plans),
    /// skipping `exports`, `.build*` and hidden folders. Sorted, so runs are reproducible.
    static func discover(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageError("\(path)：文件或文件夹不存在")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                    if name.hasPrefix(".") || name == "exports" { walker.skipDescendants() }
                    continue
                }
                if !name.hasPrefix("."), name.hasSuffix(".yaml") {
                    files.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
            }
        }
        return Array(Set(files)).sorted()
    }

    static func load(_ files: [String]) -> QuotaInputs {
        var inputs = QuotaInputs()
        let loader = PlanLoader(files: DiskFileReader())
        for file in files {
            let log = DiagnosticLog()
            defer { inputs.inputErrors += log.diagnostics.filter { $0.severity == .error } }
            guard let data = FileManager.default.contents(atPath: file) else {
                log.error(.rosterUnreadable, "无法读取文件", at: SourceLocation(file: file))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                log.error(.yamlSyntax, "文件须为 UTF-8 编码", at: SourceLocation(file: file, line: 1, column: 1))
                continue
            }
            guard let root = YAMLInput.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: file, log: log) else { continue }
            if root["register"] != nil {
                let register = Register.decode(root, file: file, log: log)
                if let register, !log.hasErrors { inputs.registers.append(register) }
            } else {
                let plan = loader.decode(root, file: file, log: log)
                if let plan, !log.hasErrors { inputs.plans.append(plan) }
            }
        }
        return inputs
    }
}
