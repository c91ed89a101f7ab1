import MeetingPlan
import Seating

/// `seating.xlsx`: a sheet per zone with its seats in the room frame (the same plan view as the
/// 座次表: rostrum back row on top; a name row and a unit row per seat row, under seat numbers),
/// then a list sheet with one row per seat in seating order.
public enum SeatingWorkbook {
    public static func build(_ plan: Plan, seats: SeatPlan) -> Workbook {
        let byID = plan.peopleByID
        let zones = seats.zones.filter { $0.kind == .rostrum } + seats.zones.filter { $0.kind != .rostrum }
        var sheets = zones.map { zone in
            Worksheet(name: zone.name, titles: ["\(plan.meeting.title)座次表 · \(zone.name)", SeatingTables.frameLabel(zone)],
                      rows: zone.frame == .room ? rowGrid(zone, byID: byID) : tableGrid(zone, byID: byID),
                      headerRows: 1, frozenColumns: 1)
        }
        var list: [[SheetCell]] = [["区域", "排/桌", "座位", "姓名", "单位", "职务"].map { .text($0, .header) }]
        for zone in zones {
            let places: [(String, String, String?)] = zone.frame == .room
                ? zone.rows.flatMap { row in row.seats.enumerated().map { ("第\(row.number)排", "\($0.offset + 1)", $0.element) } }
                : zone.tables.flatMap { table in table.seats.enumerated().map { ("第\(table.number)桌", $0.offset == 0 ? "主位" : "S\($0.offset)", $0.element) } }
                    + (zone.behindRow.map { row in zip(row.seats, row.behind).map { ("后排", "\($1.flatMap { byID[$0]?.name } ?? "")之后", $0) } } ?? [])
            for (row, seat, id) in places {
                guard let person = id.flatMap({ byID[$0] }) else { continue }
                list.append([.text(zone.name), .text(row, .centered), .text(seat, .centered), .text(person.name),
                             .text(person.unit ?? ""), .text(person.title ?? "")])
            }
        }
        sheets.append(Worksheet(name: "名单", titles: ["\(plan.meeting.title)座次名单"], rows: list))
        var workbook = Workbook(title: "\(plan.meeting.title)座次表", sheets: sheets)
        workbook.author = plan.meeting.organizer
        workbook.created = plan.notice?.issued
        return workbook
    }

    /// Seat numbers across the top (left to right in the room frame); per seat row its names,
    /// then their units.
    private static func rowGrid(_ zone: SeatedZone, byID: [String: Person]) -> [[SheetCell]] {
        let seatCount = zone.rows.map(\.seats.count).max() ?? 0
        var rows: [[SheetCell]] = [[.text("排", .header)] + (0..<seatCount).map { .text("\($0 + 1)号", .header) }]
        for row in zone.kind == .rostrum ? zone.rows.reversed() : zone.rows {
            let people = row.seats.map { $0.flatMap { byID[$0] } }
            rows.append([.text("第\(row.number)排", .header)] + people.map { .text($0?.name ?? "", .centered) })
            rows.append([.text("单位", .header)] + people.map { .text($0?.unit ?? "", .centered) })
        }
        return rows
    }

    /// Per table: its seats (主位, S1, …) across, names and units below.
    private static func tableGrid(_ zone: SeatedZone, byID: [String: Person]) -> [[SheetCell]] {
        let seatCount = zone.tables.map(\.seats.count).max() ?? 0
        var rows: [[SheetCell]] = [[.text("桌", .header)] + (0..<seatCount).map { .text($0 == 0 ? "主位" : "S\($0)", .header) }]
        for table in zone.tables {
            let people = table.seats.map { $0.flatMap { byID[$0] } }
            rows.append([.text("第\(table.number)桌", .header)] + people.map { .text($0?.name ?? "", .centered) })
            rows.append([.text("单位", .header)] + people.map { .text($0?.unit ?? "", .centered) })
        }
        return rows
    }
}
