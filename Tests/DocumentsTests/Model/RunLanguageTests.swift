import Documents
import Testing

/// `Run.languageStretches`: Latin letters and digits apart from the rest, so the backends can mark
/// them English and Writer keeps telephone numbers and dates whole.
@Suite struct RunLanguageTests {
    func stretches(_ text: String) -> [String] {
        Run(text).languageStretches.map { "\($0.western ? "en" : "zh"):\($0.text)" }
    }

    @Test func digitsAndLettersAreStretchesOfTheirOwn() {
        #expect(stretches("电话：0000-1234567。") == ["zh:电话：", "en:0000-1234567", "zh:。"])
        #expect(stretches("2026年12月8日9:00") == ["en:2026", "zh:年", "en:12", "zh:月", "en:8", "zh:日", "en:9:00"])
        #expect(stretches("ABC") == ["en:ABC"])
        #expect(stretches("县委 办公室") == ["zh:县委 办公室"], "a space is not Latin")
    }

    @Test func aWordJoinerGoesWithTheStretchBefore() {
        #expect(stretches("12\u{2060}月") == ["en:12\u{2060}", "zh:月"])
        #expect(stretches("\u{2060}12") == ["zh:\u{2060}", "en:12"])
    }

    /// Texts all of one kind are taken whole from their bytes; characters decide at the edges:
    /// an ASCII letter with a combining mark is not Latin, CR LF is one space-like character,
    /// C0 controls are ASCII, and a word joiner among Chinese stays Chinese.
    @Test func textsOfOneKindAreWholeAsTheirCharactersSay() {
        #expect(stretches("县人民会堂") == ["zh:县人民会堂"])
        #expect(stretches("13800001234") == ["en:13800001234"])
        #expect(stretches("e\u{301}") == ["zh:e\u{301}"])
        #expect(stretches("e\u{301}x") == ["zh:e\u{301}", "en:x"])
        #expect(stretches("\r\n12") == ["zh:\r\n", "en:12"])
        #expect(stretches("\u{1}A") == ["en:\u{1}A"])
        #expect(stretches("县\u{2060}委") == ["zh:县\u{2060}委"])
        #expect(stretches(" \t") == ["zh: \t"])
    }

    /// A 座位表's texts of digits, letters and ideographs (`8座`, `第1排`) are cut from their
    /// scalars: the stretches are the ones their characters give.
    @Test func asciiAndIdeographsAreCutAsTheirCharactersSay() {
        func byCharacters(_ text: String) -> [String] {
            var found: [String] = []
            for character in text {
                let key = character.isASCII && !character.isWhitespace ? "en:" : "zh:"
                if let last = found.last, last.hasPrefix(key) { found[found.count - 1] += String(character) } else { found.append(key + String(character)) }
            }
            return found
        }
        for text in ["8座", "第1排", "A座12号", "第12排3座B", "x县", "县x", "一丿", "~鿿!"] {
            #expect(stretches(text) == byCharacters(text), "\(text)")
        }
        #expect(stretches("第12排3座") == ["zh:第", "en:12", "zh:排", "en:3", "zh:座"])
        #expect(stretches("8座\u{FE00}") == ["en:8", "zh:座\u{FE00}"], "a variation selector goes with its ideograph")
    }

    @Test func emptyTextIsOneEmptyStretch() {
        #expect(stretches("") == ["zh:"])
    }

    /// A fuzzed roster's 1 MB unit name took 83 s to export while stretches were appended to in
    /// place inside their array (a copy per character); the stretches of a long run are exact.
    @Test func aLongRunIsSplitExactly() {
        let long = String(repeating: "正常", count: 200_000) + String(repeating: "x", count: 100_000)
        let result = Run(long).languageStretches
        #expect(result.count == 2)
        #expect(result.map(\.text.count) == [400_000, 100_000])
        #expect(result.map(\.western) == [false, true])
    }
}
