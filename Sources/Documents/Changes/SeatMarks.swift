import Changes
import Seating

/// How a chart marks a changed seat (changes.md): 新增, 调整, 空出, with a legend.
enum SeatMark: CaseIterable, Sendable {
    case added, moved, vacated

    var label: String {
        switch self {
        case .added: return "新增"
        case .moved: return "调整"
        case .vacated: return "空出"
        }
    }

    /// The seat box's class on a chart; its stylesheet fills it with `fill`.
    var className: String {
        switch self {
        case .added: return "added"
        case .moved: return "moved"
        case .vacated: return "vacated"
        }
    }

    var fill: String {
        switch self {
        case .added: return "#cdeccd"
        case .moved: return "#ffe9a8"
        case .vacated: return "#f6d0cf"
        }
    }

    /// The marks of one zone's seats: where someone new or moved now sits, and seats left empty
    /// by someone who sat there before.
    static func marks(for zone: SeatedZone, changes: PlanChanges) -> [SeatLabel: SeatMark] {
        var occupied = Set<SeatLabel>()
        for row in zone.rows {
            for (index, id) in row.seats.enumerated() where id != nil { occupied.insert(.row(row.number, seat: row.seatNumbers[index])) }
        }
        for table in zone.tables {
            for (index, id) in table.seats.enumerated() where id != nil { occupied.insert(.table(table.number, seat: index)) }
        }
        var marks: [SeatLabel: SeatMark] = [:]
        for change in changes.seats where change.zone == zone.name {
            if let to = change.to { marks[to] = change.reason == .added ? .added : .moved }
        }
        for change in changes.seats where change.zone == zone.name {
            if let from = change.from, marks[from] == nil, !occupied.contains(from) { marks[from] = .vacated }
        }
        return marks
    }
}
