import ArgumentParser
import Foundation
import MeetingPlan
import PlanReading
import Seating

struct Sort: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "按姓名笔画、姓氏笔画或拼音排序名单。",
        discussion: """
        每行一个姓名，或 CSV 名单：首行若有“姓名”或“name”列即为表头，按该列排序并把表头保留在最前；没有表头时按第一列排序。不给文件时读标准输入。
        示例：
          banhui sort names.txt
          banhui sort --by surname-strokes roster.csv
          printf '单明\\n邓亮\\n' | banhui sort --by pinyin
        """
    )

    enum Order: String, ExpressibleByArgument, CaseIterable {
        case strokes
        case surnameStrokes = "surname-strokes"
        case pinyin

        var tieBreaker: TieBreaker {
            switch self {
            case .strokes: return .strokes
            case .surnameStrokes: return .surnameStrokes
            case .pinyin: return .pinyin
            }
        }
    }

    @Option(help: "排序方式：strokes（姓名笔画）| surname-strokes（姓氏笔画）| pinyin。")
    var by: Order = .strokes

    @Argument(help: "名单文件；省略时读标准输入。")
    var file: String?

    func run() throws {
        let source = file ?? "<stdin>"
        let bytes: [UInt8]
        if let file {
            do { bytes = try DiskFileReader().read(file) } catch { throw UsageError("无法读取“\(file)”：\(error)") }
        } else {
            do { bytes = [UInt8](try FileHandle.standardInput.readToEnd() ?? Data()) } catch { throw UsageError("无法读取标准输入：\(error.localizedDescription)") }
        }
        guard let decoded = TextDecoding.decode(bytes) else { throw UsageError("“\(source)”既不是 UTF-8 也不是 GB18030 编码") }
        var lines = decoded.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingCharacters(in: .init(charactersIn: "\r")) }
        while lines.last?.trimmingSpaces.isEmpty == true { lines.removeLast() }
        // A header row names the name column (姓名 or name, anywhere in the row); without one the first field is the name.
        let column = lines.first.flatMap { Self.fields($0).firstIndex { ["姓名", "name"].contains($0.lowercased()) } }
        let header = column == nil ? nil : lines.removeFirst()
        let nameColumn = column ?? 0
        func name(in line: String) -> String { Self.name(in: line, column: nameColumn) }
        let collator = try SeatingSetup.environment().collator
        let order = by.tieBreaker
        var problems: [Diagnostic] = []
        for (index, line) in lines.enumerated() where !name(in: line).isEmpty {
            let location = SourceLocation(file: source, line: index + 1 + (header == nil ? 0 : 1), column: 1)
            switch collator.problem(in: name(in: line), by: order) {
            case .none: continue
            case .dataUnavailable(let path, let reason)?:
                throw InputErrors([Diagnostic(SeatingCodes.nameDataMissing, "按\(order.label)排序需要数据文件 \(path)：\(reason)", at: SourceLocation(file: source))])
            case .missingCharacters(let characters)?:
                problems.append(Diagnostic(SeatingCodes.unknownCharacter,
                                           "姓名“\(name(in: line))”中的“\(String(characters))”不在\(order.label)数据中，无法排序", at: location))
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        let keyed = lines.filter { !name(in: $0).isEmpty }.map { (collator.sortKey(for: name(in: $0), by: order), $0) }
        // A stable sort: equal keys keep their input order.
        let sorted = keyed.enumerated().sorted { a, b in
            a.element.0 == b.element.0 ? a.offset < b.offset : a.element.0.lexicographicallyPrecedes(b.element.0)
        }.map(\.element.1)
        // The lines are written back as CSV: any cell a spreadsheet would run as a formula is marked.
        for line in (header.map { [$0] } ?? []) + sorted { Console.out(CSVCells.neutralizedLine(line)) }
    }

    /// The name of a line: the whole line, or a CSV line's field in the name column.
    static func name(in line: String, column: Int) -> String {
        let fields = fields(line)
        return column < fields.count ? fields[column] : ""
    }

    /// The fields of a CSV line, quotes removed ("" inside quotes is one quote), spaces trimmed.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch (character, quoted) {
            case ("\"", true):
                // A doubled quote inside quotes is a literal quote; a single one closes.
                var lookahead = characters
                if lookahead.next() == "\"" { field.append("\""); characters = lookahead } else { quoted = false }
            case ("\"", false) where field.trimmingSpaces.isEmpty: quoted = true
            case (",", false):
                fields.append(field.trimmingSpaces)
                field = ""
            default: field.append(character)
            }
        }
        return fields + [field.trimmingSpaces]
    }
}
