import XMLSupport

/// The character classes the writers test on every run of text, on Unicode scalars or UTF-8
/// bytes: comparing `Character`s goes through grapheme breaking, and even iterating a string's
/// `utf8` view costs several times a loop over its bytes in place, which was a hot spot of large
/// exports. A line break of more than one byte is NEL (C2 85), LS or PS (E2 80 A8, E2 80 A9):
/// found from its last byte, which only those characters end with after those lead bytes.
enum TextScan {
    /// What `Character.isNewline` is: LF, VT, FF, CR, NEL, LS and PS.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether `text` has a space, a tab or a line break (what ODF treats other than as text).
    static func containsSpaceOrBreak(_ text: String) -> Bool {
        text.withContiguousUTF8 { utf8 in
            for index in utf8.indices {
                let byte = utf8[index]
                if byte == 0x20 || byte == 0x09 || isLineBreak(byte, at: index, in: utf8) { return true }
            }
            return false
        }
    }

    /// How Word would treat the spaces of a `w:t` holding `text`.
    enum Spacing {
        /// Nothing a reader could trim or collapse.
        case plain
        /// A space or tab at either end, two spaces running, or a tab: `xml:space="preserve"`.
        case preserve
        /// A line break, which the DOCX writer turns into a space first.
        case lineBreak
    }

    /// One pass over `text` for what the DOCX writer asks of every text it writes.
    static func spacing(_ text: String) -> Spacing {
        text.withContiguousUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return .plain }
            let space: UInt8 = 0x20, tab: UInt8 = 0x09
            var preserve = first == space || first == tab || last == space || last == tab
            var previous: UInt8 = 0
            for index in utf8.indices {
                let byte = utf8[index]
                if isLineBreak(byte, at: index, in: utf8) { return .lineBreak }
                if byte == tab || (byte == space && previous == space) { preserve = true }
                previous = byte
            }
            return preserve ? .preserve : .plain
        }
    }

    /// Whether the byte at `index` ends a line break (LF, VT, FF, CR, NEL, LS, PS).
    @inline(__always)
    private static func isLineBreak(_ byte: UInt8, at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        switch byte {
        case 0x0A...0x0D: return true
        case 0x85: return index >= 1 && utf8[index - 1] == 0xC2
        case 0xA8, 0xA9: return index >= 2 && utf8[index - 1] == 0x80 && utf8[index - 2] == 0xE2
        default: return false
        }
    }
}
