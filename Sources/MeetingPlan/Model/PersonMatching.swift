/// Which person of one version of a plan is which person of another (changes.md): by `id` where
/// both versions give it explicitly; otherwise, when either side's id was generated from a roster
/// line (`R<line>`), by name and unit, so that inserting a roster row changes nobody's identity.
public struct PersonMatching: Sendable {
    /// The new version's id of each matched person of the old version.
    public let newID: [String: String]
    /// The old version's id of each matched person of the new version.
    public let oldID: [String: String]

    public init(old: [Person], new: [Person]) {
        var matched: [String: String] = [:]
        let explicitNew = Set(new.filter { !$0.generatedID }.map(\.id))
        for person in old where !person.generatedID && explicitNew.contains(person.id) {
            matched[person.id] = person.id
        }
        // Same name and unit: pair in order of appearance, so two namesakes of one unit keep their order.
        let taken = Set(matched.values)
        var candidates: [String: [Person]] = [:]
        for person in new where !taken.contains(person.id) {
            candidates[Self.key(person), default: []].append(person)
        }
        for person in old where matched[person.id] == nil {
            let key = Self.key(person)
            guard let index = candidates[key]?.firstIndex(where: { $0.generatedID || person.generatedID }) else { continue }
            matched[person.id] = candidates[key]!.remove(at: index).id
        }
        newID = matched
        oldID = Dictionary(matched.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    private static func key(_ person: Person) -> String { person.name + "\u{1F}" + (person.unit ?? "") }
}
