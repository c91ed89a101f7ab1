@testable import MeetingPlan
@testable import PlanReading
import Testing

/// The dense logic behind the limits: quoting, line counting, cell references, the diagnostic cap.
@Suite struct BoundedInputTests {
    @Test func quotedValuesAreEscapedAndCut() {
        #expect(DiagnosticText.quoted("张三") == "张三")
        #expect(DiagnosticText.quoted("a\u{1B}[31m\nb\u{202E}") == #"a\u{1B}[31m\nb\u{202E}"#)
        #expect(DiagnosticText.quoted(String(repeating: "县", count: 41)) == String(repeating: "县", count: 40) + "…")
        #expect(DiagnosticText.quoted(String(repeating: "县", count: 40)) == String(repeating: "县", count: 40))
        #expect("职级“\(quoted: "x\ny")”" == #"职级“x\ny”"#)
    }

    @Test func aDiagnosticIsAlwaysOneLine() {
        let diagnostic = Diagnostic(.unknownRank, "职级\n伪造", at: SourceLocation(file: "a\nb.yaml", line: 2, column: 3))
        #expect(diagnostic.description == #"a\nb.yaml:2:3: error: [PLAN011] 职级\n伪造"#)
    }

    @Test func linesAreCountedAtNewlinesOnly() {
        let text = "a: \"x\u{85}y\u{2028}z\"\nb: 1\n"
        let root = YAMLInput.parse(text, file: "f.yaml", log: DiagnosticLog())
        let value = root?["b"]
        #expect(value?.location.line == 2)
        #expect(value?.location.column == 4)
        let position = LineTable(Array("ab\n县x\n".utf8)).position(ofByte: 7)
        #expect(position.line == 2 && position.column == 3)
    }

    @Test func nestingAndAliasesAreBounded() {
        let log = DiagnosticLog()
        let nested = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(YAMLInput.parse(nested, file: "f", log: log) != nil)
        #expect(YAMLInput.parse("a: " + nested, file: "f", log: log) == nil)
        #expect(log.diagnostics.last?.code == .nestingTooDeep)
        let aliases = "a: &a [" + Array(repeating: "x", count: 1000).joined(separator: ",") + "]\nb: [" + Array(repeating: "*a", count: 99).joined(separator: ",") + "]\n"
        #expect(YAMLInput.parse(aliases, file: "f", log: log) == nil)
        #expect(log.diagnostics.last?.code == .tooManyNodes)
    }

    @Test func cellReferencesStayWithinTheSheet() {
        #expect(XLSXRoster.parseReference("B12")! == (12, 2))
        #expect(XLSXRoster.parseReference("XFD1048576")! == (1_048_576, 16_384))
        #expect(XLSXRoster.parseReference("XFE1") == nil)
        #expect(XLSXRoster.parseReference("A1048577") == nil)
        #expect(XLSXRoster.parseReference(String(repeating: "Z", count: 10_000) + "1") == nil)
        #expect(XLSXRoster.parseReference("A" + String(repeating: "9", count: 40)) == nil)
        #expect(XLSXRoster.parseReference("A0") == nil)
        #expect(XLSXRoster.parseReference("1A") == nil)
    }

    @Test func theLogKeepsAHundredPerFileAndCountsTheRest() {
        let log = DiagnosticLog()
        for index in 0..<250 {
            log.error(.rosterMissingName, "第\(index)行缺少姓名", at: SourceLocation(file: "r.csv", line: index + 1, column: 2))
        }
        log.error(.unknownRank, "x", at: SourceLocation(file: "m.yaml", line: 1, column: 1))
        #expect(log.count == 251)
        #expect(log.diagnostics.count == 102)
        #expect(log.diagnostics.last?.description == "r.csv: error: [DIAG001] 另有 150 个问题未列出（每个文件最多列出 100 个）")
    }

    @Test func suggestionsAreSkippedForLongWords() {
        #expect(Suggestion.nearest(to: "县处级正值", in: RankTable.standard.allNames) == "县处级正职")
        #expect(Suggestion.nearest(to: String(repeating: "县", count: 65), in: ["县"]) == nil)
    }
}
