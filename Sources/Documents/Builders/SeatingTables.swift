import MeetingPlan
import Seating

/// 座次表: every zone as a table, drawn in the frame it is listed in. Rows are in the room
/// frame (standing in the hall facing the rostrum, left→right), so the page is a plan view:
/// the rostrum at the top, its front row nearest the hall, then the hall from its front row.
public enum SeatingTables {
    static let seatColumnsPerTable = 10

    public static func build(_ plan: Plan, seats: SeatPlan) -> OfficeDocument {
        let byID = plan.peopleByID
        let widest = seats.zones.flatMap { $0.rows.map(\.seats.count) }.max() ?? 0
        let page: PageSetup = widest + 1 > seatColumnsPerTable ? .a4Landscape : .gongwen
        var blocks: [Block] = [.paragraph(Paragraph(GongwenStyles.title, "\(plan.meeting.title)座次表"))]
        // Rostrum zones first whatever the plan's order, so the rostrum is printed above the hall.
        let zones = seats.zones.filter { $0.kind == .rostrum } + seats.zones.filter { $0.kind != .rostrum }
        for zone in zones {
            blocks.append(.paragraph(.blank(GongwenStyles.body)))
            blocks.append(.paragraph(Paragraph(GongwenStyles.heading1, "\(zone.name)（\(frameLabel(zone))）", ParagraphOverrides(alignment: .center))))
            switch zone.frame {
            case .room: blocks.append(.table(rowTable(zone, byID: byID, width: page.textWidth)))
            case .table: blocks += zone.tables.map { .table(seatTable($0, byID: byID, width: page.textWidth)) }
            }
        }
        if zones.isEmpty { blocks.append(.paragraph(Paragraph(GongwenStyles.body, "本次会议未安排座次。"))) }
        return OfficeDocument(title: "\(plan.meeting.title)座次表", page: page, pageNumbers: true,
                              styles: GongwenStyles.all, blocks: blocks)
    }

    static func frameLabel(_ zone: SeatedZone) -> String {
        switch zone.frame {
        case .room: return zone.kind == .rostrum ? "台下视角，前排在下，从左至右" : "面向主席台，前排在上，从左至右"
        case .table: return "俯视，主门在下，S0为主位，顺时针"
        }
    }

    /// One table row per seat row; the rostrum's back row on top so its front row faces the hall.
    private static func rowTable(_ zone: SeatedZone, byID: [String: Person], width: Double) -> Table {
        let seatCount = zone.rows.map(\.seats.count).max() ?? 0
        let rows = zone.kind == .rostrum ? zone.rows.reversed() : zone.rows
        let cells = rows.map { row -> [TableCell] in
            let names = row.seats.map { TableCell(GongwenStyles.tableText, $0.flatMap { byID[$0]?.name } ?? "") }
            let padding = Array(repeating: TableCell(GongwenStyles.tableText, ""), count: seatCount - row.seats.count)
            return [TableCell(GongwenStyles.tableHeader, "第\(row.number)排")] + names + padding
        }
        let labelWidth = 20.0
        let seatWidth = seatCount == 0 ? 0 : (width - labelWidth) / Double(seatCount)
        return Table(columnWidths: [labelWidth] + Array(repeating: seatWidth, count: seatCount), rows: cells, minRowHeight: 10)
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
