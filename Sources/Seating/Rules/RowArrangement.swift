import MeetingPlan

/// How one straight row is ordered (rule 1.2 of the reference): used by rostrum and photo rows,
/// each party of facing talks, hall rows and unit blocks seated 左右排列法.
public struct RowPolicy: Sendable, Equatable {
    public var even: EvenRowPolicy
    public var honour: Honour
    public var two: TwoPersonPolicy
    /// Rule 1.1.6: the centre line stays free between 1 and 2.
    public var equalTopTwo: Bool

    public init(even: EvenRowPolicy = .pair, honour: Honour = .left, two: TwoPersonPolicy = .default, equalTopTwo: Bool = false) {
        self.even = even
        self.honour = honour
        self.two = two
        self.equalTopTwo = equalTopTwo
    }

    public static let domestic = RowPolicy()
}

/// A row in the seated frame (the seated people's own left→right), with its centre line.
public struct ArrangedRow<Item> {
    public var seats: [Item?]
    /// The centre line as a seat index of `seats` (x.5 when it falls between two seats).
    public var centreLine: Double

    /// The same row seen from in front of it (the seated frame reversed).
    public var mirrored: ArrangedRow<Item> {
        ArrangedRow(seats: seats.reversed(), centreLine: Double(seats.count - 1) - centreLine)
    }
}

public enum RowArrangement {
    /// Places `ranked` (most senior first) in one row, in the seated frame.
    public static func seated<Item>(_ ranked: [Item], policy: RowPolicy) -> ArrangedRow<Item> {
        let n = ranked.count
        guard n > 0 else { return ArrangedRow(seats: [], centreLine: 0) }
        let row: ArrangedRow<Item>
        if n == 2 && policy.two == .exception {
            row = ArrangedRow(seats: [ranked[0], ranked[1]], centreLine: 0.5)
        } else if n >= 2 && policy.equalTopTwo {
            // 1 just left of the free centre line, 2 just right, then left and right alternately.
            let left = (n + 1) / 2
            var seats = [Item?](repeating: nil, count: n)
            for (index, item) in ranked.enumerated() {
                let k = index + 1
                seats[k % 2 == 1 ? left - 1 - (k - 1) / 2 : left + (k - 2) / 2] = item
            }
            row = ArrangedRow(seats: seats, centreLine: Double(left) - 0.5)
        } else {
            row = centreOut(ranked, policy: policy.even)
        }
        // 以右为尊 is the mirror image of the finished domestic row.
        return policy.honour == .left ? row : row.mirrored
    }

    /// Rule 1.1.3/1.1.4 in the seated frame, 以左为尊.
    private static func centreOut<Item>(_ ranked: [Item], policy: EvenRowPolicy) -> ArrangedRow<Item> {
        let n = ranked.count
        let isEven = n % 2 == 0
        let seatCount = isEven && policy == .single ? n + 1 : n
        // c is the seat of rank 1; for `pair` it is the seated-right seat of the central pair.
        let centre = !isEven ? (n - 1) / 2 : (policy == .pairRight ? n / 2 - 1 : n / 2)
        var seats = [Item?](repeating: nil, count: seatCount)
        let secondOnRight = isEven && policy == .pairRight
        for (index, item) in ranked.enumerated() {
            let k = index + 1
            let outward = k / 2
            if k == 1 {
                seats[centre] = item
            } else if k % 2 == 0 {
                seats[secondOnRight ? centre + outward : centre - outward] = item
            } else {
                seats[secondOnRight ? centre - outward : centre + outward] = item
            }
        }
        let centreLine: Double
        switch (isEven, policy) {
        case (false, _), (true, .single), (true, .singleTight): centreLine = Double(centre)
        case (true, .pair): centreLine = Double(centre) - 0.5
        case (true, .pairRight): centreLine = Double(centre) + 0.5
        }
        return ArrangedRow(seats: seats, centreLine: centreLine)
    }

    /// Splits `ranked` into rows of the given capacities, front row first: the most senior fill
    /// the front row (rule 1.1.8). The last rows may be shorter than their capacity.
    public static func fill<Item>(_ ranked: [Item], capacities: [Int]) -> [[Item]] {
        var rows: [[Item]] = []
        var remaining = ranked[...]
        for capacity in capacities {
            rows.append(Array(remaining.prefix(capacity)))
            remaining = remaining.dropFirst(capacity)
        }
        return rows
    }
}
