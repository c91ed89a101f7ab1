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
        // Positions are sorted, not people: moving thousands of `Person` values costs more than comparing.
        let keys = people.map(key(for:))
        return people.indices.sorted { keys[$0] < keys[$1] }.map { people[$0] }
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

    public var description: String {
        segments.map { $0.map(String.init).joined(separator: ".") }.joined(separator: "/")
    }
}
