import Foundation
import XMLSupport
import ZIPFoundation

/// Reads the first worksheet of an XLSX workbook into a `RosterTable`: shared strings, inline
/// strings, numbers (integral ones without a decimal point) and dates as Excel stores them
/// (serial day numbers, converted where a column expects a date).
public enum XLSXRoster {
    public static func table(_ bytes: [UInt8], file: String, log: DiagnosticLog) -> RosterTable? {
        let origin = SourceLocation(file: file, line: 1, column: 1)
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            let sheetPath = try firstSheetPath(archive)
            let shared = try archive["xl/sharedStrings.xml"].map { try sharedStrings(read(archive, $0)) } ?? []
            guard let sheetEntry = archive[sheetPath] else { throw XMLError("缺少工作表 \(sheetPath)") }
            let rows = try cells(read(archive, sheetEntry), shared: shared)
            guard let header = rows.first, !header.isEmpty else {
                log.error(.rosterEmpty, "工作簿的第一个工作表为空", at: origin)
                return nil
            }
            return RosterTable(file: file, header: header, rows: Array(rows.dropFirst()), naming: .spreadsheet)
        } catch {
            log.error(.rosterFormat, "无法读取 XLSX 工作簿：\(error)", at: origin)
            return nil
        }
    }

    private static func read(_ archive: Archive, _ entry: Entry) throws -> [UInt8] {
        var bytes: [UInt8] = []
        _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// The path of the first `<sheet>` of the workbook, through the workbook's relationships.
    private static func firstSheetPath(_ archive: Archive) throws -> String {
        guard let workbook = archive["xl/workbook.xml"] else { throw XMLError("缺少 xl/workbook.xml") }
        let reader = try XMLReader(bytes: read(archive, workbook))
        var relationshipID: String?
        while let event = try reader.next() {
            if case .start(let name, let attributes, _) = event, name.hasSuffix("sheet") && !name.hasSuffix("Sheets") {
                relationshipID = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
                break
            }
        }
        guard let relationshipID else { throw XMLError("工作簿中没有工作表") }
        guard let rels = archive["xl/_rels/workbook.xml.rels"] else { return "xl/worksheets/sheet1.xml" }
        let relsReader = try XMLReader(bytes: read(archive, rels))
        while let event = try relsReader.next() {
            if case .start(_, let attributes, _) = event, attributes["Id"] == relationshipID, let target = attributes["Target"] {
                return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        throw XMLError("找不到工作表 \(relationshipID)")
    }

    private static func sharedStrings(_ bytes: [UInt8]) throws -> [String] {
        let reader = try XMLReader(bytes: bytes)
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        while let event = try reader.next() {
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

    /// The sheet's rows as cells (row number = line, column number = column), gaps left out.
    private static func cells(_ bytes: [UInt8], shared: [String]) throws -> [[RosterTable.Cell]] {
        let reader = try XMLReader(bytes: bytes)
        var rows: [[RosterTable.Cell]] = []
        var row: [RosterTable.Cell] = []
        var rowNumber = 0
        var cellRef = (line: 0, column: 0)
        var cellType = "n"
        var value = ""
        var inValue = false
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes, let isEmpty):
                switch name {
                case "row":
                    rowNumber = Int(attributes["r"] ?? "") ?? rowNumber + 1
                    row = []
                    if isEmpty { rows.append(row) }
                case "c":
                    cellRef = parseReference(attributes["r"]) ?? (rowNumber, (row.last?.column ?? 0) + 1)
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
                    let text: String
                    switch cellType {
                    case "s": text = Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
                    case "b": text = value == "1" ? "true" : "false"
                    case "n": text = numberText(value)
                    default: text = value
                    }
                    row.append(RosterTable.Cell(text: text, line: cellRef.line, column: cellRef.column))
                case "row":
                    rows.append(row)
                default: break
                }
            }
        }
        return rows.filter { !$0.allSatisfy { $0.text.trimmingSpaces.isEmpty } }
    }

    /// `12.0` → `12`; other numbers as Excel stored them.
    static func numberText(_ stored: String) -> String {
        if let number = Double(stored), number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return stored
    }

    /// `B12` → (12, 2).
    static func parseReference(_ reference: String?) -> (line: Int, column: Int)? {
        guard let reference else { return nil }
        var column = 0
        var digits = ""
        for character in reference {
            if let ascii = character.asciiValue, character.isLetter {
                column = column * 26 + Int(ascii & 0x1F)
            } else {
                digits.append(character)
            }
        }
        guard let line = Int(digits), column > 0 else { return nil }
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

extension LocalDate {
    /// The date of a day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
