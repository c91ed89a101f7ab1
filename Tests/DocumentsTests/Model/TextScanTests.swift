@testable import Documents
import Testing

@Suite struct TextScanTests {
    /// The byte scan finds what a scan of the scalars finds: spaces, tabs and every line break,
    /// and nothing in text whose multi-byte characters share bytes with NEL, LS or PS.
    @Test func spacesAndBreaksAreFoundAsTheScalarsHaveThem() {
        let texts = ["", "张三", "ABC-123", "a b", "\t", "第1排\n", "\r", "\u{0B}", "\u{0C}", "x\u{85}y", "x\u{2028}", "\u{2029}y",
                     "丅", "\u{2027}", "‰", "…", "　", "王\u{3000}强", "\u{A0}", "\u{2060}12"]
        for text in texts {
            let scalars = text.unicodeScalars.contains { $0 == " " || $0 == "\t" || TextScan.isLineBreak($0) }
            #expect(TextScan.containsSpaceOrBreak(text) == scalars, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Texts with every kind of space and line break at the ends, in the middle and doubled, and
    /// characters whose bytes resemble NEL, LS and PS.
    static let texts: [String] = {
        let pieces = ["", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{3000}",
                      "\u{A0}", "丅", "…", "‰", "ą", "张三", "ABC-123", "\u{2060}", "😀"]
        var texts: [String] = []
        for first in pieces { for second in pieces { texts.append(first + "x" + second); texts.append(first + second + "李") } }
        return texts + pieces
    }()

    /// `spacing` is what the scalars say: a line break anywhere, else preserve for a space or tab
    /// at an end, a tab, or two spaces running.
    @Test func spacingIsWhatTheScalarsSay() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let expected: TextScan.Spacing
            if scalars.contains(where: TextScan.isLineBreak) {
                expected = .lineBreak
            } else if let first = scalars.first, let last = scalars.last,
                      first == " " || first == "\t" || last == " " || last == "\t" || scalars.contains("\t") || text.contains("  ") {
                expected = .preserve
            } else {
                expected = .plain
            }
            #expect(TextScan.spacing(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let spaceOrBreak = scalars.contains { $0 == " " || $0 == "\t" || TextScan.isLineBreak($0) }
            #expect(TextScan.containsSpaceOrBreak(text) == spaceOrBreak, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A run is of one language when all its bytes are western (ASCII other than spaces and line
    /// breaks) or none is.
    @Test func uniformLanguageIsWhatTheScalarsSay() {
        for text in Self.texts + ["ABC", "第1排", "12:30", "张三", "", "a\u{2060}b"] {
            let western = text.unicodeScalars.map { $0.isASCII && !(0x09...0x0D).contains($0.value) && $0 != " " }
            let expected: Bool? = western.allSatisfy { $0 } ? !western.isEmpty : western.allSatisfy { !$0 } ? false : nil
            #expect(Run(text).uniformLanguage == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The byte scan for characters outside GB2312 finds what `outsideGB2312` finds scalar by
    /// scalar: Han characters of every block, of three and four bytes, next to others.
    @Test func charactersOutsideGB2312AreFoundAsTheScalarsHaveThem() {
        let texts = ["", "张三", "李喆", "欧阳晓东 ABC 123", "王\u{3400}", "\u{4DBF}", "\u{9FFF}", "\u{F900}", "\u{FAFF}x", "𠀀", "\u{3134F}",
                     "\u{31350}", "\u{3000}\u{33FF}", "，。（）", "\u{FFFF}", "😀", "ą", "堃b", "a\u{20BB7}c", "\u{2FFFF}"]
        for text in texts {
            #expect(GBKFallback.hasCharacterOutsideGB2312(text) == !GBKFallback.outsideGB2312(text).isEmpty, "\(text)")
        }
    }
}
