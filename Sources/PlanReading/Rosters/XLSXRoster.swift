import MeetingPlan
import Foundation
import XMLSupport
import ZIPFoundation

/// Reads the first worksheet of an XLSX workbook into a `RosterTable`: shared strings, inline
/// strings, numbers (integral ones without a decimal point) and dates as Excel stores them
/// (serial day numbers, converted where a column expects a date).
public enum XLSXRoster {
    /// The largest part (sheet, shared strings, workbook) inflated, as the zip directory states
    /// it and as inflating finds it (plan-format.md, "Limits").
    public static let maximumPartBytes = 64 * 1_048_576
    /// The last cell of a worksheet: XFD1048576.
    public static let maximumColumn = 16_384
    public static let maximumRow = 1_048_576

    public static func table(_ bytes: [UInt8], file: String, columns: @escaping RosterTable.HeaderColumns, log: DiagnosticLog) -> RosterTable? {
        let origin = SourceLocation(file: file, line: 1, column: 1)
        if let problem = ZipBounds.problem(in: bytes) {
            log.error(.rosterFormat, "无法读取 XLSX 工作簿：zip 结构损坏（\(problem)）", at: origin)
            return nil
        }
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            let sheetPath = try firstSheetPath(archive)
            let sharedPath = "xl/sharedStrings.xml"
            let shared = try archive[sharedPath] == nil ? [] : sharedStrings(XMLPart(archive, sharedPath))
            let sheet = try XMLPart(archive, sheetPath)
            let rows = try SheetReader(file: file, part: sheetPath, shared: shared, columns: columns, log: log).rows(sheet)
            guard let header = rows.first else {
                log.error(.rosterEmpty, "工作簿的第一个工作表为空", at: origin)
                return nil
            }
            return RosterTable(file: file, header: header, rows: Array(rows.dropFirst()), naming: .spreadsheet)
        } catch let problem as PartProblem {
            log.error(problem.code, problem.message, at: SourceLocation(file: file, path: problem.place))
        } catch {
            log.error(.rosterFormat, "无法读取 XLSX 工作簿：\(error)", at: origin)
        }
        return nil
    }

    /// Checks that every record of the zip directory and every entry's data lie inside the file,
    /// before ZIPFoundation reads it: its in-memory archive traps on a seek past the end.
    enum ZipBounds {
        static func problem(in bytes: [UInt8]) -> String? {
            func uint(_ offset: Int, _ size: Int) -> Int? {
                guard offset >= 0, offset + size <= bytes.count else { return nil }
                return (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
            }
            let searchStart = max(0, bytes.count - 22 - 65_535)
            guard bytes.count >= 22, let end = stride(from: bytes.count - 22, through: searchStart, by: -1)
                .first(where: { uint($0, 4) == 0x0605_4B50 }) else { return "找不到目录结尾" }
            guard let entries = uint(end + 10, 2), let directorySize = uint(end + 12, 4), let directoryStart = uint(end + 16, 4),
                  directoryStart + directorySize <= end else { return "目录超出文件" }
            var record = directoryStart
            for _ in 0..<entries {
                guard uint(record, 4) == 0x0201_4B50, let compressed = uint(record + 20, 4), let uncompressed = uint(record + 24, 4),
                      let nameLength = uint(record + 28, 2), let extraLength = uint(record + 30, 2),
                      let commentLength = uint(record + 32, 2), let local = uint(record + 42, 4) else { return "目录记录损坏" }
                guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else { return "不支持 ZIP64" }
                record += 46 + nameLength + extraLength + commentLength
                guard record <= directoryStart + directorySize else { return "目录记录超出目录" }
                guard uint(local, 4) == 0x0403_4B50, let flags = uint(local + 6, 2), let localName = uint(local + 26, 2),
                      let localExtra = uint(local + 28, 2) else { return "条目头损坏" }
                let dataEnd = local + 30 + localName + localExtra + compressed + (flags & 0x8 != 0 ? 16 : 0)
                guard dataEnd <= directoryStart else { return "条目数据超出文件" }
            }
            return nil
        }
    }

    /// A problem in one part of the workbook; `place` names the part (and where in it).
    struct PartProblem: Error {
        var code: DiagnosticCode = .rosterFormat
        var message: String
        var place: String
    }

    /// One XML part of the workbook, inflated within `maximumPartBytes` and read as events;
    /// malformed XML is reported with the part's name and line.
    struct XMLPart {
        let path: String
        private let reader: XMLReader

        init(_ archive: Archive, _ path: String) throws {
            guard let entry = archive[path] else {
                throw PartProblem(message: "工作簿缺少此部件", place: path)
            }
            let tooLarge = PartProblem(code: .partTooLarge, message: "部件解压后超过 \(maximumPartBytes / 1_048_576) MB，未读取", place: path)
            guard entry.uncompressedSize <= UInt64(maximumPartBytes) else { throw tooLarge }
            // The zip directory's size is a claim: inflating stops as soon as the data exceeds it.
            let declared = Int(entry.uncompressedSize)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(declared)
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard bytes.count + chunk.count <= declared else {
                        throw PartProblem(code: .partTooLarge, message: "部件解压后超过 zip 目录记载的 \(declared) 字节，未读取", place: path)
                    }
                    bytes.append(contentsOf: chunk)
                }
            } catch let problem as PartProblem {
                throw problem
            } catch {
                throw PartProblem(message: "无法解压此部件：\(error)", place: path)
            }
            self.path = path
            do {
                reader = try XMLReader(bytes: bytes)
            } catch {
                throw PartProblem(message: "此部件不是 XML", place: path)
            }
        }

        func next() throws -> XMLEvent? {
            do {
                return try reader.next()
            } catch {
                throw PartProblem(message: "XML 格式错误", place: "\(path) 第 \(reader.line) 行")
            }
        }
    }

    /// The path of the first `<sheet>` of the workbook, through the workbook's relationships.
    private static func firstSheetPath(_ archive: Archive) throws -> String {
        let workbook = try XMLPart(archive, "xl/workbook.xml")
        var relationshipID: String?
        while let event = try workbook.next() {
            if case .start(let name, let attributes, _) = event, name.hasSuffix("sheet") && !name.hasSuffix("Sheets") {
                relationshipID = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
                break
            }
        }
        guard let relationshipID else { throw PartProblem(message: "工作簿中没有工作表", place: workbook.path) }
        let relsPath = "xl/_rels/workbook.xml.rels"
        guard archive[relsPath] != nil else { return "xl/worksheets/sheet1.xml" }
        let rels = try XMLPart(archive, relsPath)
        while let event = try rels.next() {
            if case .start(_, let attributes, _) = event, attributes["Id"] == relationshipID, let target = attributes["Target"] {
                return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        throw PartProblem(message: "找不到工作表 \(DiagnosticText.quoted(relationshipID))", place: rels.path)
    }

    private static func sharedStrings(_ part: XMLPart) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        while let event = try part.next() {
            switch event {
            case .start(let name, _, let isEmpty):
                if name == "si" { current = "" }
                if name == "rPh" && !isEmpty { inPhonetic = true }
                if name == "t" && !isEmpty { inText = true }
                if name == "si" && isEmpty { strings.append("") }
            case .end(let name):
                if name == "t" { inText = false }
                if name == "rPh" { inPhonetic = false }
                if name == "si" { strings.append(current) }
            case .text(let text):
                if inText && !inPhonetic { current += text }
            }
        }
        return strings
    }

    /// Reads a worksheet's rows as cells (row number = line, column number = column), leaving out
    /// empty rows; stops at the row limit. Bad row numbers and cell references are logged.
    private struct SheetReader {
        let file: String
        let part: String
        let shared: [String]
        let columns: RosterTable.HeaderColumns
        let log: DiagnosticLog

        func rows(_ sheet: XMLPart) throws -> [[RosterTable.Cell]] {
            var rows: [[RosterTable.Cell]] = []
            var row: [RosterTable.Cell] = []
            /// The current row's number; nil inside a row whose number is invalid (its cells are skipped).
            var rowNumber: Int? = 0
            var lastRow = 0
            var lastColumn = 0
            var rowHasText = false
            /// Columns kept past the header (see `RosterTable.knownColumns`).
            var wanted: Set<Int>? = nil
            var rowOrdinal = 0
            var cellPosition = (line: 0, column: 0)
            var cellValid = false
            var cellType = "n"
            var value = ""
            var inValue = false
            while let event = try sheet.next() {
                switch event {
                case .start(let name, let attributes, let isEmpty):
                    switch name {
                    case "row":
                        // Past the diagnostic cap the rest of a broken sheet is not worth reading.
                        if log.isFull(file) {
                            log.error(.cellReference, "问题过多，工作表其余部分未读取", at: SourceLocation(file: file, path: part))
                            return rows
                        }
                        rowOrdinal += 1
                        row = []
                        lastColumn = 0
                        rowHasText = false
                        if let text = attributes["r"] {
                            rowNumber = Int(text).flatMap { (1...maximumRow).contains($0) ? $0 : nil }
                            if rowNumber == nil {
                                log.error(.cellReference, "行号“\(quoted: text)”无效，应在 1…\(maximumRow) 之间",
                                          at: SourceLocation(file: file, path: "\(part) 第 \(rowOrdinal) 个 <row>"))
                            }
                        } else if lastRow < maximumRow {
                            rowNumber = lastRow + 1
                        } else {
                            rowNumber = nil
                            log.error(.cellReference, "工作表超过 \(maximumRow) 行", at: SourceLocation(file: file, path: "\(part) 第 \(rowOrdinal) 个 <row>"))
                        }
                        if let rowNumber { lastRow = rowNumber }
                    case "c":
                        guard let line = rowNumber else { continue }
                        let next = (line: line, column: lastColumn + 1)
                        cellValid = true
                        if let reference = attributes["r"] {
                            if let parsed = parseReference(reference) {
                                cellPosition = parsed
                            } else {
                                cellValid = false
                                log.error(.cellReference, "\(part) 中的单元格引用“\(quoted: reference)”无效，应在 A1…XFD\(maximumRow) 之内",
                                          at: SourceLocation(file: file, line: line, column: min(next.column, maximumColumn)))
                            }
                        } else if next.column <= maximumColumn {
                            cellPosition = next
                        } else {
                            cellValid = false
                            if next.column == maximumColumn + 1 {
                                log.error(.cellReference, "\(part) 中第 \(line) 行超过 \(maximumColumn) 列（XFD）",
                                          at: SourceLocation(file: file, line: line, column: maximumColumn))
                            }
                        }
                        if cellValid { lastColumn = cellPosition.column }
                        cellType = attributes["t"] ?? "n"
                        value = ""
                    case "v", "t":
                        inValue = !isEmpty
                    default: break
                    }
                case .text(let text):
                    if inValue { value += text }
                case .end(let name):
                    switch name {
                    case "v", "t": inValue = false
                    case "c":
                        guard rowNumber != nil, cellValid else { continue }
                        let text = cellText(value, type: cellType)
                        if !text.trimmingSpaces.isEmpty { rowHasText = true }
                        // Past the header only known columns are kept, and each row's first cell (its line).
                        if row.isEmpty || wanted?.contains(cellPosition.column) ?? true {
                            row.append(RosterTable.Cell(text: CSVCells.unneutralized(text), line: cellPosition.line, column: cellPosition.column))
                        }
                    case "row":
                        guard rowNumber != nil, rowHasText else { continue }
                        if wanted == nil {
                            let known = RosterTable.knownColumns(row, columns)
                            if !known.isEmpty || rows.count + 1 >= RosterTable.headerSearchRows { wanted = known }
                        }
                        // rows[0] is the header.
                        if rows.count > RosterTable.maximumRows {
                            log.error(.tooManyRows, "名单超过 \(RosterTable.maximumRows) 行人员，其余未读取", at: SourceLocation(file: file, line: row[0].line, column: 1))
                            return rows
                        }
                        rows.append(row)
                    default: break
                    }
                }
            }
            return rows
        }

        private func cellText(_ value: String, type: String) -> String {
            switch type {
            case "s": return Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
            case "b": return value == "1" ? "true" : "false"
            case "n": return numberText(value)
            default: return value
            }
        }
    }

    /// `12.0` → `12`; other numbers as Excel stored them.
    static func numberText(_ stored: String) -> String {
        if let number = Double(stored), number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return stored
    }

    /// `B12` → (12, 2): letters then digits, within A1…XFD1048576; nil otherwise. Never traps,
    /// however long the reference.
    static func parseReference(_ reference: String) -> (line: Int, column: Int)? {
        var column = 0
        var line = 0
        var inDigits = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !inDigits else { return nil }
                column = column * 26 + Int(byte & 0x1F)
                guard column <= maximumColumn else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                inDigits = true
                line = line * 10 + Int(byte - UInt8(ascii: "0"))
                guard line <= maximumRow else { return nil }
            default:
                return nil
            }
        }
        guard column >= 1, line >= 1 else { return nil }
        return (line, column)
    }

    public static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// An Excel serial day number (1900 date system, with its 1900-02-29) as a date.
    public static func date(fromSerial serial: Double) -> LocalDate? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial)
        if days > 60 { days -= 1 }
        // Serial 1 = 1900-01-01.
        let base = LocalDate(year: 1900, month: 1, day: 1).dayNumber - 1
        return LocalDate(dayNumber: base + days)
    }
}
