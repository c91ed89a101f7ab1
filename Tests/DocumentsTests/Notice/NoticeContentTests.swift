import Documents
import MeetingPlan
import Testing

struct NoticeContentTests {
    @Test func exampleNoticeHasTheSixSectionsInOrder() throws {
        let content = NoticeContent(plan: try ExamplePlan.load())
        #expect(content.title == "关于召开全县办公室工作会议的通知")
        #expect(content.addressees == "各乡镇党委、政府，县直各部门：")
        #expect(content.sections.map(\.heading) == ["一、会议时间", "二、会议地点", "三、参会人员", "四、会议议程", "五、有关要求", "六、联系人及电话"])
        #expect(content.sections[0].paragraphs == ["2026年12月3日（星期四）9:00—11:30。"])
        #expect(content.sections[1].paragraphs == ["县委大礼堂（××县人民路1号）。"])
        #expect(content.sections[5].paragraphs == ["联系人：王五，电话：0000-1234567。"])
        #expect(content.opening.hasSuffix("决定召开全县办公室工作会议。现将有关事项通知如下："))
    }

    @Test func countIsHanCharactersOfTheBodyText() throws {
        let content = NoticeContent(plan: try ExamplePlan.load())
        #expect(content.bodyText.hasPrefix(content.opening + "\n一、会议时间\n"))
        #expect(content.chineseCharacterCount == NoticeContent.hanCount(content.bodyText))
        // Digits, Latin letters, and punctuation (〔〕（）：，) are not Han characters.
        #expect(NoticeContent.hanCount("2026年12月，A县（甲）：〔〕") == 4)
    }

    @Test func sectionsWithoutContentAreLeftOutAndRenumbered() {
        let meeting = Meeting(id: "m", title: "测试会议",
                              start: LocalDateTime(parsing: "2026-12-03 09:00")!, end: LocalDateTime(parsing: "2026-12-04 17:30")!)
        let content = NoticeContent(plan: Plan(file: "p.yaml", meeting: meeting))
        #expect(content.sections.map(\.heading) == ["一、会议时间"])
        #expect(content.sections[0].paragraphs == ["2026年12月3日（星期四）9:00至2026年12月4日（星期五）17:30。"])
        #expect(content.opening == "经研究，决定召开测试会议。现将有关事项通知如下：")
    }
}
