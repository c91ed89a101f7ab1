/// A layout drawn as text for `banhui layouts show`: rows as the hall sees them, tables on a
/// coarse grid with their numbers (rule 4.1) and seat counts.
public enum LayoutDrawing {
    public static func text(_ layout: VenueLayout) -> String {
        var lines = ["\(layout.name)：\(layout.title)（\(layout.kind.rawValue)）"]
        if !layout.rows.isEmpty {
            let seats = layout.rows.reduce(0) { $0 + $1.filter { $0 != .gap }.count }
            let front = layout.kind == .hall ? "第1排在上（靠主席台）" : "前排在下"
            lines.append("台下视角，\(front)；□ 座位，■ 封闭座位，空白为过道。共 \(layout.rows.count) 排 \(seats) 座")
            lines.append(layout.kind == .hall ? "            —— 主席台 ——" : "")
            let rows = layout.kind == .hall ? Array(layout.rows.enumerated()) : Array(layout.rows.enumerated().reversed())
            for (index, row) in rows {
                let cells = row.map { cell -> String in
                    switch cell {
                    case .seat: return "□"
                    case .closed: return "■"
                    case .gap: return "　"
                    }
                }
                lines.append("第\(String(index + 1).leftPadded(to: 2, with: " "))排 " + cells.joined())
            }
            if layout.kind != .hall { lines.append("            —— 台下 ——") }
        }
        if !layout.tables.isEmpty {
            let order = TableOrder.numbering(layout.tables.map { ($0.x, $0.y) }, door: layout.door, main: layout.tables.firstIndex { $0.main })
            let numbers = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset + 1) })
            lines.append("平面图，门在\(sideName(layout.door))；[桌号:座数]")
            let xs = layout.tables.map(\.x), ys = layout.tables.map(\.y)
            let minX = xs.min() ?? 0, minY = ys.min() ?? 0
            let scale = 1.0
            var grid: [Int: [(column: Int, label: String)]] = [:]
            for (index, table) in layout.tables.enumerated() {
                let row = Int(((table.y - minY) * scale / 2).rounded())
                let column = Int(((table.x - minX) * scale).rounded())
                grid[row, default: []].append((column, "[\(numbers[index] ?? 0):\(table.seats)\(table.long ? "长桌" : "")]"))
            }
            for row in grid.keys.sorted() {
                var line = ""
                for item in grid[row]!.sorted(by: { $0.column < $1.column }) {
                    line += String(repeating: " ", count: max(1, item.column - line.count)) + item.label
                }
                lines.append(line)
            }
        }
        if !layout.tables.isEmpty || layout.kind == .hall || layout.kind == .talks { lines.append("—— 门（\(sideName(layout.door))）——") }
        return lines.joined(separator: "\n")
    }

    static func sideName(_ side: RoomSide) -> String {
        switch side {
        case .bottom: return "下方"
        case .top: return "上方"
        case .left: return "左侧"
        case .right: return "右侧"
        }
    }
}
