import MeetingPlan
@testable import Seating
import Testing
import TestSupport

/// 竖排 unit blocks, including halls too narrow for all blocks side by side, which are split
/// front to back into bands.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct HallBlockTests {
    /// Units `U1`, `U2` … of the given sizes, members `U1.1`, `U1.2` … most senior first.
    static func units(_ sizes: [Int]) -> [HallGroup<String>] {
        sizes.enumerated().map { index, size in
            HallGroup(name: "U\(index + 1)", members: (0..<size).map { "U\(index + 1).\($0 + 1)" })
        }
    }

    static func blocks(_ sizes: [Int], rows: Int, columns: Int) -> [[String?]]? {
        HallSeating.seat(attendees: units(sizes), observers: [], grid: HallGrid(rowLengths: Array(repeating: columns, count: rows)),
                         mode: .blocks, grouped: true, observersNewRow: false)
    }

    @Test func blocksThatFitSideBySideSpanTheWholeDepth() throws {
        let rows = try #require(Self.blocks([4, 4, 3], rows: 4, columns: 5))
        // Three columns of five: centred, one empty column at each side (中央高于两侧).
        #expect(rows.map(\.spelled) == ["∅ U1.1 U2.1 U3.1 ∅", "∅ U1.2 U2.2 U3.2 ∅", "∅ U1.3 U2.3 U3.3 ∅", "∅ U1.4 U2.4 ∅ ∅"])
    }

    @Test func blocksTooWideForTheHallWrapIntoBands() throws {
        // Six blocks of one column over 4 rows need 6 columns; two bands of 2 rows fit them in 4.
        let rows = try #require(Self.blocks([2, 2, 2, 2, 2, 2], rows: 4, columns: 4))
        // The second band is partial: centred, not against the left wall.
        #expect(rows.map(\.spelled) == ["U1.1 U2.1 U3.1 U4.1", "U1.2 U2.2 U3.2 U4.2", "∅ U5.1 U6.1 ∅", "∅ U5.2 U6.2 ∅"])
    }

    @Test func moreSeatsThanPeopleButNoBandingFitsIsRefused() {
        // One unit of 5 in a 2×2 hall never fits; 4 people in one unit of a 1×3 hall neither.
        #expect(Self.blocks([5], rows: 2, columns: 2) == nil)
        #expect(Self.blocks([1, 3], rows: 1, columns: 3) == nil)
    }

    /// Halls of many units that need several bands: every unit is one block inside one band,
    /// filled column-major; blocks follow unit order band by band; nobody is lost or doubled.
    @Test(arguments: 1...8)
    func bandsKeepUnitsWholeAndInOrder(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let depth = Int.random(in: 20...60, using: &generator)
        let sizes = (0..<Int.random(in: 20...50, using: &generator)).map { _ in Int.random(in: 1...depth * 3 / 2, using: &generator) }
        // Four fifths full, like the 3,000 bench in a 60×60 hall, where unit blocks over the
        // whole depth are too wide for one band.
        let width = (sizes.reduce(0, +) * 5 / 4 + depth - 1) / depth
        let rows = try #require(Self.blocks(sizes, rows: depth, columns: width), "sizes \(sizes) in \(depth)×\(width)")
        #expect(sizes.map { ($0 + depth - 1) / depth }.reduce(0, +) > width, "needs more than one band")
        var places: [String: (row: Int, column: Int)] = [:]
        for (row, seats) in rows.enumerated() {
            for (column, id) in seats.enumerated() {
                guard let id else { continue }
                #expect(places.updateValue((row, column), forKey: id) == nil, "\(id) seated twice")
            }
        }
        #expect(places.count == sizes.reduce(0, +))
        var previousCorner: (row: Int, column: Int)?
        for (index, size) in sizes.enumerated() {
            let members = try (1...size).map { try #require(places["U\(index + 1).\($0)"]) }
            // Column-major, front to back: fill order is (column, row) order.
            #expect(zip(members, members.dropFirst()).allSatisfy { ($0.column, $0.row) < ($1.column, $1.row) }, "U\(index + 1)")
            let rowRange = members.map(\.row).min()!...members.map(\.row).max()!
            let columnRange = members.map(\.column).min()!...members.map(\.column).max()!
            // No other unit inside the block's bounding box.
            for row in rowRange {
                for column in columnRange {
                    if let id = rows[row][column] { #expect(id.hasPrefix("U\(index + 1).")) }
                }
            }
            let corner = (row: rowRange.lowerBound, column: columnRange.lowerBound)
            if let previousCorner {
                #expect(previousCorner < corner, "U\(index + 1) is not after U\(index) band by band")
            }
            previousCorner = corner
        }
    }
}

/// A unit's block closes up: its members are shared over the columns it needs as evenly as the
/// columns' open seats allow, so no column of the block is left with a lone person at the front.
@Suite struct BlockCloseUpTests {
    @Test func aUnitOfNineInAnEightDeepBandSitsFiveAndFour() throws {
        let rows = try #require(HallBlockTests.blocks([9], rows: 8, columns: 4))
        // Two columns, centred: 5 in the first, 4 in the second, the back rows empty.
        let first = rows.map { $0[1] }, second = rows.map { $0[2] }
        #expect(first.compactMap { $0 } == ["U1.1", "U1.2", "U1.3", "U1.4", "U1.5"])
        #expect(second.compactMap { $0 } == ["U1.6", "U1.7", "U1.8", "U1.9"])
        #expect(first.prefix(5).allSatisfy { $0 != nil } && second.prefix(4).allSatisfy { $0 != nil })
    }

    @Test func sharesAreEvenLeftColumnsTakeTheOddOnesAndShortColumnsTakeWhatTheyHave() {
        #expect(ColumnSeats.closedUp(9, capacities: [8, 8]) == [5, 4])
        #expect(ColumnSeats.closedUp(16, capacities: [8, 8]) == [8, 8])
        #expect(ColumnSeats.closedUp(17, capacities: [8, 8, 8]) == [6, 6, 5])
        // A column of a shorter section (2 open seats in the band) keeps what it has.
        #expect(ColumnSeats.closedUp(9, capacities: [8, 2]) == [7, 2])
        #expect(ColumnSeats.closedUp(9, capacities: [2, 8]) == [2, 7])
        #expect(ColumnSeats.closedUp(0, capacities: [8, 8]) == [0, 0])
    }

    /// Any capacities and any count they can hold: everyone placed, no column over its seats,
    /// and the fullest column as short as any sharing could make it.
    @Test(arguments: 1...40)
    func sharesAreTheMostEvenTheColumnsAllow(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let capacities = (0..<Int.random(in: 1...5, using: &generator)).map { _ in Int.random(in: 0...12, using: &generator) }
        let count = Int.random(in: 0...capacities.reduce(0, +), using: &generator)
        let shares = ColumnSeats.closedUp(count, capacities: capacities)
        #expect(shares.reduce(0, +) == count, "\(capacities) \(count) → \(shares)")
        #expect(zip(shares, capacities).allSatisfy { $0 <= $1 }, "\(capacities) \(count) → \(shares)")
        let fullest = shares.max() ?? 0
        // One level lower would not seat everyone.
        #expect(count == 0 || capacities.reduce(0) { $0 + min($1, fullest - 1) } < count, "\(capacities) \(count) → \(shares)")
        // Columns not held back by their seats differ by at most one.
        let free = zip(shares, capacities).filter { $0 < $1 }.map(\.0)
        #expect((free.max() ?? 0) - (free.min() ?? 0) <= 1 || free.isEmpty, "\(capacities) \(count) → \(shares)")
    }
}
