/// A roster as a grid of text cells, each with where it stands in its file: the common form of
/// CSV and XLSX rosters before they become people.
public struct RosterTable: Sendable {
    public struct Cell: Sendable {
        public var text: String
        /// CSV: line and field number; XLSX: row and column number.
        public var line: Int
        public var column: Int
        public init(text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    /// The most data rows (under the header) a roster may have (plan-format.md, "Limits").
    public static let maximumRows = 100_000

    public var file: String
    public var header: [Cell]
    public var rows: [[Cell]]
    /// How cells are named in messages.
    public var naming: CellNaming

    public enum CellNaming: Sendable {
        /// "第88行第2列" (CSV)
        case lineAndField
        /// "单元格 B88" (XLSX)
        case spreadsheet
    }

    public init(file: String, header: [Cell], rows: [[Cell]], naming: CellNaming) {
        self.file = file
        self.header = header
        self.rows = rows
        self.naming = naming
    }

    public func cellName(_ line: Int, _ column: Int) -> String {
        switch naming {
        case .lineAndField: return "第\(line)行第\(column)列"
        case .spreadsheet: return "单元格 \(XLSXRoster.columnLetters(column))\(line)"
        }
    }
}

/// Reads CSV (RFC 4180 quoting; comma separated; CRLF or LF) into a `RosterTable`.
public enum CSVRoster {
    public static func table(_ text: String, file: String, log: DiagnosticLog) -> RosterTable? {
        var records: [[RosterTable.Cell]] = []
        var record: [RosterTable.Cell] = []
        var field = ""
        var line = 1
        var fieldLine = 1
        var inQuotes = false
        var quoteLine = 0
        var fieldWasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            record.append(RosterTable.Cell(text: field, line: fieldLine, column: record.count + 1))
            field = ""
            fieldWasQuoted = false
            fieldLine = line
        }
        var tooManyRows = false
        func endRecord() {
            endField()
            // A blank line is no record.
            if !(record.count == 1 && record[0].text.isEmpty) {
                // records[0] is the header.
                if records.count > RosterTable.maximumRows {
                    log.error(.tooManyRows, "名单超过 \(RosterTable.maximumRows) 行人员，其余未读取", at: SourceLocation(file: file, line: record[0].line, column: 1))
                    tooManyRows = true
                } else {
                    records.append(record)
                }
            }
            record = []
        }

        while !tooManyRows, let scalar = pending ?? iterator.next() {
            pending = nil
            if tooManyRows {
            record = []
        } else if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case ",":
                endField()
            case "\r":
                let next = iterator.next()
                if next != "\n" { pending = next }
                line += 1
                endRecord()
                fieldLine = line
            case "\n":
                line += 1
                endRecord()
                fieldLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if tooManyRows {
            record = []
        } else if inQuotes {
            // Report the unclosed quote and keep the rows before it, so their problems are reported too.
            log.error(.rosterMalformed, "第\(quoteLine)行的引号没有闭合", at: SourceLocation(file: file, line: quoteLine, column: record.count + 1))
            record = []
        } else if !field.isEmpty || !record.isEmpty {
            endRecord()
        }
        guard let header = records.first else {
            log.error(.rosterEmpty, "名单文件为空", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        return RosterTable(file: file, header: header, rows: Array(records.dropFirst()), naming: .lineAndField)
    }
}
