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
        var segments: [[UInt32]] = []
        visitCriteria(of: person) { criterion in
            switch criterion {
            // A missing value sorts after a present one.
            case .number(let value): segments.append(value.map { [0, UInt32(clamping: $0)] } ?? [1])
            case .name(let key): segments.append(key)
            }
        }
        return PrecedenceKey(segments: segments)
    }

    /// One criterion of a key, one segment of it.
    private enum Criterion {
        case number(Int?)
        case name([UInt32])
    }

    /// The criteria of `person`'s key, in order.
    private func visitCriteria(of person: Person, _ visit: (Criterion) -> Void) {
        visit(.number(person.order))
        visit(.number(person.rankLevel))
        for breaker in tiebreak {
            switch breaker {
            case .unit:
                let position = unitPosition(person.unit)
                visit(.number(position == Int.max ? nil : position))
            case .since: visit(.number(person.since.map { $0.dayNumber + 1_000_000 }))
            case .roster: visit(.number(person.appearance))
            case .strokes, .surnameStrokes, .pinyin: visit(.name(collation.sortKey(for: person.name, by: breaker)))
            }
        }
        visit(.number(person.appearance))
    }

    /// People sorted from most to least senior.
    public func sorted(_ people: [Person]) -> [Person] {
        sortedPositions(people).map { people[$0] }
    }

    /// The positions in `people` from most to least senior (a stable sort: equal keys keep their order).
    public func sortedPositions(_ people: [Person]) -> [Int] {
        // Positions are sorted, not people: moving thousands of `Person` values costs more than
        // comparing. The keys lie flat in one buffer: a sort of 30,000 people compares about
        // 450,000 pairs, and keys kept as arrays of small arrays sent each comparison through
        // three pointers, out of the cache (the sort grew 23-35× for 10× the people).
        var flat: [UInt64] = []
        flat.reserveCapacity(people.count * 12)
        var starts = [0]
        starts.reserveCapacity(people.count + 1)
        for person in people {
            // The segments as `key(for:)` makes them, each value plus one and each segment closed
            // by 0: a segment that is a prefix of another (its 0 against a value) comes first, as
            // in `PrecedenceKey.<`.
            visitCriteria(of: person) { criterion in
                switch criterion {
                case .number(let value?):
                    flat.append(1)
                    flat.append(UInt64(UInt32(clamping: value)) + 1)
                case .number(nil):
                    flat.append(2)
                case .name(let key):
                    for value in key { flat.append(UInt64(value) + 1) }
                }
                flat.append(0)
            }
            starts.append(flat.count)
        }
        var records: [PackedKey] = []
        records.reserveCapacity(people.count)
        for position in people.indices {
            records.append(PackedKey(flat[starts[position]..<starts[position + 1]], position: position))
        }
        return flat.withUnsafeBufferPointer { values in
            starts.withUnsafeBufferPointer { starts in
                // The packed heads decide most comparisons inside the small records the sort moves;
                // only equal heads look at the whole keys, and equal keys keep their order.
                records.sorted { a, b in
                    if a.head != b.head { return a.head < b.head }
                    var i = starts[a.position], j = starts[b.position]
                    let iEnd = starts[a.position + 1], jEnd = starts[b.position + 1]
                    while i < iEnd && j < jEnd {
                        if values[i] != values[j] { return values[i] < values[j] }
                        i += 1
                        j += 1
                    }
                    if i == iEnd && j == jEnd { return a.position < b.position }
                    return i == iEnd
                }.map(\.position)
            }
        }
    }
}

/// The first values of a flattened precedence key packed into bytes, beside the person's position:
/// a sort of 30,000 people that followed each key into one large buffer missed the cache at nearly
/// every comparison (the comparisons grew 40× for 10× the people). Heads compare as the keys do
/// or are equal: a byte holds a value up to 254; a larger value packs as 255 and ends the head
/// (what follows it is left 0, since two keys whose values both pack as 255 may still differ
/// there), and a key that ends early is padded with 0, which no value sorts below.
private struct PackedKey {
    var head: (UInt64, UInt64, UInt64, UInt64)
    var position: Int

    init(_ values: ArraySlice<UInt64>, position: Int) {
        // The first value in the highest byte of the first word.
        var words = SIMD4<UInt64>()
        for (offset, value) in zip(0..<32, values) {
            words[offset / 8] |= min(value, 255) << (8 * (7 - offset % 8))
            if value >= 255 { break }
        }
        head = (words[0], words[1], words[2], words[3])
        self.position = position
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
