import MeetingPlan

/// The seat map as text for the terminal, JSON (seating.md) and CSV (cli.md). Every format is
/// deterministic: the same plan gives the same bytes.
public enum SeatMapFormats {
    // MARK: JSON

    public static func json(_ seatPlan: SeatPlan, plan: Plan) -> String {
        jsonValue(seatPlan, plan: plan).rendered
    }

    /// The seat map as a JSON value (`banhui serve` puts it inside its state).
    public static func jsonValue(_ seatPlan: SeatPlan, plan: Plan) -> JSONValue {
        let byID = plan.peopleByID
        func seats(_ ids: [String?]) -> JSONValue { .array(ids.map { $0.map(JSONValue.string) ?? .null }, .inline) }
        func names(_ ids: [String?]) -> JSONValue { .array(ids.map { $0.flatMap { byID[$0]?.name }.map(JSONValue.string) ?? .null }, .inline) }
        let sessionByZone = plan.sessionByZone
        let zones: [JSONValue] = seatPlan.zones.map { zone in
            var fields: [(key: String, value: JSONValue)] = [("zone", .string(zone.name)), ("kind", .string(zone.kind.rawValue)),
                                                             ("frame", .string(zone.frame.rawValue))]
            // The session (schedule slot id) of a zone a slot's `zones:` names; absent for the plenary's.
            if let session = sessionByZone[zone.name]?.id { fields.insert(("session", .string(session)), at: 1) }
            if !zone.rows.isEmpty || zone.tables.isEmpty {
                fields.append(("rows", .array(zone.rows.map { row in
                    var members: [(key: String, value: JSONValue)] = [("row", .integer(row.number)), ("seats", seats(row.seats)),
                                                                      ("x", .array(row.x.map(coordinate), .inline)), ("names", names(row.seats))]
                    if row.number == 0 { members.append(("behind", seats(row.behind))) }
                    return .object(members, .inline)
                })))
            }
            if !zone.tables.isEmpty {
                fields.append(("tables", .array(zone.tables.map { table in
                    .object([("table", .integer(table.number)), ("seats", seats(table.seats)), ("names", names(table.seats))], .inline)
                })))
            }
            fields.append(("explain", .array(zone.explanations.map {
                .object([("person", .string($0.personID)), ("precedence", .string($0.precedence)), ("rule", .string($0.rule))], .inline)
            })))
            return .object(fields)
        }
        return JSONValue.object([("version", .integer(1)), ("meeting", .string(seatPlan.meetingID)), ("zones", .array(zones))])
    }

    /// `-1.5`, `0`, `2`: seat positions to a thousandth of a seat, the same on every machine.
    public static func coordinate(_ value: Double) -> JSONValue { .number((value * 1000).rounded() / 1000) }

    // MARK: CSV

    /// `zone,row,seat,person,name,unit,title`: one line per seat; `row` is the row or table
    /// number, `seat` 1… left→right in the room frame or S0… in the table frame.
    public static func csv(_ seatPlan: SeatPlan, plan: Plan) -> String {
        let byID = plan.peopleByID
        var lines = ["zone,row,seat,person,name,unit,title"]
        for zone in seatPlan.zones {
            let lists = zone.rows.map { ($0.number, $0.seats, false) } + zone.tables.map { ($0.number, $0.seats, true) }
            for (number, seats, isTable) in lists {
                for (index, id) in seats.enumerated() {
                    let person = id.flatMap { byID[$0] }
                    let seat = isTable ? "S\(index)" : "\(index + 1)"
                    lines.append([zone.name, "\(number)", seat, id ?? "", person?.name ?? "", person?.unit ?? "", person?.title ?? ""]
                        .map(CSVCells.field).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Text

    /// Each zone drawn in its frame with names: rows front row nearest the bottom for rostrums
    /// (as the audience sees them), hall rows from the front; tables seat by seat. Every seat
    /// stands at its `x`, so rows of different lengths are centred on one axis and aisles show.
    public static func text(_ seatPlan: SeatPlan, plan: Plan, explain: Bool) -> String {
        let byID = plan.peopleByID
        func name(_ id: String?) -> String { id.flatMap { byID[$0]?.name }.map(NamePadding.padded) ?? "（空）" }
        let sessionByZone = plan.sessionByZone
        var out: [String] = []
        for zone in seatPlan.zones {
            let title = zone.layout.map { "，\($0.title)" } ?? ""
            // A session's zone says which session it seats.
            let session = sessionByZone[zone.name].map { "场次 \($0.id ?? "")：\($0.sessionLabel)　" } ?? ""
            out.append("【\(zone.name)】\(session)\(frameNote(zone))\(title)")
            let grid = RowText(zone.rows, name: name)
            let behind = zone.behindRow.map { "  后 排  " + grid.draw($0) }
            switch (zone.kind, zone.frame) {
            case (.rostrum, _), (.photo, _):
                for row in zone.seatedRows.reversed() { out.append("  第\(row.number)排  " + grid.draw(row)) }
                out.append("  " + (zone.kind == .rostrum ? "—— 台下 ——" : "—— 摄影位 ——"))
            case (.hall, _), (.talks, .room):
                out.append("  " + (zone.kind == .hall ? "—— 主席台 ——" : "—— 后墙 ——"))
                if let behind { out.append(behind) }
                for row in zone.seatedRows { out.append("  第\(row.number)排  " + grid.draw(row)) }
                if zone.kind == .talks { out.append("  —— 门 ——") }
            case (_, .table), (_, .room):
                for table in zone.tables {
                    let seats = table.seats.enumerated().map { "S\($0.offset) \(name($0.element))" }
                    out.append("  第\(table.number)桌  " + seats.joined(separator: "  "))
                }
                if let row = zone.behindRow {
                    let seats = zip(row.seats, row.behind).map { "\(name($0.0))（在\(name($0.1))之后）" }
                    out.append("  后排  " + seats.joined(separator: "  "))
                }
            }
            if explain {
                out.append("  说明：")
                for item in zone.explanations {
                    out.append("    " + explanation(item, name: byID[item.personID]?.name ?? ""))
                }
            }
            out.append("")
        }
        // Every line through the one escaping of printed values: no plan text can start a line.
        return out.map(DiagnosticText.escaped).joined(separator: "\n")
    }

    /// `H001 王海：指定座位…；位次：…`: one person's `--explain` line.
    public static func explanation(_ item: SeatExplanation, name: String) -> String {
        "\(item.personID) \(name)：\(item.rule)；位次：\(item.precedence)"
    }

    /// `（台下视角：面向主席台，自左向右）` and the like: every chart states its frame.
    public static func frameNote(_ zone: SeatedZone) -> String {
        switch (zone.kind, zone.frame) {
        case (.rostrum, _): return "（台下视角：面向主席台，自左向右；领导本人视角左右相反）"
        case (.photo, _): return "（观众视角：面向合影人员，自左向右）"
        case (.hall, _): return "（台下视角：面向主席台，自左向右）"
        case (.talks, .room): return "（门口视角：面向主人与主宾，自左向右）"
        case (_, .table), (_, .room): return "（平面图，门在下方；S0 为主位，面门，其后按顺时针）"
        }
    }

}

/// Rows of one zone as lines of text on one grid: each seat's cell starts at its `x`, cells as
/// wide as the longest name, and an aisle (a gap wider than a seat) marked ‖.
struct RowText {
    let name: (String?) -> String
    let cellWidth: Int
    let left: Double

    init(_ rows: [SeatRow], name: @escaping (String?) -> String) {
        self.name = name
        let widest = rows.flatMap { $0.seats.map { Self.width(name($0)) } }.max() ?? 6
        // Even, so that half a seat is a whole number of columns.
        cellWidth = (widest + 3) / 2 * 2
        left = rows.flatMap(\.x).min() ?? 0
    }

    func draw(_ row: SeatRow) -> String {
        var line = ""
        var used = 0
        var previous: Double?
        for (x, id) in zip(row.x, row.seats) {
            let column = Int(((x - left) * Double(cellWidth)).rounded())
            if let previous, x - previous > 1.01 {
                let aisle = Int(((previous + x) / 2 - left) * Double(cellWidth)) + cellWidth / 2 - 1
                line += String(repeating: " ", count: max(0, aisle - used)) + "‖"
                used = max(used, aisle) + 1
            }
            line += String(repeating: " ", count: max(used > 0 ? 1 : 0, column - used))
            used = max(used + (used > 0 ? 1 : 0), column)
            let text = name(id)
            line += text
            used += Self.width(text)
            previous = x
        }
        return line
    }

    /// Columns a text takes in a terminal: CJK and full-width characters two, others one.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
