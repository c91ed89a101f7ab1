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
}
