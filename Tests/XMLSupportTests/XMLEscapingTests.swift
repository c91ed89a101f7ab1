import Testing
import TestSupport
import XMLSupport

/// The writer's escaping against a reference that escapes one scalar at a time: the writer finds
/// the bytes to look at eight at a time, so every class of character is tried at every position
/// of texts long enough to cross those eight-byte steps and to end inside the last of them.
@Suite struct XMLEscapingTests {
    /// What the writer's escaping is defined as (the doc comment of `XMLWriter`).
    static func reference(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3C: escaped += "&lt;"
            case 0x3E: escaped += "&gt;"
            case 0x26: escaped += "&amp;"
            case 0x22: escaped += "&quot;"
            case 0x0D: escaped += "&#13;"
            case 0x0A: escaped += inAttribute ? "&#10;" : "\n"
            case 0x09: escaped += inAttribute ? "&#9;" : "\t"
            case 0..<0x20, 0xFFFE, 0xFFFF: break
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `text` written as an attribute value and as content by the writer.
    static func written(_ text: String) throws -> String {
        let writer = XMLWriter()
        try writer.startElement("p")
        try writer.attribute("a", text)
        try writer.text(text)
        try writer.endElement()
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    static func expected(_ text: String) -> String {
        "<p a=\"\(reference(text, inAttribute: true))\">\(reference(text, inAttribute: false))</p>\n"
    }

    /// Every character the escaping replaces or drops, and some it keeps that share bytes with
    /// them: fullwidth punctuation and U+FFFD start with 0xEF as U+FFFE and U+FFFF do, U+FEFF
    /// and U+FFEF have 0xEF and 0xBF in other places, DEL and space are next to the classes.
    static let specials: [String] = ["<", ">", "&", "\"", "'", "\r", "\n", "\t", "\r\n", "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{1F}",
                                     "\u{7F}", " ", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FFEF}", "\u{FEFF}", "，", "（", "\u{85}",
                                     "\u{2028}", "😀"]

    @Test func everyClassAtEveryPositionIsEscapedAsTheReferenceDoes() throws {
        // Fillers of one, two, three and four bytes put each special at every byte offset.
        for filler in ["a", "é", "中", "𠀀", "1中"] {
            for length in 0...18 {
                for special in Self.specials {
                    for position in 0...length {
                        let text = String(repeating: filler, count: position) + special + String(repeating: filler, count: length - position)
                        #expect(try Self.written(text) == Self.expected(text), "\(Array(text.utf8))")
                    }
                }
            }
        }
    }

    /// U+FFFE and U+FFFF right at the end of texts of every length, and two of them together,
    /// and specials next to each other.
    @Test func droppedCharactersAtTheEndsAndSideBySide() throws {
        for length in 0...17 {
            let head = String(repeating: "x", count: length)
            for tail in ["\u{FFFE}", "\u{FFFF}", "\u{FFFE}\u{FFFF}", "\u{FFFF}<", "<\u{FFFE}", "\u{FFFD}\u{FFFF}", "&&", "\u{1}\u{2}\u{3}"] {
                for text in [head + tail, tail + head, tail + head + tail] {
                    #expect(try Self.written(text) == Self.expected(text), "\(Array(text.utf8))")
                }
            }
        }
    }

    /// Random texts from a seeded generator (the same on every run), of up to 60 characters drawn
    /// mostly from the specials, so that several fall into one eight-byte step.
    @Test func randomTextsAreEscapedAsTheReferenceDoes() throws {
        var random = SeededGenerator(seed: 0x5EED_BA4E)
        let plain = ["a", "Z", "0", "9", "-", ".", "中", "文", "张", "é", "𠀀", "\u{3000}"]
        let alphabet = Self.specials + plain
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...60, using: &random)
            let text = (0..<count).map { _ in alphabet.randomElement(using: &random)! }.joined()
            #expect(try Self.written(text) == Self.expected(text), "\(Array(text.utf8))")
        }
    }

    /// Texts long enough to be stored outside the string (the writer reads them in place) and
    /// long runs with nothing to escape.
    @Test func longTextsAreEscapedAsTheReferenceDoes() throws {
        let texts = [String(repeating: "会议代表", count: 500), String(repeating: "abcdefgh", count: 300) + "<",
                     "&" + String(repeating: "座", count: 1_000) + "\u{FFFF}", String(repeating: "\u{FFFE}", count: 100)]
        for text in texts { #expect(try Self.written(text) == Self.expected(text)) }
    }
}
