import Documents
import MeetingPlan
import Seating
import Testing
import TestSupport

/// User text with XML-special and control characters must come out as text in every file.
struct HostileTextTests {
    static let hostile = "<b>A&B \"引\" 'x'</b>\u{1}\u{8}"

    static func plan() -> Plan {
        let meeting = Meeting(id: "h", title: "会议\(hostile)", organizer: "机关<&>",
                              start: LocalDateTime(parsing: "2026-12-03 09:00")!, end: LocalDateTime(parsing: "2026-12-04 11:30")!,
                              venue: Venue(name: "礼堂]]>", address: "路&号"))
        let people = [
            Person(id: "P1", name: "王<强>", unit: "单位&\"'", title: "职务\u{2}"),
            Person(id: "P2", name: "李四", unit: "单位", title: "  两个  空格  "),
            Person(id: "P3", name: "赵&钱", unit: "单位", title: "组长"),
        ]
        let agenda = [AgendaItem(item: "议程<script>", by: "主持人&"), AgendaItem(item: "讲话", byPersonID: "P1")]
        let schedule = [ScheduleSlot(date: LocalDate(year: 2026, month: 12, day: 4), start: LocalTime(hour: 9, minute: 0),
                                     item: "参观;,\\", place: "基地<1>")]
        let notice = NoticeSpec(number: "机关发〔2026〕1号<", urgency: .urgent, to: ["各单位&"], purpose: "为了<测试>。",
                                attendees: "全体'人员'", requirements: ["要求\"一\""], contact: .init(name: "王五&", phone: "<110>"),
                                replyBy: LocalDateTime(parsing: "2026-12-01 17:00"), copyTo: ["抄送<甲>"],
                                issued: LocalDate(year: 2026, month: 11, day: 20))
        return Plan(file: "h.yaml", meeting: meeting, people: people, agenda: agenda, schedule: schedule, notice: notice)
    }

    static let seats = SeatPlan(meetingID: "h", zones: [
        SeatedZone(name: "主席台<>", kind: .rostrum, frame: .room, rows: [SeatRow(number: 1, seats: ["P2", "P1"])]),
        SeatedZone(name: "宴会&", kind: .banquet, frame: .table, tables: [SeatTable(number: 1, seats: ["P3", nil])]),
    ], precedenceOrder: ["P1", "P2", "P3"])

    @Test func everyFileIsValidAndShowsTheTextLiterally() throws {
        let files = try DocumentExport.files(Self.plan(), seats: Self.seats)
        OfficeValidation.expectValid(files.filter { $0.name.hasSuffix(".docx") || $0.name.hasSuffix(".odt") }.map { ($0.name, $0.bytes) })
        let signin = files.first { $0.name == "signin.docx" }!
        let document = try ZipParts.text(of: "word/document.xml", in: signin.bytes)
        // Latin characters are runs of their own (marked English): the text is read across runs.
        #expect(OfficeText.flattened(document).contains("王&lt;强&gt;"))
        let decoded = ["&quot;": "\"", "&apos;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&"].reduce(OfficeText.flattened(document)) {
            $0.replacingOccurrences(of: $1.key, with: $1.value)
        }
        #expect(decoded.contains("单位&\"'"))
        #expect(!document.contains("<b>"))
        #expect(!document.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" })
        let content = try ZipParts.text(of: "content.xml", in: files.first { $0.name == "signin.odt" }!.bytes)
        #expect(OfficeText.flattened(content).contains("王&lt;强&gt;"))
        // Repeated spaces survive in ODT, where plain spaces would collapse.
        #expect(content.contains("<text:s text:c=\"2\"/>两个"))
    }
}
