import MeetingPlan
import PlanReading

/// A venue's seats as a data file in `layouts/` (format in layouts/README.md): rows of seats for
/// rostrums, halls, photo stands and side-by-side rooms; tables with positions for banquets and talks.
public struct VenueLayout: Sendable {
    public enum Cell: Character, Sendable {
        case seat = "s", closed = "x", gap = "."
    }

    public struct Table: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var seats: Int
        public var main: Bool
        /// Round tables (banquets) or long tables (talks, meeting rooms).
        public var long: Bool
    }

    public var name: String
    public var title: String
    public var kind: ZoneKind
    /// Front row first, each left→right in the room frame (facing the stage).
    public var rows: [[Cell]]
    public var tables: [Table]
    public var door: RoomSide
    /// `u`: the row is drawn as a horseshoe (会见 rooms).
    public var horseshoe: Bool
    /// Where the file was read from (for diagnostics).
    public var file: String

    /// The hall grid of the rows: seat and closed cells, with their grid columns.
    public var grid: HallGrid {
        var closed = Set<SeatAddress>()
        let columns = rows.enumerated().map { rowIndex, cells in
            var seatNumber = 0
            return cells.enumerated().compactMap { column, cell -> Int? in
                guard cell != .gap else { return nil }
                seatNumber += 1
                if cell == .closed { closed.insert(SeatAddress(row: rowIndex + 1, seat: seatNumber)) }
                return column
            }
        }
        return HallGrid(columns: columns, closed: closed)
    }

    /// Seats per row (closed seats included), front row first.
    public var rowLengths: [Int] { grid.columns.map(\.count) }

    public static let keys = ["title", "kind", "rows", "tables", "door", "shape"]

    /// Reads a layout file; logs located diagnostics and returns nil when it has errors.
    public static func read(_ text: String, name: String, file: String, log: DiagnosticLog) -> VenueLayout? {
        let before = log.count
        guard let root = YAMLInput.parse(text, file: file, log: log),
              let map = MapReader(root, path: "", known: keys, log: log) else { return nil }
        let title = map.string("title", required: true)
        let kind = map.choice("kind", ZoneKind.self, required: true)
        let door = map.choice("door", RoomSide.self) ?? .bottom
        let shape = map.string("shape")
        if let shape, shape != "u" {
            log.error(.notInSet, "“shape”只能为 u（马蹄形）", at: map.node.location(path: "shape"))
        }
        let rows = map.list("rows").map { readRows($0, log: log) } ?? []
        let tables = map.list("tables").map { readTables($0, log: log) } ?? []
        if map.value("rows") == nil && map.value("tables") == nil {
            log.error(.missingKey, "布局须有 rows（成排座位）或 tables（桌）", at: root.location(path: "rows"))
        }
        guard log.count == before, let title, let kind else { return nil }
        return VenueLayout(name: name, title: title, kind: kind, rows: rows, tables: tables, door: door,
                           horseshoe: shape == "u", file: file)
    }

    /// Each row is a string of cells (`s` seat, `x` closed seat, `.` or space a gap or aisle),
    /// or `{seats: "…", repeat: N}` for N identical rows.
    private static func readRows(_ items: [Node], log: DiagnosticLog) -> [[Cell]] {
        var rows: [[Cell]] = []
        for (index, item) in items.enumerated() {
            let path = "rows[\(index)]"
            var text = item.scalar
            var count = 1
            if item.mapping != nil {
                guard let map = MapReader(item, path: path, known: ["seats", "repeat"], log: log) else { continue }
                text = map.string("seats", required: true)
                count = map.int("repeat", in: 1...500) ?? 1
            } else if text == nil {
                log.error(.wrongType, "“\(path)”应为座位串（如 \"sss..sss\"）", at: item.location(path: path))
                continue
            }
            guard let text else { continue }
            var cells: [Cell] = []
            for character in text {
                if let cell = Cell(rawValue: character == " " ? "." : character) {
                    cells.append(cell)
                } else {
                    log.error(.notInSet, "“\(path)”中的“\(character)”无效：s 为座位，x 为封闭座位，. 或空格为过道", at: item.location(path: path))
                    break
                }
            }
            rows += Array(repeating: cells, count: count)
        }
        return rows
    }

    private static func readTables(_ items: [Node], log: DiagnosticLog) -> [Table] {
        items.enumerated().compactMap { index, item in
            guard let map = MapReader(item, path: "tables[\(index)]", known: ["x", "y", "seats", "main", "shape"], log: log) else { return nil }
            let x = map.double("x"), y = map.double("y"), seats = map.int("seats", in: 1...40, required: true)
            let shape = map.string("shape")
            if let shape, shape != "round" && shape != "long" {
                log.error(.notInSet, "桌形只能为 round 或 long", at: map.node.location(path: "tables[\(index)].shape"))
            }
            guard let seats else { return nil }
            return Table(x: x ?? 0, y: y ?? 0, seats: seats, main: map.bool("main") ?? false, long: shape == "long")
        }
    }
}
