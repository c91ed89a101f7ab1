import MeetingPlan
import Seating
import Testing
import TestSupport

/// Invariants over many sizes and policies, beyond the worked cases.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct PropertyTests {
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
            for row in zone.rows { #expect(Set(row.x).count == row.x.count && row.x.count == row.seats.count && row.x == row.x.sorted()) }
        }
        #expect(try PlanText.seat(text).seatingOrder == order)
    }

    /// Pins: each pinned person sits exactly on their seat, adding a pin never moves another
    /// pinned person, and without pins the seating is exactly the unpinned one.
    @Test(arguments: 0..<12)
    func pinsStayPutAndRemovingThemRestoresTheSeating(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 7000)
        let count = Int.random(in: 20...60, using: &generator)
        let units = ["U1", "U2", "U3"]
        let people = (1...count).map { index in
            "  - {id: Q\(index), name: \(PlanText.names[index % PlanText.names.count])\(PlanText.names[(index * 7) % PlanText.names.count]), unit: \(units[index % 3]), rank: \(["正处", "副处", "正科", "科员"][index % 4])}"
        }.joined(separator: "\n")
        let mode = HallMode.allCases.randomElement(using: &generator)!
        let rostrumRows = [Int.random(in: 3...7, using: &generator), Int.random(in: 2...6, using: &generator)]
        let rostrumCount = rostrumRows.reduce(0, +) - 1
        let hallIDs = (rostrumCount + 1)...count
        var taken = Set<String>()
        var pins: [Pin] = []
        for id in Array(1...count).shuffled(using: &generator).prefix(Int.random(in: 1...5, using: &generator)) {
            let inHall = hallIDs.contains(id)
            let row = inHall ? Int.random(in: 1...8, using: &generator) : Int.random(in: 1...2, using: &generator)
            let seat = inHall ? Int.random(in: 1...12, using: &generator) : Int.random(in: 1...rostrumRows[row - 1], using: &generator)
            guard taken.insert("\(inHall)-\(row)-\(seat)").inserted else { continue }
            pins.append(Pin(zone: inHall ? 1 : 0, id: "Q\(id)", row: row, seat: seat))
        }
        func plan(_ chosen: ArraySlice<Pin>) -> String {
            func pinList(_ zone: Int) -> String {
                let items = chosen.filter { $0.zone == zone }.map { "{person: \($0.id), row: \($0.row), seat: \($0.seat)}" }
                return items.isEmpty ? "" : ", pins: [\(items.joined(separator: ", "))]"
            }
            let seating = """
              - {zone: 主席台, kind: rostrum, rows: [\(rostrumRows[0]), \(rostrumRows[1])], people: [\((1...rostrumCount).map { "Q\($0)" }.joined(separator: ", "))]\(pinList(0))}
              - {zone: 台下, kind: hall, rows: [12, 12, 12, 12, 12, 12, 12, 12], mode: \(mode.rawValue), people: rest\(pinList(1))}
            """
            return PlanText.plan(people: people, seating: seating, units: units)
        }
        func seat(of id: String, in seated: SeatPlan) -> Pin? {
            for (zone, seatedZone) in seated.zones.enumerated() {
                for row in seatedZone.rows {
                    if let index = row.seats.firstIndex(of: id) { return Pin(zone: zone, id: id, row: row.number, seat: row.seatNumbers[index]) }
                }
            }
            return nil
        }
        let unpinned = try PlanText.seat(plan([][...]))
        for size in 1...pins.count {
            let seated = try PlanText.seat(plan(pins.prefix(size)))
            for pin in pins.prefix(size) { #expect(seat(of: pin.id, in: seated) == pin, "seed \(seed): \(pin)") }
            #expect(Set(seated.seatingOrder) == Set(unpinned.seatingOrder))
        }
        let restored = try PlanText.seat(plan([][...]))
        #expect(restored.zones.map { $0.rows.map(\.seats) } == unpinned.zones.map { $0.rows.map(\.seats) })
    }

    struct Pin: Equatable, CustomStringConvertible {
        var zone: Int, id: String, row: Int, seat: Int
        var description: String { "\(id) → zone \(zone) \(row)-\(seat)" }
    }
}
