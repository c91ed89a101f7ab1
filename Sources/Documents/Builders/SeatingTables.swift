import MeetingPlan
import Seating

/// 座次表: every zone as a table, drawn in the frame it is listed in. Rows are in the room
/// frame (standing in the hall facing the rostrum, left→right), so the page is a plan view:
/// the rostrum at the top, its front row nearest the hall, then the hall from its front row.
public enum SeatingTables {
    static let seatColumnsPerTable = 10

    /// Seats a section of a row table holds at most: wider halls are split at their aisles, and
    /// sections still wider into pieces of this many seats, so that every name fits its cell.
    static let seatsPerSection = 12
    /// Seats a section table holds at least: a narrower one (a side section of 3 between the wall
    /// and an aisle) is printed with its neighbour, so it never stands alone on a page.
    static let minimumSectionSeats = 4

    public static func build(_ plan: Plan, seats: SeatPlan) -> OfficeDocument {
        let widest = seats.zones.flatMap { zone in zone.seatedRows.map { Self.span($0.x) } }.max() ?? 0
        let page: PageSetup = widest + 1 > seatColumnsPerTable ? .a4Landscape : .gongwen
        var blocks: [Block] = [.paragraph(Paragraph(GongwenStyles.title, "\(plan.meeting.title)座次表"))]
        blocks += zoneBlocks(plan, zones: seats.zones, width: page.textWidth, heading: GongwenStyles.heading1)
        if seats.zones.isEmpty { blocks.append(.paragraph(Paragraph(GongwenStyles.body, "本次会议未安排座次。"))) }
        return OfficeDocument(title: "\(plan.meeting.title)座次表", page: page, pageNumbers: true,
                              styles: GongwenStyles.all, blocks: blocks)
    }

    /// Each zone under a heading of the given style, as tables `width` millimetres wide; rostrum
    /// zones first whatever the plan's order, so the rostrum is printed above the hall.
    /// A plan with sessions prints each session's zones under the session's title, time and
    /// place (`SessionSection`), each session from a new page.
    static func zoneBlocks(_ plan: Plan, zones: [SeatedZone], width: Double, heading: ParagraphStyle) -> [Block] {
        var blocks: [Block] = []
        for section in SessionSection.sections(plan, zones: zones) {
            if let title = section.heading {
                blocks.append(.paragraph(Paragraph(heading, title, ParagraphOverrides(pageBreakBefore: !blocks.isEmpty))))
            }
            blocks += sectionBlocks(plan, zones: section.zones, width: width, heading: heading)
        }
        return blocks
    }

    private static func sectionBlocks(_ plan: Plan, zones: [SeatedZone], width: Double, heading: ParagraphStyle) -> [Block] {
        let byID = plan.peopleByID
        var blocks: [Block] = []
        for zone in zones.filter({ $0.kind == .rostrum }) + zones.filter({ $0.kind != .rostrum }) {
            blocks.append(.paragraph(.blank(GongwenStyles.body)))
            blocks.append(.paragraph(Paragraph(heading, "\(zone.name)（\(frameLabel(zone))）", ParagraphOverrides(alignment: .center))))
            switch zone.frame {
            case .room:
                let unitBlocks = plan.seating.first { $0.name == zone.name }?.mode == .blocks
                blocks += rowTables(zone, byID: byID, width: width, unitBlocks: unitBlocks).map(Block.table)
            case .table: blocks += zone.tables.map { .table(seatTable($0, byID: byID, width: width)) }
            }
            if let behind = zone.behindRow {
                let names = zip(behind.seats, behind.behind).map { seat, principal in
                    "\(seat.flatMap { byID[$0]?.name } ?? "")（\(principal.flatMap { byID[$0]?.name } ?? "")之后）"
                }
                blocks.append(.paragraph(Paragraph(GongwenStyles.plain, "后排（翻译、记录）：" + names.joined(separator: "，"))))
            }
        }
        return blocks
    }

    /// Seat widths from the leftmost to the rightmost seat, both included.
    static func span(_ x: [Double]) -> Int {
        guard let low = x.min(), let high = x.max() else { return 0 }
        return Int((high - low).rounded()) + 1
    }

    static func frameLabel(_ zone: SeatedZone) -> String {
        switch zone.frame {
        case .room: return zone.kind == .rostrum ? "台下视角，前排在下，从左至右" : "面向主席台，前排在上，从左至右"
        case .table: return "俯视，主门在下，S0为主位，顺时针"
        }
    }

    /// The rows of a zone as tables in the room frame, drawn from the engine's geometry: each seat
    /// spans two half-seat columns starting at its `x`, so rows of different lengths stay centred
    /// and aisles stay open. A hall wider than a page is split at its aisles into sections, each
    /// its own table whose header (section and seat range) repeats on every page; each cell shows
    /// the seat number over the name, and a hall's last column names the units seated in the row.
    /// A section wider than `seatsPerSection` is cut into pieces of equal width (14 seats: 7 + 7,
    /// never 12 + 2); a section narrower than `minimumSectionSeats` joins its neighbour. In a `blocks` hall (`unitBlocks`) the units stand in column blocks, so each
    /// block is named once, over the first seat of the row where it starts, instead of every row
    /// listing every unit.
    private static func rowTables(_ zone: SeatedZone, byID: [String: Person], width: Double, unitBlocks: Bool) -> [Table] {
        let rows = zone.kind == .rostrum || zone.kind == .photo ? zone.seatedRows.reversed() : zone.seatedRows
        let xs = rows.flatMap(\.x)
        guard let low = xs.min(), let high = xs.max() else { return [] }
        // Section bounds in x: split at aisles, then into pieces of at most `seatsPerSection` seats.
        var bounds: [(Double, Double)] = []
        let cuts = zone.aisles.filter { $0 > low && $0 < high }.sorted()
        var start = low
        for cut in cuts + [high + 1] {
            let end = min(cut, high + 0.5)
            let seatXs = Set(xs.filter { $0 >= start && $0 < end }).sorted()
            if let first = seatXs.first, let last = seatXs.last {
                let pieces = Int(((last - first + 1) / Double(seatsPerSection)).rounded(.up))
                let pieceWidth = ((last - first + 1) / Double(pieces)).rounded(.up)
                var piece: [Double] = []
                for x in seatXs {
                    if let head = piece.first, x - head >= pieceWidth {
                        bounds.append((head, piece.last!))
                        piece = []
                    }
                    piece.append(x)
                }
                if let head = piece.first { bounds.append((head, piece.last!)) }
            }
            start = cut
        }
        bounds = joiningNarrowSections(bounds, seatXs: xs)
        // Each seat's person, and whether a row is of 列席, found once for all the sections
        // (they were looked up again for every section's sizes, cells and unit blocks); people
        // are read from it by index, never copied out.
        let sitters = rows.map { row in row.seats.map { $0.flatMap { byID[$0] } } }
        let observerRows = rows.map { Attendance.isObserverRow($0, people: byID) }
        func inSection(_ x: Double, _ bound: (Double, Double)) -> Bool { x >= bound.0 - 0.01 && x <= bound.1 + 0.01 }
        let isHall = zone.kind == .hall
        let unitColumn = isHall && !unitBlocks
        let sectionNames = bounds.count == 3 ? ["左区", "中区", "右区"] : bounds.indices.map { "第\($0 + 1)区" }
        return bounds.enumerated().map { index, bound in
            let halves = Int(((bound.1 - bound.0) * 2).rounded()) + 2
            let labelWidth = 20.0, unitWidth = unitColumn ? 32.0 : 0
            let half = (width - labelWidth - unitWidth) / Double(halves)
            var names: [String] = []
            for line in rows.indices {
                for seat in rows[line].x.indices where inSection(rows[line].x[seat], bound) {
                    if let name = sitters[line][seat]?.name { names.append(name) }
                }
            }
            let nameSize = nameSize(seatWidth: 2 * half, names: names)
            var tableRows: [[TableCell]] = []
            var numbers: [Int] = []
            // A seat number recurs in every row of a hall's section: its line is made once.
            var seatNumbers: [Int: Paragraph] = [:]
            var unitsAbove: Set<String> = []
            for (line, row) in rows.enumerated() {
                let seats = row.x.indices.filter { inSection(row.x[$0], bound) }
                // Blocks halls: the first seat of a unit that is not in the row in front names it,
                // in small type over the seat number, so each block is named once and the name
                // stays on the page of the block's first row.
                var startsBlock = Set<Int>()
                if unitBlocks {
                    var previous: String?
                    for seat in seats {
                        let unit = sitters[line][seat]?.unit
                        if let unit, unit != previous, !unitsAbove.contains(unit) { startsBlock.insert(Int(((row.x[seat] - bound.0) * 2).rounded())) }
                        previous = unit
                    }
                    unitsAbove = Set(seats.compactMap { sitters[line][$0]?.unit })
                }
                // A row of 列席 (rows of their own behind the 出席) says so under its number.
                // The row's label, at most an empty cell before each seat and the seat, the empty
                // cell after the last seat and the units.
                var cells: [TableCell] = []
                cells.reserveCapacity(2 * seats.count + 3)
                cells.append(observerRows[line]
                    ? TableCell([Paragraph(GongwenStyles.tableHeader, "第\(row.number)排"), Paragraph(GongwenStyles.tableHeader, PersonRole.observer.label)])
                    : TableCell(GongwenStyles.tableHeader, "第\(row.number)排"))
                var used = 0
                var units: [String] = []
                for seat in seats {
                    let column = Int(((row.x[seat] - bound.0) * 2).rounded()), number = row.seatNumbers[seat]
                    if column > used { cells.append(TableCell(GongwenStyles.tableText, "", span: column - used)) }
                    let unit = sitters[line][seat]?.unit
                    let label = row.closed.contains(number) ? "（留空）" : sitters[line][seat]?.name ?? ""
                    let seatNumber: Paragraph
                    if let made = seatNumbers[number] {
                        seatNumber = made
                    } else {
                        seatNumber = Paragraph(GongwenStyles.tableText, [Run("\(number)座", size: 8)])
                        seatNumbers[number] = seatNumber
                    }
                    let name = Paragraph(GongwenStyles.tableText, [Run(label, size: nameSize)])
                    if startsBlock.contains(column), let unit {
                        cells.append(TableCell([Paragraph(GongwenStyles.tableHeader, [Run(unit, size: 7.5)]), seatNumber, name], span: 2))
                    } else {
                        cells.append(TableCell([seatNumber, name], span: 2))
                    }
                    used = column + 2
                    numbers.append(number)
                    if let unit, units.last != unit, !units.contains(unit) { units.append(unit) }
                }
                if used < halves { cells.append(TableCell(GongwenStyles.tableText, "", span: halves - used)) }
                if unitColumn { cells.append(TableCell(GongwenStyles.tableText, units.joined(separator: "、"))) }
                tableRows.append(cells)
            }
            let range = numbers.isEmpty ? "" : "第\(numbers.min()!)—\(numbers.max()!)座"
            let caption = bounds.count > 1 ? "\(zone.name)\(sectionNames[index])（\(range)）" : "\(zone.name)（\(range)）"
            var header = [TableCell(GongwenStyles.tableHeader, "排"), TableCell(GongwenStyles.tableHeader, caption, span: halves)]
            if unitColumn { header.append(TableCell(GongwenStyles.tableHeader, "单位")) }
            return Table(columnWidths: [labelWidth] + Array(repeating: half, count: halves) + (unitColumn ? [unitWidth] : []),
                         headerRows: 1, rows: [header] + tableRows, minRowHeight: 10)
        }
    }

    /// Section bounds with every section of fewer than `minimumSectionSeats` seat positions joined
    /// to its neighbour (the narrower one; the left one on a tie), the aisle between them kept as
    /// an empty column, until none is left or the zone is one section.
    static func joiningNarrowSections(_ bounds: [(Double, Double)], seatXs: [Double]) -> [(Double, Double)] {
        let positions = Set(seatXs)
        func seats(_ bound: (Double, Double)) -> Int { positions.count { $0 >= bound.0 - 0.01 && $0 <= bound.1 + 0.01 } }
        var bounds = bounds
        while bounds.count > 1,
              let narrow = bounds.indices.filter({ seats(bounds[$0]) < minimumSectionSeats }).min(by: { seats(bounds[$0]) < seats(bounds[$1]) }) {
            let neighbour = [narrow - 1, narrow + 1].filter(bounds.indices.contains).min { seats(bounds[$0]) < seats(bounds[$1]) }!
            let (left, right) = (min(narrow, neighbour), max(narrow, neighbour))
            bounds[left] = (bounds[left].0, bounds[right].1)
            bounds.remove(at: right)
        }
        return bounds
    }

    /// The name size (pt) of a section: 四号 when the longest name (at least three characters,
    /// at most four) fits the seat between its cell margins, else the largest half-point size
    /// that does, never below 9 pt, so a three-character name keeps one line (刘志强, not 刘志/强).
    static func nameSize(seatWidth: Double, names: [String]) -> Double? {
        let characters = Double(min(4, max(3, names.map(TextMeasure.characterCount).max() ?? 3)))
        let usablePoints = (seatWidth - 2 * Table.cellPadding) / 25.4 * 72
        let fitting = (usablePoints / characters * 2).rounded(.down) / 2
        return fitting >= 14 ? nil : max(9, fitting)
    }

    /// A banquet or talks table: seat labels over names, ten seats a line.
    private static func seatTable(_ table: SeatTable, byID: [String: Person], width: Double) -> Table {
        var rows: [[TableCell]] = []
        let chunks = stride(from: 0, to: table.seats.count, by: seatColumnsPerTable).map {
            Array(table.seats.indices[$0..<min($0 + seatColumnsPerTable, table.seats.count)])
        }
        let columns = min(seatColumnsPerTable, max(table.seats.count, 1))
        for chunk in chunks {
            let blanks = Array(repeating: TableCell(GongwenStyles.tableText, ""), count: columns - chunk.count)
            rows.append(chunk.map { TableCell(GongwenStyles.tableHeader, $0 == 0 ? "主位" : "S\($0)") } + blanks)
            rows.append(chunk.map { TableCell(GongwenStyles.tableText, table.seats[$0].flatMap { byID[$0]?.name } ?? "") } + blanks)
        }
        let caption = [TableCell(GongwenStyles.tableHeader, "第\(table.number)桌", span: columns)]
        return Table(columnWidths: Array(repeating: width / Double(columns), count: columns), rows: [caption] + rows, minRowHeight: 9)
    }
}
