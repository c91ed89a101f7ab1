import Changes
import MeetingPlan

/// 变更通知 (changes.md): a GB/T 9704 notice 关于……有关事项调整的通知 stating, for the time, the
/// place and the agenda, 原定…… 现调整为……, with the 版头, 署名 and 版记 of the 会议通知.
public enum ChangeNotice {
    /// Nil unless the new plan has a `notice:` and the time, place or agenda changed.
    public static func build(old: Plan, new: Plan, changes: PlanChanges) -> OfficeDocument? {
        guard let notice = new.notice, changes.announcesChange else { return nil }
        let topics = Set(changes.meetingChanges.compactMap(\.topic))
        var paragraphs: [Paragraph] = []
        // A change notice is a document of its own: it carries a 版头 when the new version gives it its own 发文字号.
        if let number = notice.number, number != old.notice?.number {
            paragraphs += NoticeDocument.header(organizer: new.meeting.organizer, number: number, notice: notice)
        } else {
            paragraphs += NoticeDocument.marks(notice)
        }
        let title = "关于\(old.meeting.title)有关事项调整的通知"
        paragraphs.append(NoticeDocument.title(title, keep: NoticeDocument.titleNames(new), meetingNames: [old.meeting.title, new.meeting.title]))
        paragraphs.append(.blank(GongwenStyles.body))
        if !notice.to.isEmpty { paragraphs.append(Paragraph(GongwenStyles.plain, notice.to.joined(separator: "，") + "：")) }
        let when = "\(old.meeting.start.date.chinese)（\(NoticeContent.weekdayName(old.meeting.start.date))）\(NoticeContent.clock(old.meeting.start.time))"
        let place = old.meeting.venue?.name.map { "在\($0)" } ?? ""
        paragraphs.append(NoticeDocument.bodyParagraph("原定于\(when)\(place)召开的\(old.meeting.title)，因工作需要，有关事项调整如下："))
        var sections: [(String, [String])] = []
        if topics.contains(.time) {
            sections.append(("会议时间", ["原定\(NoticeContent.timeText(old.meeting))，现调整为\(NoticeContent.timeText(new.meeting))。"]))
        }
        if topics.contains(.place) {
            sections.append(("会议地点", ["原定\(venueText(old.meeting))，现调整为\(venueText(new.meeting))。"]))
        }
        if topics.contains(.agenda) {
            var lines = ["会议议程现调整为："]
            lines += new.agenda.enumerated().map { index, item in
                let who = item.byPersonID.flatMap { new.person($0)?.name } ?? item.by
                return "\(index + 1). \(item.item)" + (who.map { "（\($0)）" } ?? "") + "。"
            }
            if changes.meetingChanges.contains(where: { $0.key == "schedule" }) {
                lines.append("会议日程现调整为：")
                lines += new.schedule.map { slot in
                    let time = [slot.start, slot.end].compactMap { $0.map(NoticeContent.clock) }.joined(separator: "—")
                    return "\(slot.date.month)月\(slot.date.day)日 \(time) \(slot.item)" + (slot.place.map { "（\($0)）" } ?? "") + "。"
                }
            }
            sections.append(("会议议程", lines))
        }
        for (index, section) in sections.enumerated() {
            paragraphs.append(Paragraph(GongwenStyles.heading1, "\(ChineseNumber.text(index + 1))、\(section.0)"))
            paragraphs += section.1.map(NoticeDocument.bodyParagraph)
        }
        // The closing lines, the 署名 and the date stay on one page (never a page of signature
        // alone), as in the 会议通知.
        paragraphs.append(Paragraph(GongwenStyles.body, "其他事项不变。请各单位及时通知参会人员，由此带来的不便，敬请谅解。",
                                    ParagraphOverrides(keepWithNext: true, keepTogether: true)))
        paragraphs.append(Paragraph(GongwenStyles.body, "特此通知。", ParagraphOverrides(keepWithNext: true)))
        var closing = NoticeDocument.signature(organizer: new.meeting.organizer, issued: notice.issued, sealed: notice.sealed)
        for index in closing.indices.dropLast() { closing[index].overrides.keepWithNext = true }
        paragraphs += closing
        var blocks = paragraphs.map(Block.paragraph)
        if let record = NoticeDocument.record(new) { blocks.append(.recordPage(record)) }
        return OfficeDocument(title: title, page: .gongwen, pageNumbers: true, styles: GongwenStyles.all, blocks: blocks)
    }

    /// `县委大礼堂（××县人民路1号）`
    static func venueText(_ meeting: Meeting) -> String {
        guard let venue = meeting.venue, let name = venue.name ?? venue.address else { return "（未定）" }
        return name + (venue.name != nil ? venue.address.map { "（\($0)）" } ?? "" : "")
    }
}
