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

    /// The rows `range` (0-based) as a grid of their own, row 1 first.
    func rows(_ range: Range<Int>) -> HallGrid {
        HallGrid(columns: Array(columns[range]),
                 closed: Set(closed.filter { range.contains($0.row - 1) }.map { SeatAddress(row: $0.row - range.lowerBound, seat: $0.seat) }))
    }
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
        if observersNewRow && !observers.flatMap(\.members).isEmpty && mode != .rows {
            // 列席 in rows of their own behind the 出席: the fewest back rows that seat them (by
            // the zone's mode), the 出席 in the rows in front.
            let depth = grid.columns.count
            for back in 1...max(depth, 1) where back <= depth {
                guard let behind = seat(attendees: observers, observers: [], grid: grid.rows(depth - back..<depth), mode: mode,
                                        grouped: grouped, observersNewRow: false) else { continue }
                guard let front = seat(attendees: attendees, observers: [], grid: grid.rows(0..<depth - back), mode: mode,
                                       grouped: grouped, observersNewRow: false) else { return nil }
                return front + behind
            }
            return nil
        }
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
    /// band's depth; members fill a block column-major, front to back. When the blocks do not fit
    /// side by side, the hall is split front to back into the fewest bands of equal depth in which
    /// they do: each band filled left→right in block order, then the next band behind it (rows
    /// left over behind the last band stay empty). Each band's blocks stand in the middle of the
    /// hall's width (中央高于两侧), not against its left wall. Centred blocks (左右排列法) keep one band, since
    /// their order only makes sense across a whole row.
    private static func fillBlocks<Item>(_ blocks: [HallGroup<Item>], grid: HallGrid, centred: Bool, into rows: inout [[Item?]]) -> Bool {
        let seats = ColumnSeats(grid: grid)
        let sizes = blocks.map(\.members.count)
        let depth = grid.columns.count
        let start = centred ? max(0, (seats.columnCount - sizes.map { ($0 + depth - 1) / max(depth, 1) }.reduce(0, +)) / 2) : 0
        let bandCounts = centred ? [1] : Array(1...max(depth, 1))
        guard let placements = bandCounts.lazy.compactMap({ seats.place(sizes, bands: $0, firstColumn: start, centreBands: !centred) }).first else { return false }
        for (block, places) in zip(blocks, placements) {
            for (member, place) in zip(block.members, places) { rows[place.row][place.seat] = member }
        }
        return true
    }
}

/// The open seats of a hall grid by grid column (aisles left out), each column front to back.
struct ColumnSeats {
    /// Per column, left→right: its open seats as (row, index in the row), front row first.
    private let columns: [[(row: Int, seat: Int)]]
    private let depth: Int

    init(grid: HallGrid) {
        let gridColumns = Set(grid.columns.flatMap { $0 }).sorted()
        let position = Dictionary(uniqueKeysWithValues: gridColumns.enumerated().map { ($0.element, $0.offset) })
        var columns = [[(row: Int, seat: Int)]](repeating: [], count: gridColumns.count)
        for (row, rowColumns) in grid.columns.enumerated() {
            for (seat, column) in rowColumns.enumerated() where grid.isOpen(row: row, seat: seat) {
                columns[position[column]!].append((row, seat))
            }
        }
        self.columns = columns
        depth = grid.columns.count
    }

    var columnCount: Int { columns.count }

    /// Seats for blocks of the given sizes in `bands` bands of equal depth, starting the first
    /// band at `firstColumn`: per block its seats in fill order, or nil when they do not fit.
    /// A block never straddles two bands. With `centreBands`, each band's blocks are then moved
    /// as a whole to the middle of the hall (中央高于两侧: a band narrower than the hall leaves
    /// equal room at both sides), where they still fit.
    func place(_ sizes: [Int], bands: Int, firstColumn: Int, centreBands: Bool = false) -> [[(row: Int, seat: Int)]]? {
        let bandDepth = depth / bands
        var band = 0, column = firstColumn, bandStart = firstColumn
        var placements: [[(row: Int, seat: Int)]] = []
        // Per band: its blocks' indices and the column after its last block.
        var bandBlocks = [[Int]](repeating: [], count: bands), bandEnd = [Int](repeating: 0, count: bands)
        for (index, size) in sizes.enumerated() {
            while true {
                guard band < bands else { return nil }
                let rows = band * bandDepth..<(band + 1) * bandDepth
                let (places, next) = fill(size, rows: rows, from: column)
                if places.count == size {
                    placements.append(places)
                    column = next
                    bandBlocks[band].append(index)
                    bandEnd[band] = next
                    break
                }
                // Too big even for an empty band: more bands would only make it wider.
                if column == bandStart { return nil }
                band += 1
                column = 0
                bandStart = 0
            }
        }
        guard centreBands else { return placements }
        for band in bandBlocks.indices where !bandBlocks[band].isEmpty {
            let rows = band * bandDepth..<(band + 1) * bandDepth
            var column = (columns.count - bandEnd[band]) / 2
            guard column > 0 else { continue }
            var moved: [(Int, [(row: Int, seat: Int)])] = []
            for index in bandBlocks[band] {
                let (places, next) = fill(sizes[index], rows: rows, from: column)
                guard places.count == sizes[index] else { break }
                moved.append((index, places))
                column = next
            }
            guard moved.count == bandBlocks[band].count else { continue }
            for (index, places) in moved { placements[index] = places }
        }
        return placements
    }

    /// Up to `count` open seats in the fewest columns from `column` that hold them, within `rows`,
    /// column by column, each front to back; and the column after the last one used. The block
    /// closes up: its members are shared out over those columns as evenly as their open seats
    /// allow (`closedUp`), so a unit of 9 in an 8-deep band sits 5 + 4, not 8 + 1.
    private func fill(_ count: Int, rows: Range<Int>, from column: Int) -> ([(row: Int, seat: Int)], Int) {
        var open: [[(row: Int, seat: Int)]] = []
        var column = column, total = 0
        while total < count && column < columns.count {
            let seats = columns[column].filter { rows.contains($0.row) }
            open.append(seats)
            total += seats.count
            column += 1
        }
        let shares = Self.closedUp(min(count, total), capacities: open.map(\.count))
        return (zip(open, shares).flatMap { seats, share in seats.prefix(share) }, column)
    }

    /// `count` people shared out over columns holding `capacities` open seats: as evenly as the
    /// columns allow (the fullest column as short as it can be), a column with fewer seats taking
    /// all it has; the columns on the left take the odd ones. `count` is at most the capacities' sum.
    static func closedUp(_ count: Int, capacities: [Int]) -> [Int] {
        guard count > 0, let deepest = capacities.max() else { return capacities.map { _ in 0 } }
        // The lowest level whose columns, each cut to it, seat everyone.
        var level = 0
        while level < deepest && capacities.reduce(0, { $0 + min($1, level) }) < count { level += 1 }
        var shares = capacities.map { min($0, max(level - 1, 0)) }
        var left = count - shares.reduce(0, +)
        for index in shares.indices where left > 0 && capacities[index] > shares[index] {
            shares[index] += 1
            left -= 1
        }
        return shares
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
