/// How names are printed on cards and charts (rule 8.1.5 of the reference).
public enum NamePadding {
    /// A two-character name is widened to three with a full-width space (王　强); others unchanged.
    /// Two characters made only of ideographs are two ideographic scalars (no scalar joins an
    /// ideograph to another character), so the name's scalars decide it without breaking the
    /// name into characters (a search for character boundaries in every name of every chart and card).
    public static func padded(_ name: String) -> String {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next(), scalars.next() == nil,
              first.properties.isIdeographic, second.properties.isIdeographic else {
            return name
        }
        return "\(first)\u{3000}\(second)"
    }
}
