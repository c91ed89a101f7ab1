import Changes
import MeetingPlan

/// 变更通知 (changes.md): a GB/T 9704 notice 关于……有关事项调整的通知 stating, for the time, the
/// place and the agenda, 原定…… 现调整为……, with the 版头, 署名 and 版记 of the 会议通知.
public enum ChangeNotice {
    /// Nil unless the new plan has a `notice:` and the time, place or agenda changed.
    public static func build(old: Plan, new: Plan, changes: PlanChanges) -> OfficeDocument? {
        guard let notice = new.notice, changes.announcesChange else { return nil }
        let topics = Set(changes.meetingChanges.compactMap(\.topic))
        let character = GongwenStyles.character
        var paragraphs: [Paragraph] = []
        // A change notice is a document of its own: it carries a 版头 when the new version gives it its own 发文字号.
        if let number = notice.number, number != old.notice?.number {
            paragraphs += NoticeDocument.header(organizer: new.meeting.organizer, number: number, urgency: notice.urgency)
        } else if let urgency = notice.urgency {
            paragraphs.append(Paragraph(GongwenStyles.urgency, urgency.rawValue))
        }
        let title = "关于\(old.meeting.title)有关事项调整的通知"
        paragraphs.append(Paragraph(GongwenStyles.title, title))
        paragraphs.append(.blank(GongwenStyles.body))
        if !notice.to.isEmpty { paragraphs.append(Paragraph(GongwenStyles.plain, notice.to.joined(separator: "，") + "：")) }
        let when = "\(old.meeting.start.date.chinese)（\(NoticeContent.weekdayName(old.meeting.start.date))）\(NoticeContent.clock(old.meeting.start.time))"
        let place = old.meeting.venue?.name.map { "在\($0)" } ?? ""
        paragraphs.append(Paragraph(GongwenStyles.body, "原定于\(when)\(place)召开的\(old.meeting.title)，因工作需要，有关事项调整如下："))
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
            paragraphs += section.1.map { Paragraph(GongwenStyles.body, $0) }
        }
        // The closing lines, the 署名 and the date stay on one page (never a page of signature alone).
        paragraphs.append(Paragraph(Self.keptBody, "其他事项不变。请各单位及时通知参会人员，由此带来的不便，敬请谅解。"))
        paragraphs.append(Paragraph(Self.keptBody, "特此通知。"))
        let signature = NoticeDocument.signature(organizer: new.meeting.organizer, issued: notice.issued)
        paragraphs += signature.enumerated().map { index, line in
            guard index < signature.count - 1 else { return line }
            var kept = line
            kept.style = line.style == GongwenStyles.signature.id ? Self.keptSignature.id : Self.keptBody.id
            return kept
        }
        var blocks = paragraphs.map(Block.paragraph)
        if let record = NoticeDocument.record(new) {
            // The 版记 at the foot of the last page: blank grid lines fill what the text leaves.
            func lines(_ paragraph: Paragraph) -> Int {
                // The 发文机关标志 is two grid lines high; the title is set larger than the body.
                if paragraph.style == GongwenStyles.organMark.id { return 2 }
                let size = paragraph.style == GongwenStyles.title.id ? GongwenStyles.title.size : character
                return TextMeasure.lines(paragraph.runs.map(\.text).joined(), size: size, spacing: -0.25,
                                         width: NoticeDocument.lineWidth, firstLineIndent: 2 * character)
            }
            // The kept closing group moves whole to the next page when it does not fit.
            let kept = paragraphs.count - 2 - signature.count
            let before = paragraphs[..<kept].map(lines).reduce(0, +), group = paragraphs[kept...].map(lines).reduce(0, +)
            let page = NoticeDocument.linesPerPage
            let used = before % page + group > page ? (before / page + 1) * page + group : before + group
            let free = NoticeDocument.linesPerPage - used % NoticeDocument.linesPerPage - record.lines - 2
            blocks += Array(repeating: .paragraph(.blank(GongwenStyles.body)), count: max(0, free))
            blocks.append(.table(record.table))
        }
        return OfficeDocument(title: title, page: .gongwen, pageNumbers: true, styles: GongwenStyles.all + [keptBody, keptSignature],
                              blocks: blocks)
    }

    /// Body text and 署名 lines kept on the page of the line after them.
    static let keptBody: ParagraphStyle = {
        var style = GongwenStyles.body
        (style.id, style.name, style.keepWithNext) = ("GwBodyKeep", "公文正文（与下段同页）", true)
        return style
    }()

    static let keptSignature: ParagraphStyle = {
        var style = GongwenStyles.signature
        (style.id, style.name, style.keepWithNext) = ("GwSignatureKeep", "署名日期（与下段同页）", true)
        return style
    }()

    /// `县委大礼堂（××县人民路1号）`
    static func venueText(_ meeting: Meeting) -> String {
        guard let venue = meeting.venue, let name = venue.name ?? venue.address else { return "（未定）" }
        return name + (venue.name != nil ? venue.address.map { "（\($0)）" } ?? "" : "")
    }
}
