import MeetingPlan

/// The words of the 会议通知, decided once from the plan: the notice document is laid out from
/// this, and the quota checker counts `bodyText`, so the count always matches the document.
public struct NoticeContent: Sendable {
    /// One numbered section of the body: `一、会议时间` and its paragraphs.
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var paragraphs: [String]
    }

    /// `关于召开全县办公室工作会议的通知`
    public var title: String
    /// 主送机关 line, ending with `：`; nil when the plan names no recipient.
    public var addressees: String?
    /// The opening paragraph, ending with `现将有关事项通知如下：`.
    public var opening: String
    /// 一、会议时间 … 六、联系人及电话, numbered in order; sections without content are left out.
    public var sections: [Section]
    /// The 正文 paragraphs (opening, headings, section paragraphs), joined by `\n`. Title, 主送机关,
    /// 附件说明, 署名 and attachments are not body text.
    public var bodyText: String
    /// Han characters in `bodyText`.
    public var chineseCharacterCount: Int

    public init(plan: Plan) {
        let meeting = plan.meeting
        let notice = plan.notice
        title = "关于召开\(meeting.title)的通知"
        addressees = (notice?.to ?? []).isEmpty ? nil : notice!.to.joined(separator: "，") + "："
        let purpose = notice?.purpose ?? "经研究，决定召开\(meeting.title)。"
        opening = purpose + "现将有关事项通知如下："

        var drafts: [(String, [String])] = []
        var time = NoticeContent.timeText(meeting) + "。"
        if let arrival = plan.schedule.first(where: { $0.item == "报到" }) {
            time += "报到时间：" + NoticeContent.slotTime(arrival) + (arrival.place.map { "；报到地点：\($0)" } ?? "") + "。"
        }
        drafts.append(("会议时间", [time]))
        if let venue = meeting.venue, let name = venue.name {
            drafts.append(("会议地点", [name + (venue.address.map { "（\($0)）" } ?? "") + "。"]))
        }
        if let attendees = notice?.attendees ?? NoticeContent.defaultAttendees(plan) {
            drafts.append(("参会人员", [NoticeContent.sentence(attendees)]))
        }
        if !plan.agenda.isEmpty {
            drafts.append(("会议议程", NoticeContent.numbered(plan.agenda.map(\.item))))
        }
        var requirements = notice?.requirements ?? []
        if requirements.isEmpty, let replyBy = notice?.replyBy {
            requirements = ["请于\(NoticeContent.deadlineText(replyBy))前报送参会回执（见附件1）"]
        }
        if !requirements.isEmpty {
            drafts.append(("有关要求", NoticeContent.numbered(requirements)))
        }
        if let contact = notice?.contact, contact.name != nil || contact.phone != nil {
            let parts = [contact.name.map { "联系人：\($0)" }, contact.phone.map { "电话：\($0)" }].compactMap { $0 }
            drafts.append(("联系人及电话", [parts.joined(separator: "，") + "。"]))
        }
        sections = drafts.enumerated().map { index, draft in
            Section(heading: "\(ChineseNumber.text(index + 1))、\(draft.0)", paragraphs: draft.1)
        }
        bodyText = ([opening] + sections.flatMap { [$0.heading] + $0.paragraphs }).joined(separator: "\n")
        chineseCharacterCount = NoticeContent.hanCount(bodyText)
    }

    /// `2026年12月3日（星期四）9:00—11:30`; a meeting over several days names both ends.
    static func timeText(_ meeting: Meeting) -> String {
        let start = "\(meeting.start.date.chinese)（\(weekdayName(meeting.start.date))）\(clock(meeting.start.time))"
        if meeting.end.date == meeting.start.date { return "\(start)—\(clock(meeting.end.time))" }
        return "\(start)至\(meeting.end.date.chinese)（\(weekdayName(meeting.end.date))）\(clock(meeting.end.time))"
    }

    /// `12月2日（星期三）14:00—17:30`: a schedule slot's day and hours.
    static func slotTime(_ slot: ScheduleSlot) -> String {
        let hours = [slot.start, slot.end].compactMap { $0.map(clock) }.joined(separator: "—")
        return "\(slot.date.month)月\(slot.date.day)日（\(weekdayName(slot.date))）\(hours)"
    }

    /// `12月1日17时` (a deadline inside the meeting's year needs no year).
    static func deadlineText(_ moment: LocalDateTime) -> String {
        let minutes = moment.time.minute == 0 ? "" : "\(moment.time.minute)分"
        return "\(moment.date.month)月\(moment.date.day)日\(moment.time.hour)时\(minutes)"
    }

    /// `9:00` (no leading zero on the hour).
    static func clock(_ time: LocalTime) -> String {
        "\(time.hour):\(time.minute < 10 ? "0" : "")\(time.minute)"
    }

    static func weekdayName(_ date: LocalDate) -> String {
        "星期" + ["日", "一", "二", "三", "四", "五", "六"][date.weekday]
    }

    /// Units of the plan, when the notice does not say who attends.
    private static func defaultAttendees(_ plan: Plan) -> String? {
        plan.units.isEmpty ? nil : plan.units.joined(separator: "、") + "有关负责同志"
    }

    /// `（一）请于…。`: the level below `一、` (GB/T 9704 7.3.3), each item a sentence.
    private static func numbered(_ items: [String]) -> [String] {
        items.enumerated().map { "（\(ChineseNumber.text($0.offset + 1))）" + sentence($0.element) }
    }

    /// Ends a clause with `。` unless it already ends with punctuation.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return "。！？；：".contains(last) ? text : text + "。"
    }

    /// Han ideographs (CJK Unified Ideographs, extensions and compatibility ideographs).
    public static func hanCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (GBKFallback.isHan($1) ? 1 : 0) }
    }
}

/// Chinese numerals for section numbers: 一 … 十, 十一 … 九十九.
enum ChineseNumber {
    private static let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func text(_ value: Int) -> String {
        switch value {
        case 0..<10: return digits[value]
        case 10..<20: return "十" + (value == 10 ? "" : digits[value - 10])
        case 20..<100: return digits[value / 10] + "十" + (value % 10 == 0 ? "" : digits[value % 10])
        default: return String(value)
        }
    }
}
