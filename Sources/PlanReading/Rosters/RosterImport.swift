import MeetingPlan
/// Turns a roster file (CSV or XLSX) into people, checking each row.
public enum RosterImport {
    /// The columns a roster may have, with their English and Chinese headers.
    public enum Column: String, CaseIterable, Sendable {
        case id, name, unit, title, rank, order, since, gender, role, phone
        /// The 回执's 是否住宿, 抵达时间, 离开时间 (the columns `banhui receipts` writes), and pins.
        case lodging, arrive, leave, hotel, room

        public var chineseHeader: String {
            switch self {
            case .id: return "编号"
            case .name: return "姓名"
            case .unit: return "单位"
            case .title: return "职务"
            case .rank: return "职级"
            case .order: return "排序"
            case .since: return "任职时间"
            case .gender: return "性别"
            case .role: return "身份"
            case .phone: return "电话"
            case .lodging: return "是否住宿"
            case .arrive: return "抵达时间"
            case .leave: return "离开时间"
            case .hotel: return "宾馆"
            case .room: return "房间"
            }
        }

        static func matching(_ header: String) -> Column? {
            let text = header.trimmingSpaces
            return allCases.first { $0.rawValue == text.lowercased() || $0.chineseHeader == text }
        }
    }

    /// The header texts of a roster's columns (`RosterTable.HeaderColumns`).
    public static let headerColumns: RosterTable.HeaderColumns = { Column.matching($0) != nil }

    /// Reads the roster at `path` (already resolved) and returns its people; `firstAppearance`
    /// numbers them after the people before it in the plan.
    public static func people(bytes: [UInt8], path: String, shownAs file: String, ranks: RankTable,
                              firstAppearance: Int, log: DiagnosticLog) -> [Person] {
        let lowered = path.lowercased()
        let table: RosterTable?
        if lowered.hasSuffix(".csv") || lowered.hasSuffix(".txt") {
            guard let decoded = TextDecoding.decode(bytes) else {
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
                let position = TextDecoding.firstInvalidUTF8Offset(body[...]).map { LineTable(body).position(ofByte: $0) } ?? (line: 1, column: 1)
                log.error(.rosterEncoding, "名单文件既不是 UTF-8 也不是 GB18030 编码（此处起不是 UTF-8）",
                          at: SourceLocation(file: file, line: position.line, column: position.column))
                return []
            }
            table = CSVRoster.table(decoded.text, file: file, columns: headerColumns, log: log)
        } else if lowered.hasSuffix(".xlsx") {
            guard bytes.starts(with: [0x50, 0x4B]) else {
                log.error(.rosterFormat, "文件扩展名为 .xlsx，但内容不是 XLSX 工作簿", at: SourceLocation(file: file, line: 1, column: 1))
                return []
            }
            table = XLSXRoster.table(bytes, file: file, columns: headerColumns, log: log)
        } else {
            log.error(.rosterFormat, "名单文件须为 .csv 或 .xlsx", at: SourceLocation(file: file, line: 1, column: 1))
            return []
        }
        guard let table else { return [] }
        return people(in: table, ranks: ranks, firstAppearance: firstAppearance, log: log)
    }

    static func people(in table: RosterTable, ranks: RankTable, firstAppearance: Int, log: DiagnosticLog) -> [Person] {
        var columns: [Int: Column] = [:]
        for cell in table.header {
            if let column = Column.matching(cell.text), !columns.values.contains(column) { columns[cell.column] = column }
        }
        guard columns.values.contains(.name) else {
            let first = table.header.first
            log.error(.rosterHeader, "名单的标题行没有“姓名”（name）列；标题行须包含姓名，可选：编号、单位、职务、职级、排序、任职时间、性别、身份、电话",
                      at: SourceLocation(file: table.file, line: first?.line ?? 1, column: first?.column ?? 1))
            return []
        }
        let nameColumn = columns.first { $0.value == .name }!.key
        if table.rows.isEmpty {
            log.error(.rosterEmpty, "名单只有标题行，没有人员", at: SourceLocation(file: table.file, line: table.header.first?.line ?? 1, column: 1))
        }
        var people: [Person] = []
        for row in table.rows {
            let line = row.first?.line ?? 0
            var values: [Column: RosterTable.Cell] = [:]
            for cell in row {
                if let column = columns[cell.column] { values[column] = cell }
            }
            func text(_ column: Column) -> String? {
                guard let cell = values[column] else { return nil }
                let trimmed = cell.text.trimmingSpaces
                return trimmed.isEmpty ? nil : trimmed
            }
            func location(_ column: Column) -> SourceLocation {
                let columnNumber = values[column]?.column ?? columns.first { $0.value == column }?.key ?? 1
                return SourceLocation(file: table.file, line: line, column: columnNumber)
            }
            guard let name = text(.name) else {
                log.error(.rosterMissingName, "第\(line)行缺少姓名", at: SourceLocation(file: table.file, line: line, column: nameColumn))
                continue
            }
            var badColumns: Set<Column> = []
            for column in Column.allCases {
                guard let value = values[column]?.text else { continue }
                if let bad = value.unicodeScalars.first(where: TextCharacters.isLineBreak) {
                    log.error(.lineBreak, "\(table.cellName(line, location(column).column!))是单行文本，不能含换行符 \(TextCharacters.lineBreakName(bad))", at: location(column))
                } else if let bad = value.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" }) {
                    log.error(.controlCharacter, "\(table.cellName(line, location(column).column!))含有控制字符 U+\(String(bad.value, radix: 16, uppercase: true))", at: location(column))
                } else if TextBounds.check(value.trimmingSpaces, bound: TextBounds.cell(isUnitOrTitle: column == .unit || column == .title),
                                           what: table.cellName(line, location(column).column!), at: location(column), log: log) {
                    continue
                }
                badColumns.insert(column)
            }
            var rowOK = badColumns.isEmpty
            for (column, field) in [(Column.name, PersonText.name), (.unit, .unit), (.title, .title)] where !badColumns.contains(column) {
                if let value = text(column), !PersonText.check(value, as: field, at: location(column), log: log) { rowOK = false }
            }
            var person = Person(id: text(.id) ?? "R\(line)", name: name, unit: text(.unit), title: text(.title),
                                gender: text(.gender), phone: text(.phone), appearance: firstAppearance + people.count,
                                location: location(.name), generatedID: text(.id) == nil)
            if let rank = text(.rank) {
                if let level = ranks.level(of: rank) {
                    person.rank = ranks.canonicalName(of: rank)
                    person.rankLevel = level
                } else {
                    let hint = Suggestion.nearest(to: rank, in: ranks.allNames).map { "，是否为“\($0)”？" } ?? ""
                    log.error(.unknownRank, "职级“\(quoted: rank)”不在职级表中\(hint)", at: location(.rank))
                    rowOK = false
                }
            }
            if let order = text(.order) {
                if let value = Int(XLSXRoster.numberText(order)), value >= 1 { person.order = value } else {
                    log.error(.rosterMalformed, "\(table.cellName(line, location(.order).column!))的排序“\(quoted: order)”应为正整数", at: location(.order))
                    rowOK = false
                }
            }
            if let since = text(.since) {
                if let date = LocalDate(parsing: since) ?? Double(since).flatMap(XLSXRoster.date(fromSerial:)) {
                    person.since = date
                } else {
                    log.error(.badDate, "\(table.cellName(line, location(.since).column!))的任职时间“\(quoted: since)”应为日期（如 2019-03-01）", at: location(.since))
                    rowOK = false
                }
            }
            if let role = text(.role) {
                if let value = PersonRole(rawValue: role) ?? PersonRole.allCases.first(where: { $0.label == role }) {
                    person.role = value
                } else {
                    log.error(.notInSet, "身份“\(quoted: role)”无效，应为 attendee/出席、observer/列席、guest/来宾、host/主办方、staff/工作人员、press/媒体", at: location(.role))
                    rowOK = false
                }
            }
            if let lodging = text(.lodging) {
                switch lodging.lowercased() {
                case "是", "true", "yes": person.stay.lodging = true
                case "否", "false", "no": person.stay.lodging = false
                default:
                    log.error(.notInSet, "\(table.cellName(line, location(.lodging).column!))的是否住宿“\(quoted: lodging)”应为 是 或 否", at: location(.lodging))
                    rowOK = false
                }
            }
            for column in [Column.arrive, .leave] {
                guard let value = text(column) else { continue }
                if let time = LocalDateTime(parsing: value) {
                    if column == .arrive { person.stay.arrive = time } else { person.stay.leave = time }
                } else {
                    log.error(.badDate, "\(table.cellName(line, location(column).column!))的\(column.chineseHeader)“\(quoted: value)”应为日期时间（如 2026-12-13 15:00）", at: location(column))
                    rowOK = false
                }
            }
            person.stay.hotel = text(.hotel)
            person.stay.room = text(.room)
            if rowOK { people.append(person) }
        }
        return people
    }
}
