/// Which person of one version of a plan is which person of another (changes.md): by `id` where
/// both versions give it explicitly; otherwise, when either side's id was generated from a roster
/// line (`R<line>`), by name and unit, so that inserting a roster row changes nobody's identity.
public struct PersonMatching: Sendable {
    /// The new version's id of each matched person of the old version.
    public let newID: [String: String]
    /// The old version's id of each matched person of the new version.
    public let oldID: [String: String]

    public init(old: [Person], new: [Person]) {
        // Sized once, like the candidates below: growing them rehashed every entry at each doubling.
        var matched = [String: String](minimumCapacity: old.count)
        let explicitNew = Set(new.lazy.filter { !$0.generatedID }.map(\.id))
        for person in old where !person.generatedID && explicitNew.contains(person.id) {
            matched[person.id] = person.id
        }
        // Same name and unit: pair in order of appearance, so two namesakes of one unit keep their order.
        let taken = Set(matched.values)
        // Per name and unit, the positions in `new` of its candidates, in order; a candidate once
        // matched is marked used. Each old person takes the first unused candidate (one with a
        // generated id, when its own id is explicit): two cursors per key, one for each kind of
        // taker, only move forward, so a roster of many namesakes is matched in linear time
        // (removing each match from the front of a list was quadratic).
        var candidates = [String: [Int]](minimumCapacity: new.count)
        for (position, person) in new.enumerated() where !taken.contains(person.id) {
            candidates[Self.key(person), default: []].append(position)
        }
        var used = [Bool](repeating: false, count: new.count)
        var firstUnused: [String: Int] = [:], firstUnusedGenerated: [String: Int] = [:]
        for person in old where matched[person.id] == nil {
            let key = Self.key(person)
            guard let positions = candidates[key] else { continue }
            var cursor = (person.generatedID ? firstUnused[key] : firstUnusedGenerated[key]) ?? 0
            while cursor < positions.count && (used[positions[cursor]] || !(person.generatedID || new[positions[cursor]].generatedID)) {
                cursor += 1
            }
            if person.generatedID { firstUnused[key] = cursor } else { firstUnusedGenerated[key] = cursor }
            guard cursor < positions.count else { continue }
            used[positions[cursor]] = true
            matched[person.id] = new[positions[cursor]].id
        }
        newID = matched
        oldID = Dictionary(matched.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    private static func key(_ person: Person) -> String { person.name + "\u{1F}" + (person.unit ?? "") }
}
