import ArgumentParser
import Foundation
import MeetingPlan
import Seating

struct Sort: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "按姓名笔画、姓氏笔画或拼音排序名单。",
        discussion: """
        每行一个姓名，或 CSV（第一列为姓名，首行若为“姓名/name”表头则保留在最前）；不给文件时读标准输入。
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
        let header = lines.first.map { ["姓名", "name"].contains(Self.name(in: $0)) } == true ? lines.removeFirst() : nil
        let collator = try SeatingSetup.environment().collator
        let order = by.tieBreaker
        var problems: [Diagnostic] = []
        for (index, line) in lines.enumerated() where !Self.name(in: line).isEmpty {
            let location = SourceLocation(file: source, line: index + 1 + (header == nil ? 0 : 1), column: 1)
            switch collator.problem(in: Self.name(in: line), by: order) {
            case .none: continue
            case .dataUnavailable(let path, let reason)?:
                throw InputErrors([Diagnostic(SeatingCodes.nameDataMissing, "按\(order.label)排序需要数据文件 \(path)：\(reason)", at: SourceLocation(file: source))])
            case .missingCharacters(let characters)?:
                problems.append(Diagnostic(SeatingCodes.unknownCharacter,
                                           "姓名“\(Self.name(in: line))”中的“\(String(characters))”不在\(order.label)数据中，无法排序", at: location))
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        let keyed = lines.filter { !Self.name(in: $0).isEmpty }.map { (collator.sortKey(for: Self.name(in: $0), by: order), $0) }
        // A stable sort: equal keys keep their input order.
        let sorted = keyed.enumerated().sorted { a, b in
            a.element.0 == b.element.0 ? a.offset < b.offset : a.element.0.lexicographicallyPrecedes(b.element.0)
        }.map(\.element.1)
        // The lines are written back as CSV: any cell a spreadsheet would run as a formula is marked.
        for line in (header.map { [$0] } ?? []) + sorted { Console.out(CSVCells.neutralizedLine(line)) }
    }

    /// The name of a line: the whole line, or a CSV line's first field.
    static func name(in line: String) -> String {
        var field = line.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if field.hasPrefix("\"") && field.hasSuffix("\"") && field.count >= 2 { field = String(field.dropFirst().dropLast()) }
        return field.trimmingSpaces
    }
}
