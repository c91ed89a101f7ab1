import MeetingPlan

/// Rule 4.2 of the reference: the order in which the seats of one table are given out, in the
/// table frame (S0 the main seat facing the door, then clockwise on the drawing, so S1 is the main
/// seat's left-hand neighbour and Sn-1 its right-hand neighbour).
public enum TableSeating {
    /// Seat indices from the most to the least senior seat.
    ///
    /// `dualHost`: 主陪 S0, guest 1 at S0's right, guest 2 at S0's left, 副陪 opposite, guest 3 at
    /// the 副陪's right, guest 4 at the 副陪's left, then the rest by distance from S0.
    /// `singleHost`: by distance from S0. Both right before left; `honour: left` (folk 尚左) is
    /// the mirror image.
    public static func seatOrder(seats n: Int, pattern: BanquetPattern, honour: Honour) -> [Int] {
        guard n > 0 else { return [] }
        var order: [Int] = []
        var taken = Set<Int>()
        func take(_ seat: Int) {
            let seat = (seat % n + n) % n
            if taken.insert(seat).inserted { order.append(seat) }
        }
        take(0)
        if pattern == .dualHost && n >= 4 {
            let opposite = n / 2
            [n - 1, 1, opposite, opposite - 1, opposite + 1].forEach(take)
        }
        for distance in 1...max(1, n / 2) {
            take(n - distance)
            take(distance)
        }
        return honour == .right ? order : order.map { (n - $0) % n }
    }

    /// The people of the main table in the order of its seats: for dual-host [主陪, guest 1,
    /// guest 2, 副陪, guest 3, guest 4] then the rest; for single-host the host then the guests.
    /// A guest who outranks the host takes the host's place and the host the guest's (rule 4.2.4).
    public static func mainTableSequence<Item>(hosts: [Item], guests: [Item], others: [Item], pattern: BanquetPattern,
                                               guestOutranksHost: Bool) -> [Item] {
        var hostQueue = hosts[...], guestQueue = guests[...]
        let roles: [Bool] = pattern == .dualHost ? [true, false, false, true, false, false] : [true]  // true = host
        var sequence: [Item] = []
        for isHost in roles {
            if let next = isHost ? hostQueue.popFirst() : guestQueue.popFirst() { sequence.append(next) }
        }
        sequence += guestQueue + hostQueue + others
        if guestOutranksHost, !hosts.isEmpty, !guests.isEmpty, sequence.count >= 2 {
            sequence.swapAt(0, 1)
        }
        return sequence
    }
}

/// Which side of the room the main door is on, in a plan drawing.
public enum RoomSide: String, CaseIterable, Sendable {
    case bottom, top, left, right
}

/// Rule 4.1 of the reference: table numbers from the tables' positions and the door.
public enum TableOrder {
    /// Indices of `positions` (x right, y down on the drawing) from table 1 (main) on. The main
    /// table is `main` if given, else the one nearest the middle across the room (ties: farther
    /// from the door, then on the right of someone facing the door from inside). The others go
    /// by distance to the main table with the same ties.
    public static func numbering(_ positions: [(x: Double, y: Double)], door: RoomSide, main: Int? = nil) -> [Int] {
        guard !positions.isEmpty else { return [] }
        // Turn the drawing so that the door is at the bottom: then "farther from the door" is a
        // smaller y, and the right of someone inside facing the door is a smaller x.
        let turned: [(x: Double, y: Double)] = positions.map { point in
            switch door {
            case .bottom: return point
            case .top: return (-point.x, -point.y)
            case .left: return (point.y, -point.x)
            case .right: return (-point.y, point.x)
            }
        }
        let middle = turned.map(\.x).reduce(0, +) / Double(turned.count)
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        func ranking(by distance: @escaping (Int) -> Double) -> (Int, Int) -> Bool {
            { a, b in
                (rounded(distance(a)), rounded(turned[a].y), rounded(turned[a].x), a)
                    < (rounded(distance(b)), rounded(turned[b].y), rounded(turned[b].x), b)
            }
        }
        let indices = Array(turned.indices)
        let first = main ?? indices.min(by: ranking { abs(turned[$0].x - middle) })!
        let rest = indices.filter { $0 != first }.sorted(by: ranking { index in
            let dx = turned[index].x - turned[first].x, dy = turned[index].y - turned[first].y
            return (dx * dx + dy * dy).squareRoot()
        })
        return [first] + rest
    }
}
