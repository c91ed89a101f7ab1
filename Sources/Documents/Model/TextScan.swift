/// The character classes the writers test on every run of text, on Unicode scalars: comparing
/// `Character`s goes through grapheme breaking, which was a hot spot of large exports.
enum TextScan {
    /// What `Character.isNewline` is: LF, VT, FF, CR, NEL, LS and PS.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// A space, a tab or a line break: what ODF and Word treat other than as text.
    static func isSpaceOrBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x20 || scalar.value == 0x09 || isLineBreak(scalar)
    }
}
