import Documents
import MeetingPlan
import Testing

struct NoticeDocumentTests {
    static func paragraphs(_ document: OfficeDocument) -> [Paragraph] {
        document.blocks.compactMap { if case .paragraph(let paragraph) = $0 { return paragraph } else { return nil } }
    }

    /// The paragraph's text as a reader sees it (word joiners are invisible).
    static func text(_ paragraph: Paragraph) -> String {
        paragraph.runs.map(\.text).joined().replacingOccurrences(of: "\u{2060}", with: "")
    }

    static func notice(_ plan: Plan) throws -> OfficeDocument {
        try #require(NoticeDocument.build(plan))
    }

    @Test func exampleHasHeaderTitleSignatureAttachmentsAndRecord() throws {
        let plan = try ExamplePlan.load()
        let document = try Self.notice(plan)
        let paragraphs = Self.paragraphs(document)
        let styled = { (style: ParagraphStyle) in paragraphs.filter { $0.style == style.id }.map(Self.text) }
        #expect(styled(GongwenStyles.organMark) == ["中共××县委办公室文件"])
        #expect(styled(GongwenStyles.documentNumber) == ["县委办发〔2026〕12号"])
        #expect(GongwenStyles.documentNumber.ruleBelow?.color == .gongwenRed)
        #expect(styled(GongwenStyles.title).first == "关于召开全县办公室工作会议的通知")
        #expect(styled(GongwenStyles.signature) == ["中共××县委办公室", "2026年11月20日"])
        #expect(styled(GongwenStyles.attachmentLabel) == ["附件1", "附件2"])
        #expect(document.hasRecordPage)
        #expect(paragraphs.filter { $0.overrides.pageBreakBefore }.map(Self.text) == ["附件1", "附件2"])
        #expect(document.pageNumbers && document.page == .gongwen)
        guard case .recordPage(let record) = document.blocks.last else {
            Issue.record("the 版记页 ends the notice")
            return
        }
        #expect(record.borders == .horizontalRules(outer: 1, inner: 0.75))
        #expect(record.rows.map { $0.map { Self.text($0.paragraphs[0]) } } == [["抄送：县人大常委会办公室，县政协办公室。"],
                                                                            ["中共××县委办公室", "2026年11月20日印发"]])
    }

    @Test func bodyParagraphsAreExactlyTheCountedBodyText() throws {
        let plan = try ExamplePlan.load()
        let content = NoticeContent(plan: plan)
        let texts = Self.paragraphs(try Self.notice(plan)).map(Self.text)
        let body = content.bodyText.components(separatedBy: "\n")
        guard let start = texts.firstIndex(of: body[0]) else {
            Issue.record("opening paragraph missing")
            return
        }
        #expect(Array(texts[start..<(start + body.count)]) == body)
    }

    @Test func withoutNumberThereIsNoHeader() throws {
        var plan = try ExamplePlan.load()
        plan.notice?.number = nil
        let paragraphs = Self.paragraphs(try Self.notice(plan))
        #expect(!paragraphs.contains { $0.style == GongwenStyles.organMark.id || $0.style == GongwenStyles.documentNumber.id })
        #expect(Self.text(paragraphs[0]) == "关于召开全县办公室工作会议的通知")
    }

    @Test func withoutNoticeSectionThereIsNoNotice() throws {
        var plan = try ExamplePlan.load()
        plan.notice = nil
        #expect(NoticeDocument.build(plan) == nil)
    }

    @Test func sealedSignatureCentresTheOrganOverTheDateFourCharactersFromTheRight() throws {
        let plan = try ExamplePlan.load()
        let paragraphs = Self.paragraphs(try Self.notice(plan))
        let signature = paragraphs.filter { $0.style == GongwenStyles.signature.id }
        // The date is 109.25 pt wide, the organ (×× in the Latin face) 125.75 pt: (109.25 − 125.75) / 2 + 64.
        #expect(signature.map { $0.overrides.rightIndent } == [55.75, 64])
        var unsealed = plan
        unsealed.notice?.sealed = false
        let plain = Self.paragraphs(try Self.notice(unsealed)).filter { $0.style == GongwenStyles.signature.id }
        // The organ 2 字 from the right; the date, starting 2 字 right of the organ, would end past
        // that, so it is 2 字 from the right too.
        #expect(plain.map { $0.overrides.rightIndent } == [32, 32])
    }

    @Test func lastBodyParagraphKeepsWithTheSignature() throws {
        let paragraphs = Self.paragraphs(try Self.notice(try ExamplePlan.load()))
        let last = try #require(paragraphs.firstIndex { Self.text($0).hasPrefix("联系人：") })
        let date = try #require(paragraphs.firstIndex { Self.text($0) == "2026年11月20日" })
        #expect(paragraphs[last].overrides.keepTogether)
        #expect(paragraphs[last..<date].allSatisfy { $0.overrides.keepWithNext })
        #expect(!paragraphs[date].overrides.keepWithNext)
    }

    @Test func attachmentNoteHangsUnderTheFirstNumber() throws {
        let paragraphs = Self.paragraphs(try Self.notice(try ExamplePlan.load()))
        let note = paragraphs.filter { Self.text($0).hasPrefix("附件：") || Self.text($0) == "2. 会议议程" }
        #expect(note.map(Self.text) == ["附件：1. 参会回执", "2. 会议议程"])
        #expect(note.map { $0.overrides.leftIndent } == [80, 80])
        #expect(note.map { $0.overrides.firstLineIndent } == [-48, 0])
    }

    @Test func phoneNumbersAndDatesAreTiedTogether() {
        #expect(NoticeDocument.unbroken("电话：0000-1234567，12月1日") == "电话：0000\u{2060}-\u{2060}1234567，12\u{2060}月\u{2060}1\u{2060}日")
        #expect(NoticeDocument.unbroken("A-B 2-") == "A-B 2-")
    }

    @Test func copyToContinuesAfterTheColon() throws {
        let document = try Self.notice(try ExamplePlan.load())
        guard case .recordPage(let record) = document.blocks.last else {
            Issue.record("the 版记页 ends the notice")
            return
        }
        let copy = record.rows[0][0].paragraphs[0]
        #expect(copy.overrides.leftIndent == 56 && copy.overrides.firstLineIndent == -42)
    }
}
