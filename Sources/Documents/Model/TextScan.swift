/// The character classes the writers test on every run of text, on Unicode scalars or UTF-8
/// bytes: comparing `Character`s goes through grapheme breaking, which was a hot spot of large
/// exports.
enum TextScan {
    /// What `Character.isNewline` is: LF, VT, FF, CR, NEL, LS and PS.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether `text` has a space, a tab or a line break (what ODF treats other than as text),
    /// scanned as UTF-8 bytes (decoding it into scalars to test each was a hot spot): NEL (C2 85),
    /// LS and PS (E2 80 A8, E2 80 A9) are the only ones of more than one byte.
    static func containsSpaceOrBreak(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: return true
            case 0x85 where previous == 0xC2: return true
            case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2: return true
            default: (beforePrevious, previous) = (previous, byte)
            }
        }
        return false
    }
}
