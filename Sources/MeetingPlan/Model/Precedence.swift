/// The criteria used, after `order` and rank, to decide who is more senior.
public enum TieBreaker: String, CaseIterable, Sendable {
    case unit, since, strokes
    case surnameStrokes = "surname-strokes"
    case pinyin, roster

    public static let standard: [TieBreaker] = [.unit, .since, .strokes]

    /// Whether this tie-breaker compares names (and so needs a `NameCollation`).
    public var comparesNames: Bool { self == .strokes || self == .surnameStrokes || self == .pinyin }
}

/// Turns a name into a sort key for the name-comparing tie-breakers (姓名笔画, 姓氏笔画, 拼音).
/// Keys compare lexicographically. The seating engine provides the implementation, backed by
/// stroke data; the plan model only knows that names can be compared.
public protocol NameCollation: Sendable {
    func sortKey(for name: String, by order: TieBreaker) -> [UInt32]
}

/// Who is more senior: `order` (1 = most senior) → rank level → tie-breakers → appearance.
///
/// People with an `order` precede people without one; people with a rank precede people
/// without one. Appearance in the plan closes every tie, so the order is total and deterministic.
///
/// A collation is required: a precedence whose tie-breakers compare names must not skip them.
public struct Precedence: Sendable {
    public let units: [String]
    public let tiebreak: [TieBreaker]
    public let collation: any NameCollation
    private let unitPositions: [String: Int]

    public init(units: [String], tiebreak: [TieBreaker], collation: any NameCollation) {
        self.units = units
        self.tiebreak = tiebreak
        self.collation = collation
        var positions: [String: Int] = [:]
        for (index, unit) in units.enumerated() where positions[unit] == nil { positions[unit] = index }
        unitPositions = positions
    }

    /// The position of a unit in the `units` list (units not listed come last).
    public func unitPosition(_ unit: String?) -> Int { unit.flatMap { unitPositions[$0] } ?? Int.max }

    /// The full precedence key of a person; comparing keys compares seniority.
    public func key(for person: Person) -> PrecedenceKey {
        // Each criterion is one segment; a missing value sorts after a present one.
        func segment(_ value: Int?) -> [UInt32] {
            value.map { [0, UInt32(clamping: $0)] } ?? [1]
        }
        var segments = [segment(person.order), segment(person.rankLevel)]
        for breaker in tiebreak {
            switch breaker {
            case .unit:
                let position = unitPosition(person.unit)
                segments.append(segment(position == Int.max ? nil : position))
            case .since:
                segments.append(segment(person.since.map { $0.dayNumber + 1_000_000 }))
            case .roster:
                segments.append(segment(person.appearance))
            case .strokes, .surnameStrokes, .pinyin:
                segments.append(collation.sortKey(for: person.name, by: breaker))
            }
        }
        segments.append(segment(person.appearance))
        return PrecedenceKey(segments: segments)
    }

    /// People sorted from most to least senior.
    public func sorted(_ people: [Person]) -> [Person] {
        sortedPositions(people).map { people[$0] }
    }

    /// The positions in `people` from most to least senior (a stable sort: equal keys keep their order).
    public func sortedPositions(_ people: [Person]) -> [Int] {
        // Positions are sorted, not people: moving thousands of `Person` values costs more than
        // comparing. The keys lie flat in one buffer (`PrecedenceKey.flatten`): a sort of 30,000
        // people compares about 450,000 pairs, and keys kept as arrays of small arrays sent each
        // comparison through three pointers, out of the cache — the sort grew with n² then.
        var flat: [UInt64] = []
        flat.reserveCapacity(people.count * 12)
        var starts = [0]
        starts.reserveCapacity(people.count + 1)
        for person in people {
            key(for: person).flatten(into: &flat)
            starts.append(flat.count)
        }
        return flat.withUnsafeBufferPointer { values in
            starts.withUnsafeBufferPointer { starts in
                people.indices.sorted { a, b in
                    var i = starts[a], j = starts[b]
                    let iEnd = starts[a + 1], jEnd = starts[b + 1]
                    while i < iEnd && j < jEnd {
                        if values[i] != values[j] { return values[i] < values[j] }
                        i += 1
                        j += 1
                    }
                    return i == iEnd && j < jEnd
                }
            }
        }
    }
}

/// A comparable seniority key: one segment per criterion, each compared lexicographically.
public struct PrecedenceKey: Comparable, Sendable, CustomStringConvertible {
    public let segments: [[UInt32]]

    public static func < (lhs: PrecedenceKey, rhs: PrecedenceKey) -> Bool {
        for (a, b) in zip(lhs.segments, rhs.segments) where a != b {
            return a.lexicographicallyPrecedes(b)
        }
        return lhs.segments.count < rhs.segments.count
    }

    /// Appends the key as one sequence that compares as the key does: each value plus one, each
    /// segment closed by 0, so a segment that is a prefix of another (its 0 against a value) comes
    /// first, as in `<`.
    public func flatten(into flat: inout [UInt64]) {
        for segment in segments {
            for value in segment { flat.append(UInt64(value) + 1) }
            flat.append(0)
        }
    }

    public var description: String {
        segments.map { $0.map(String.init).joined(separator: ".") }.joined(separator: "/")
    }
}
