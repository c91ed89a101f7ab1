extension String {
    /// Removes leading and trailing spaces (ASCII and U+3000), keeping internal ones.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\n" || $0 == "\r" }
        // Most cells have nothing to trim: when neither end scalar can be (part of) a space, the
        // text is returned without comparing characters one by one.
        func isSpaceScalar(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case " ", "\t", "\u{3000}", "\n", "\r": return true
            default: return false
            }
        }
        guard let head = unicodeScalars.first, let tail = unicodeScalars.last else { return "" }
        if !isSpaceScalar(head) && !isSpaceScalar(tail) { return self }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
