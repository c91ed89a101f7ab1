extension String {
    /// The text right-aligned in `width` characters, padded on the left with `pad`
    /// (`"7".leftPadded(to: 4, with: "0")` → `0007`).
    public func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
