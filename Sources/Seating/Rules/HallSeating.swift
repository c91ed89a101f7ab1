import MeetingPlan

/// The seats of a hall: per row (front first) the grid columns of its seats, left→right in the
/// room frame (facing the rostrum). Columns count aisles, so blocks line up across rows.
public struct HallGrid: Sendable, Equatable {
    public var columns: [[Int]]
    /// Seats that exist but stay empty (reserved, blocked).
    public var closed: Set<SeatAddress>

    public init(columns: [[Int]], closed: Set<SeatAddress> = []) {
        self.columns = columns
        self.closed = closed
    }

    /// Rows of the given lengths, without aisles.
    public init(rowLengths: [Int]) {
        self.init(columns: rowLengths.map { Array(0..<$0) })
    }

    public var openSeatCount: Int {
        columns.enumerated().reduce(0) { total, row in
            total + row.element.indices.filter { !closed.contains(SeatAddress(row: row.offset + 1, seat: $0 + 1)) }.count
        }
    }

    func isOpen(row: Int, seat: Int) -> Bool { !closed.contains(SeatAddress(row: row + 1, seat: seat + 1)) }
}

/// One group of hall people seated together: a unit's members, most senior first.
public struct HallGroup<Item> {
    public var name: String
    public var members: [Item]
    public init(name: String, members: [Item]) {
        self.name = name
        self.members = members
    }
}

/// Rule 2 of the reference: 横排, 竖排 and 左右排列法, in the room frame.
public enum HallSeating {
    /// `attendees` and `observers` (列席, who sit behind) are groups in unit order; with no
    /// grouping each is a single group. Returns rows of the grid, or nil when they do not fit.
    public static func seat<Item>(attendees: [HallGroup<Item>], observers: [HallGroup<Item>], grid: HallGrid,
                                  mode: HallMode, grouped: Bool, observersNewRow: Bool) -> [[Item?]]? {
        var rows = grid.columns.map { [Item?](repeating: nil, count: $0.count) }
        switch (mode, grouped) {
        case (.rows, _):
            let first = attendees.flatMap(\.members)
            let second = observers.flatMap(\.members)
            var cursor = SeatCursor(grid: grid)
            for item in first {
                guard let (row, seat) = cursor.next() else { return nil }
                rows[row][seat] = item
            }
            if observersNewRow && !second.isEmpty && cursor.seat > 0 { cursor.startNextRow() }
            for item in second {
                guard let (row, seat) = cursor.next() else { return nil }
                rows[row][seat] = item
            }
        case (.blocks, _), (.centreOut, true):
            // In a unit's column its 出席 come first and its 列席 behind them (rule 2.1.6).
            let names = attendees.map(\.name) + observers.map(\.name).filter { name in !attendees.contains { $0.name == name } }
            var blocks = names.map { name in
                HallGroup(name: name, members: (attendees.first { $0.name == name }?.members ?? []) + (observers.first { $0.name == name }?.members ?? []))
            }
            if !grouped { blocks = [HallGroup(name: "", members: blocks.flatMap(\.members))] }
            if mode == .centreOut {
                blocks = RowArrangement.seated(blocks, policy: .domestic).seats.compactMap { $0 }
            }
            guard fillBlocks(blocks, grid: grid, centred: mode == .centreOut, into: &rows) else { return nil }
        case (.centreOut, false):
            let everyone = attendees.flatMap(\.members) + observers.flatMap(\.members)
            var remaining = everyone[...]
            for (row, columns) in grid.columns.enumerated() where !remaining.isEmpty {
                let open = columns.indices.filter { grid.isOpen(row: row, seat: $0) }
                let rowPeople = Array(remaining.prefix(open.count))
                remaining = remaining.dropFirst(rowPeople.count)
                // Seated facing the rostrum, the hall's seated frame is the room frame; the row is
                // centred on the open seats.
                let arranged = RowArrangement.seated(rowPeople, policy: .domestic).seats
                let offset = (open.count - arranged.count) / 2
                for (index, item) in arranged.enumerated() { rows[row][open[offset + index]] = item }
            }
            if !remaining.isEmpty { return nil }
        }
        return rows
    }

    /// Blocks of adjacent grid columns, left→right, each as wide as its members need over the
    /// hall's depth; members fill a block column-major, front to back.
    private static func fillBlocks<Item>(_ blocks: [HallGroup<Item>], grid: HallGrid, centred: Bool, into rows: inout [[Item?]]) -> Bool {
        let allColumns = Set(grid.columns.flatMap { $0 }).sorted()
        let depth = grid.columns.count
        let widths = blocks.map { ($0.members.count + depth - 1) / max(depth, 1) }
        var start = centred ? max(0, (allColumns.count - widths.reduce(0, +)) / 2) : 0
        for block in blocks {
            var remaining = block.members[...]
            var column = start
            while !remaining.isEmpty {
                guard column < allColumns.count else { return false }
                for row in 0..<depth where !remaining.isEmpty {
                    if let seat = grid.columns[row].firstIndex(of: allColumns[column]), grid.isOpen(row: row, seat: seat) {
                        rows[row][seat] = remaining.removeFirst()
                    }
                }
                column += 1
            }
            start = column
        }
        return true
    }
}

/// Walks the open seats of a grid row by row, left→right.
private struct SeatCursor {
    let grid: HallGrid
    var row = 0
    var seat = 0

    init(grid: HallGrid) { self.grid = grid }

    mutating func next() -> (Int, Int)? {
        while row < grid.columns.count {
            if seat >= grid.columns[row].count {
                startNextRow()
                continue
            }
            let found = (row, seat)
            seat += 1
            if grid.isOpen(row: found.0, seat: found.1) { return found }
        }
        return nil
    }

    mutating func startNextRow() {
        row += 1
        seat = 0
    }
}
