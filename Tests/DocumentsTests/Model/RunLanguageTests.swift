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
