/// How names are printed on cards and charts (rule 8.1.5 of the reference).
public enum NamePadding {
    /// A two-character name is widened to three with a full-width space (王　强); others unchanged.
    public static func padded(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count == 2, characters.allSatisfy({ $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) }) else {
            return name
        }
        return "\(characters[0])\u{3000}\(characters[1])"
    }
}
