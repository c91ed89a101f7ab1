import MeetingPlan
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
    /// The first cell with text right of the last known column, below the header (CSV only): a
    /// reader that knows every header column (a notice attachment's table) reports it, since
    /// its text would be left out.
    public var firstCellPastKnownColumns: Cell?
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

    /// Which header texts name a column the reader uses: the roster's columns (`RosterImport`),
    /// or a 回执's (`Receipts`), whose form has more.
    public typealias HeaderColumns = @Sendable (String) -> Bool

    /// Rows searched for the header: a form (回执) has title lines above it; every cell of these
    /// rows is kept. Past them, or from the first row naming a known column, only known columns are.
    static let headerSearchRows = 10

    /// The column numbers of a header row whose text names a known column: the only cells kept
    /// of the rows below it (with each row's first cell, which carries its line).
    static func knownColumns(_ header: [Cell], _ isKnown: HeaderColumns) -> Set<Int> {
        Set(header.filter { isKnown($0.text) }.map(\.column))
    }

    public func cellName(_ line: Int, _ column: Int) -> String {
        switch naming {
        case .lineAndField: return "第\(line)行第\(column)列"
        case .spreadsheet: return "单元格 \(XLSXRoster.columnLetters(column))\(line)"
        }
    }
}

/// Reads CSV (RFC 4180 quoting; comma separated; CRLF, LF or CR) into a `RosterTable`. Works on
/// the UTF-8 bytes (every delimiter is ASCII), so a 64 MB roster is read in one pass.
public enum CSVRoster {
    public static func table(_ text: String, file: String, columns: RosterTable.HeaderColumns, log: DiagnosticLog) -> RosterTable? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let bytes = Array(text.utf8)
        var records: [[RosterTable.Cell]] = []
        var record: [RosterTable.Cell] = []
        var field: [UInt8] = []
        var line = 1
        var fieldLine = 1
        /// Columns read past the header: the known ones (others are counted, never stored, so a
        /// row of a million commas costs no memory).
        var wanted: [Bool]? = nil
        var column = 0
        var stopped = false
        var pastKnownColumns: RosterTable.Cell? = nil

        func endField() {
            column += 1
            if column > XLSXRoster.maximumColumn {
                log.error(.cellReference, "第\(fieldLine)行超过 \(XLSXRoster.maximumColumn) 列（XFD），其余未读取",
                          at: SourceLocation(file: file, line: fieldLine, column: XLSXRoster.maximumColumn))
                stopped = true
            } else if column == 1 || wanted.map({ column < $0.count && $0[column] }) ?? true {
                record.append(RosterTable.Cell(text: CSVCells.unneutralized(String(decoding: field, as: UTF8.self)), line: fieldLine, column: column))
            } else if pastKnownColumns == nil, let wanted, column >= wanted.count,
                      field.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
                pastKnownColumns = RosterTable.Cell(text: CSVCells.unneutralized(String(decoding: field, as: UTF8.self)), line: fieldLine, column: column)
            }
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            defer {
                record = []
                column = 0
            }
            // A blank line is no record.
            guard !stopped, !(column == 1 && record[0].text.isEmpty) else { return }
            guard wanted != nil else {
                let known = RosterTable.knownColumns(record, columns)
                if !known.isEmpty || records.count + 1 >= RosterTable.headerSearchRows {
                    wanted = (0...(known.max() ?? 0)).map(known.contains)
                }
                records.append(record)
                return
            }
            // records[0] is the header.
            if records.count > RosterTable.maximumRows {
                log.error(.tooManyRows, "名单超过 \(RosterTable.maximumRows) 行人员，其余未读取", at: SourceLocation(file: file, line: record[0].line, column: 1))
                stopped = true
            } else {
                records.append(record)
            }
        }

        var index = 0
        var atFieldStart = true
        while index < bytes.count && !stopped {
            if atFieldStart {
                fieldLine = line
                atFieldStart = false
                if bytes[index] == quote {
                    // A quoted section: "" is a quote; line ends inside belong to the field.
                    let quoteLine = line
                    index += 1
                    var closed = false
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < bytes.count && bytes[index + 1] == quote {
                                field.append(quote)
                                index += 2
                                continue
                            }
                            index += 1
                            closed = true
                            break
                        }
                        if byte == newline { line += 1 }
                        field.append(byte)
                        index += 1
                    }
                    if !closed {
                        // Report the unclosed quote and keep the rows before it, so their problems are reported too.
                        log.error(.rosterMalformed, "第\(quoteLine)行的引号没有闭合", at: SourceLocation(file: file, line: quoteLine, column: column + 1))
                        record = []
                        stopped = true
                        break
                    }
                }
            }
            // The rest of the field, as it stands, up to its delimiter.
            var end = index
            while end < bytes.count, bytes[end] != comma, bytes[end] != newline, bytes[end] != carriageReturn { end += 1 }
            if end > index { field += bytes[index..<end] }
            index = end
            guard index < bytes.count else { break }
            atFieldStart = true
            switch bytes[index] {
            case comma:
                endField()
            case carriageReturn:
                if index + 1 < bytes.count && bytes[index + 1] == newline { index += 1 }
                line += 1
                endRecord()
            default:
                line += 1
                endRecord()
            }
            index += 1
        }
        if !stopped && (!field.isEmpty || !record.isEmpty) {
            endRecord()
        }
        guard let header = records.first else {
            log.error(.rosterEmpty, "名单文件为空", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        var table = RosterTable(file: file, header: header, rows: Array(records.dropFirst()), naming: .lineAndField)
        table.firstCellPastKnownColumns = pastKnownColumns
        return table
    }
}
