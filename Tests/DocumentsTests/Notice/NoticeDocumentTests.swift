import Documents
import MeetingPlan
import Testing

struct NoticeDocumentTests {
    static func paragraphs(_ document: OfficeDocument) -> [Paragraph] {
        document.blocks.compactMap { if case .paragraph(let paragraph) = $0 { return paragraph } else { return nil } }
    }

    static func text(_ paragraph: Paragraph) -> String { paragraph.runs.map(\.text).joined() }

    @Test func exampleHasHeaderTitleSignatureAttachmentsAndRecord() throws {
        let plan = try ExamplePlan.load()
        let document = NoticeDocument.build(plan)
        let paragraphs = Self.paragraphs(document)
        let styled = { (style: ParagraphStyle) in paragraphs.filter { $0.style == style.id }.map(Self.text) }
        #expect(styled(GongwenStyles.organMark) == ["中共××县委办公室文件"])
        #expect(styled(GongwenStyles.documentNumber) == ["县委办发〔2026〕12号"])
        #expect(GongwenStyles.documentNumber.ruleBelow?.color == .gongwenRed)
        #expect(styled(GongwenStyles.title).first == "关于召开全县办公室工作会议的通知")
        #expect(styled(GongwenStyles.signature) == ["中共××县委办公室", "2026年11月20日"])
        #expect(styled(GongwenStyles.attachmentLabel) == ["附件1", "附件2"])
        #expect(paragraphs.filter { $0.overrides.pageBreakBefore }.map(Self.text) == ["附件1", "附件2"])
        #expect(document.pageNumbers && document.page == .gongwen)
        guard case .table(let record) = document.blocks.last else {
            Issue.record("the 版记 table ends the notice")
            return
        }
        #expect(record.borders == .horizontalRules(outer: 1, inner: 0.75))
        #expect(record.rows.map { $0.map { Self.text($0.paragraphs[0]) } } == [["抄送：县人大常委会办公室，县政协办公室。"],
                                                                            ["中共××县委办公室", "2026年11月20日印发"]])
    }

    @Test func bodyParagraphsAreExactlyTheCountedBodyText() throws {
        let plan = try ExamplePlan.load()
        let content = NoticeContent(plan: plan)
        let texts = Self.paragraphs(NoticeDocument.build(plan)).map(Self.text)
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
        let paragraphs = Self.paragraphs(NoticeDocument.build(plan))
        #expect(!paragraphs.contains { $0.style == GongwenStyles.organMark.id || $0.style == GongwenStyles.documentNumber.id })
        #expect(Self.text(paragraphs[0]) == "关于召开全县办公室工作会议的通知")
    }
}
