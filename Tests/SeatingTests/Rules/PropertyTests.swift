import MeetingPlan
import Seating
import Testing

/// Invariants over many sizes and policies, beyond the worked cases.
@Suite struct PropertyTests {
    static let policies: [RowPolicy] = EvenRowPolicy.allCases.flatMap { even in
        [false, true].flatMap { equal in
            [RowPolicy(even: even, honour: .left, equalTopTwo: equal), RowPolicy(even: even, honour: .left, two: .exception, equalTopTwo: equal)]
        }
    }

    @Test(arguments: policies)
    func honourRightIsTheMirrorOfLeft(_ policy: RowPolicy) {
        for n in 1...30 {
            let ranked = Array(1...n)
            var right = policy
            right.honour = .right
            let leftRow = RowArrangement.seated(ranked, policy: policy)
            let rightRow = RowArrangement.seated(ranked, policy: right)
            #expect(rightRow.seats == Array(leftRow.seats.reversed()), "n = \(n)")
            #expect(rightRow.centreLine == Double(leftRow.seats.count - 1) - leftRow.centreLine, "n = \(n)")
        }
    }

    @Test(arguments: [BanquetPattern.dualHost, .singleHost])
    func folkTableOrderIsTheMirror(_ pattern: BanquetPattern) {
        for n in 1...30 {
            let right = TableSeating.seatOrder(seats: n, pattern: pattern, honour: .right)
            let left = TableSeating.seatOrder(seats: n, pattern: pattern, honour: .left)
            #expect(Set(right) == Set(0..<n) && right.count == n, "every seat once, n = \(n)")
            #expect(left == right.map { (n - $0) % n }, "n = \(n)")
        }
    }

    /// Policies under which a row only grows outward (pair-right and the two-person exception
    /// swap 1 and 2 when a third person joins, by definition).
    static let growingPolicies: [RowPolicy] = [EvenRowPolicy.pair, .single, .singleTight].flatMap { even in
        [Honour.left, .right].flatMap { honour in [false, true].map { RowPolicy(even: even, honour: honour, equalTopTwo: $0) } }
    }

    @Test(arguments: growingPolicies, [[30], [5, 7, 9, 11]])
    func addingAJuniorNeverMovesASenior(_ policy: RowPolicy, _ capacities: [Int]) {
        func rows(_ n: Int) -> [[Int]] {
            RowArrangement.fill(Array(1...n), capacities: capacities).map { RowArrangement.seated($0, policy: policy).seats.compactMap { $0 } }
        }
        for n in 1..<min(30, capacities.reduce(0, +)) {
            let before = rows(n)
            let after = rows(n + 1).map { $0.filter { $0 != n + 1 } }
            #expect(after.filter { !$0.isEmpty } == before.filter { !$0.isEmpty }, "n = \(n)")
        }
    }

    /// A seeded generator of plans: every selected person is seated exactly once, no seat twice,
    /// and the same plan gives the same seating.
    @Test(arguments: 1...12)
    func everyoneSeatedOnce(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 12...80, using: &generator)
        let units = ["U1", "U2", "U3", "U4"]
        let people = (1...count).map { index -> String in
            let unit = units.randomElement(using: &generator)!
            let role = Int.random(in: 0..<5, using: &generator) == 0 ? ", role: observer" : ""
            let name = "\(PlanText.names.randomElement(using: &generator)!)\(PlanText.names.randomElement(using: &generator)!)"
            return "  - {id: Q\(index), name: \(name), unit: \(unit), rank: \(["正处", "副处", "正科", "科员"].randomElement(using: &generator)!)\(role)}"
        }.joined(separator: "\n")
        let rostrum = Int.random(in: 1...9, using: &generator)
        let mode = HallMode.allCases.randomElement(using: &generator)!
        let even = EvenRowPolicy.allCases.randomElement(using: &generator)!
        let seating = """
          - {zone: 主席台, kind: rostrum, rows: [\(rostrum), 9], even: \(even.rawValue), people: [\((1...rostrum).map { "Q\($0)" }.joined(separator: ", "))]}
          - {zone: 台下, kind: hall, rows: [12, 12, 12, 12, 12, 12, 12, 12], mode: \(mode.rawValue), people: rest}
        """
        let text = PlanText.plan(people: people, seating: seating, units: units)
        let plan = try PlanText.seat(text)
        let order = plan.seatingOrder
        #expect(Set(order).count == order.count)
        #expect(order.count == count)
        for zone in plan.zones {
            for row in zone.rows { #expect(Set(row.columns).count == row.columns.count && row.columns.count == row.seats.count) }
        }
        #expect(try PlanText.seat(text).seatingOrder == order)
    }
}

/// SplitMix64: a deterministic generator for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
