import MeetingPlan
import PlanReading

/// The 回执 returned by the units, read together (changes.md): one roster for the plan, and what
/// is missing or wrong, located by file and cell.
public struct ReceiptBatch: Sendable {
    /// One person reported in a 回执.
    public struct Entry: Sendable, Equatable {
        public enum Status: Sendable, Equatable {
            case attending
            /// 代会: attends in the place of the person named in 备注 (`代张三`).
            case substitute(for: String)
            /// 请假: reported, not attending.
            case leave
        }

        public var name: String
        public var unit: String
        public var title: String?
        /// The canonical rank name.
        public var rank: String?
        public var gender: String?
        public var phone: String?
        public var lodging: String?
        public var arrive: String?
        public var leave: String?
        public var note: String?
        public var status: Status
        public var location: SourceLocation
    }

    /// One file read: its name as shown, the unit it reports for, and its people (every row
    /// reported, of them `leave` 请假).
    public struct FileSummary: Sendable, Equatable {
        public var file: String
        public var unit: String?
        public var entries: Int
        public var leave: Int
    }

    public var meetingID: String
    public var entries: [Entry]
    public var files: [FileSummary]
    /// Units of the plan's `units:` with at least one 回执, in `units` order.
    public var replied: [String]
    /// Units of the plan's `units:` that sent nothing (未报), in `units` order.
    public var missing: [String]

    public var attending: [Entry] { entries.filter { $0.status != .leave } }
    public var substitutes: [Entry] { entries.filter { if case .substitute = $0.status { return true } else { return false } } }
    public var onLeave: [Entry] { entries.filter { $0.status == .leave } }
}

/// Reads returned 回执 (XLSX as `export` writes it, re-saved by Excel, WPS or LibreOffice, or CSV)
/// with the roster readers. The caller reads the files; this never touches the disk.
public enum Receipts {
    /// The columns of a 回执, by their headers (Chinese as `receipt.xlsx` writes them, or English).
    enum Column: CaseIterable {
        case name, gender, unit, title, rank, phone, lodging, arrive, leave, note

        var headers: [String] {
            switch self {
            case .name: return ["姓名", "name"]
            case .gender: return ["性别", "gender"]
            case .unit: return ["单位", "unit"]
            case .title: return ["职务", "title"]
            case .rank: return ["职级", "rank"]
            case .phone: return ["联系电话", "电话", "手机", "phone"]
            case .lodging: return ["是否住宿", "住宿", "lodging"]
            case .arrive: return ["抵达时间", "抵达", "arrive"]
            case .leave: return ["离开时间", "离开", "leave"]
            case .note: return ["备注", "note"]
            }
        }

        static func matching(_ text: String) -> Column? {
            let header = text.trimmingSpaces.lowercased()
            return allCases.first { $0.headers.contains(header) }
        }
    }

    public static let genders = ["男", "女"]
    public static let lodgingChoices = ["是", "否"]

    /// Reads `files` (path as shown in messages, bytes) in order; every problem goes to `log`.
    public static func read(_ files: [(path: String, bytes: [UInt8])], plan: Plan, log: DiagnosticLog) -> ReceiptBatch {
        var entries: [ReceiptBatch.Entry] = []
        var summaries: [ReceiptBatch.FileSummary] = []
        var seen: [String: SourceLocation] = [:]
        let knownUnits = Set(plan.units)
        for file in files {
            guard let table = table(file.bytes, path: file.path, log: log) else { continue }
            var read = FileReading(table: table, plan: plan, knownUnits: knownUnits, log: log)
            let fileEntries = read.entries()
            for entry in fileEntries {
                let key = entry.name + "\u{1F}" + entry.unit
                if let first = seen[key] {
                    log.error(.receiptDuplicate, "“\(entry.name)”（\(entry.unit)）已在 \(first) 报过", at: entry.location)
                } else {
                    seen[key] = entry.location
                }
            }
            entries += fileEntries
            let rowUnits = Set(fileEntries.map(\.unit))
            summaries.append(ReceiptBatch.FileSummary(file: file.path, unit: read.fileUnit ?? (rowUnits.count == 1 ? rowUnits.first : nil),
                                                      entries: fileEntries.count,
                                                      leave: fileEntries.filter { $0.status == .leave }.count))
        }
        let reporting = Set(summaries.compactMap(\.unit) + entries.map(\.unit))
        // Roster order: units in `units` order, then the files' order.
        let unitRank = Dictionary(plan.units.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Each unit looked up once, positions sorted (not a lookup per comparison, nor entries moved).
        let ranks = entries.map { unitRank[$0.unit] ?? .max }
        let ordered = entries.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { entries[$0] }
        return ReceiptBatch(meetingID: plan.meeting.id, entries: ordered, files: summaries,
                            replied: plan.units.filter { reporting.contains($0) }, missing: plan.units.filter { !reporting.contains($0) })
    }

    static func table(_ bytes: [UInt8], path: String, log: DiagnosticLog) -> RosterTable? {
        if path.lowercased().hasSuffix(".xlsx") {
            guard bytes.starts(with: [0x50, 0x4B]) else {
                log.error(.rosterFormat, "文件扩展名为 .xlsx，但内容不是 XLSX 工作簿", at: SourceLocation(file: path, line: 1, column: 1))
                return nil
            }
            return XLSXRoster.table(bytes, file: path, columns: { Column.matching($0) != nil }, log: log)
        }
        guard let decoded = TextDecoding.decode(bytes) else {
            log.error(.rosterEncoding, "回执既不是 UTF-8 也不是 GB18030 编码", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
        return CSVRoster.table(decoded.text, file: path, columns: { Column.matching($0) != nil }, log: log)
    }
}

/// One 回执: finds the header row below the title lines, the file's 单位 cell above it, then
/// checks each row against the drop-down lists and the plan.
private struct FileReading {
    let table: RosterTable
    let plan: Plan
    let knownUnits: Set<String>
    let log: DiagnosticLog
    private(set) var fileUnit: String?

    init(table: RosterTable, plan: Plan, knownUnits: Set<String>, log: DiagnosticLog) {
        self.table = table
        self.plan = plan
        self.knownUnits = knownUnits
        self.log = log
    }

    /// Runs a check the plan holds the roster to (`PersonText`, `TextBounds`) and reports its
    /// problems as RECEIPT006; true when there is none.
    private func refusedByThePlan(_ check: (DiagnosticLog) -> Bool) -> Bool {
        let limits = DiagnosticLog()
        if check(limits) { return false }
        for problem in limits.diagnostics { log.error(.receiptOverLimit, problem.message, at: problem.location) }
        return true
    }

    mutating func entries() -> [ReceiptBatch.Entry] {
        let rows = [table.header] + table.rows
        guard let headerIndex = rows.firstIndex(where: { $0.contains { Receipts.Column.matching($0.text) == .name } }) else {
            let first = table.header.first
            log.error(.rosterHeader, "回执中找不到“姓名”列的标题行（应有 序号、姓名、性别、单位、职务、职级、联系电话、备注）",
                      at: SourceLocation(file: table.file, line: first?.line ?? 1, column: first?.column ?? 1))
            return []
        }
        var columns: [Int: Receipts.Column] = [:]
        for cell in rows[headerIndex] {
            if let column = Receipts.Column.matching(cell.text), !columns.values.contains(column) { columns[cell.column] = column }
        }
        let unitCell = fileUnitCell(rows[..<headerIndex])
        if let unitCell, refusedByThePlan({ PersonText.check(unitCell.text, as: .unit, at: SourceLocation(file: table.file, line: unitCell.line,
                                                                                                           column: unitCell.column), log: $0) }) {
            return []
        }
        fileUnit = unitCell.map { $0.text }
        if let unitCell, !knownUnits.isEmpty, !knownUnits.contains(unitCell.text) {
            log.error(.receiptUnknownUnit, "\(table.cellName(unitCell.line, unitCell.column))的单位“\(unitCell.text)”不在计划的 units 中\(hint(unitCell.text))",
                      at: SourceLocation(file: table.file, line: unitCell.line, column: unitCell.column))
        }
        var entries: [ReceiptBatch.Entry] = []
        var reportedNoUnit = false
        for row in rows[(headerIndex + 1)...] {
            var values: [Receipts.Column: RosterTable.Cell] = [:]
            for cell in row where !cell.text.trimmingSpaces.isEmpty {
                if let column = columns[cell.column] { values[column] = cell }
            }
            // Rows that hold nothing but a 序号 are the form's blank lines.
            guard !values.isEmpty else { continue }
            let line = row.first?.line ?? 0
            func text(_ column: Receipts.Column) -> String? { values[column].map { $0.text.trimmingSpaces } }
            func location(_ column: Receipts.Column) -> SourceLocation {
                let number = values[column]?.column ?? columns.first { $0.value == column }?.key ?? 1
                return SourceLocation(file: table.file, line: line, column: number)
            }
            func cellName(_ column: Receipts.Column) -> String { table.cellName(line, location(column).column ?? 1) }
            // Every problem of the row is reported, the missing name too.
            var valid = true
            let name = text(.name)
            if name == nil {
                log.error(.rosterMissingName, "\(cellName(.name))：第\(line)行缺少姓名", at: location(.name))
                valid = false
            }
            var badColumns: Set<Receipts.Column> = []
            for (column, cell) in values.sorted(by: { $0.value.column < $1.value.column }) {
                if let brk = cell.text.trimmingSpaces.unicodeScalars.first(where: TextCharacters.isLineBreak) {
                    log.error(.receiptOverLimit, "\(cellName(column))是单行文本，不能含换行符 \(TextCharacters.lineBreakName(brk))", at: location(column))
                } else if let bad = cell.text.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" }) {
                    log.error(.controlCharacter, "\(cellName(column))含有控制字符 U+\(String(bad.value, radix: 16, uppercase: true))", at: location(column))
                } else if !refusedByThePlan({ TextBounds.check(cell.text.trimmingSpaces, bound: TextBounds.cell(isUnitOrTitle: column == .unit || column == .title),
                                                                what: cellName(column), at: location(column), log: $0) }) {
                    continue
                }
                badColumns.insert(column)
                valid = false
            }
            // What the roster written from the 回执 will be held to by `check` (PersonText), as RECEIPT errors.
            for (column, field) in [(Receipts.Column.name, PersonText.name), (.unit, .unit), (.title, .title)] where !badColumns.contains(column) {
                guard let value = text(column) else { continue }
                if refusedByThePlan({ PersonText.check(value, as: field, at: location(column), log: $0) }) { valid = false }
            }
            func choice(_ column: Receipts.Column, _ allowed: [String], what: String) -> String? {
                guard let value = text(column) else { return nil }
                if allowed.contains(value) { return value }
                log.error(.receiptNotInList, "\(cellName(column))的\(what)“\(value)”不在下拉列表中，应为 \(allowed.joined(separator: "、"))", at: location(column))
                valid = false
                return nil
            }
            let gender = choice(.gender, Receipts.genders, what: "性别")
            let lodging = choice(.lodging, Receipts.lodgingChoices, what: "是否住宿")
            var rank: String?
            if let value = text(.rank) {
                rank = plan.ranks.canonicalName(of: value)
                if rank == nil {
                    log.error(.receiptNotInList, "\(cellName(.rank))的职级“\(value)”不在下拉列表（计划的职级表）中",
                              at: location(.rank))
                    valid = false
                }
            }
            guard let unit = text(.unit) ?? fileUnit else {
                if !reportedNoUnit {
                    log.error(.receiptNoUnit, "回执没有填写单位：请填写单位栏，或每行的“单位”列", at: location(.unit))
                    reportedNoUnit = true
                }
                continue
            }
            if values[.unit] != nil, !knownUnits.isEmpty, !knownUnits.contains(unit) {
                log.error(.receiptUnknownUnit, "\(cellName(.unit))的单位“\(unit)”不在计划的 units 中\(hint(unit))", at: location(.unit))
                valid = false
            }
            guard valid, let name else { continue }
            let note = text(.note)
            let status: ReceiptBatch.Entry.Status
            if let note, note.contains("请假") {
                status = .leave
            } else if let note, note.hasPrefix("代"), note.count > 1 {
                status = .substitute(for: String(note.dropFirst()).trimmingSpaces)
            } else {
                status = .attending
            }
            entries.append(ReceiptBatch.Entry(name: name, unit: unit, title: text(.title), rank: rank, gender: gender, phone: text(.phone),
                                              lodging: lodging, arrive: text(.arrive).map(Self.moment), leave: text(.leave).map(Self.moment),
                                              note: note, status: status, location: location(.name)))
        }
        return entries
    }

    /// The cell right of a `单位…` label above the header (`单位（盖章）：` | 城关镇), or the text
    /// after the colon of a single `单位：城关镇` cell.
    private func fileUnitCell(_ rows: ArraySlice<[RosterTable.Cell]>) -> RosterTable.Cell? {
        for row in rows {
            for (index, cell) in row.enumerated() where cell.text.trimmingSpaces.hasPrefix("单位") {
                let label = cell.text.trimmingSpaces
                if let colon = label.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                    let rest = String(label[label.index(after: colon)...]).trimmingSpaces
                    if !rest.isEmpty { return RosterTable.Cell(text: rest, line: cell.line, column: cell.column) }
                }
                if let value = row.dropFirst(index + 1).first(where: { !$0.text.trimmingSpaces.isEmpty }) {
                    return RosterTable.Cell(text: value.text.trimmingSpaces, line: value.line, column: value.column)
                }
            }
        }
        return nil
    }

    private func hint(_ unit: String) -> String {
        Suggestion.nearest(to: unit, in: plan.units).map { "，是否为“\($0)”？" } ?? ""
    }

    /// A time as typed, or an Excel serial date-time as `2026-12-02 14:00`.
    static func moment(_ text: String) -> String {
        guard let serial = Double(text), serial > 1, let date = XLSXRoster.date(fromSerial: serial) else { return text }
        let minutes = Int(((serial - serial.rounded(.down)) * 1440).rounded())
        guard minutes > 0 else { return "\(date)" }
        return "\(date) \(LocalTime(hour: minutes / 60 % 24, minute: minutes % 60))"
    }
}
