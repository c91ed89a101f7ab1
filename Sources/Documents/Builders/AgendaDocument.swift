import MeetingPlan

/// 会议议程, and the 会议日程 table when the plan has a schedule.
public enum AgendaDocument {
    public static func build(_ plan: Plan) -> OfficeDocument {
        let meeting = plan.meeting
        var blocks: [Block] = [.paragraph(Paragraph(GongwenStyles.title, "\(meeting.title)议程"))]
        blocks += Attendance.timeAndPlace(meeting).map(Block.paragraph)
        blocks.append(.paragraph(.blank(GongwenStyles.body)))
        blocks += itemParagraphs(plan).map(Block.paragraph)
        if !plan.schedule.isEmpty {
            blocks.append(.paragraph(Paragraph(GongwenStyles.title, "\(meeting.title)日程", ParagraphOverrides(pageBreakBefore: true))))
            blocks.append(.paragraph(.blank(GongwenStyles.body)))
            blocks.append(.table(scheduleTable(plan.schedule)))
        }
        return OfficeDocument(title: "\(meeting.title)议程", page: .gongwen, pageNumbers: true,
                              styles: GongwenStyles.all, blocks: blocks)
    }

    /// `一、县长讲话（李文华）`: one body paragraph per item, the speaker or host in brackets.
    static func itemParagraphs(_ plan: Plan) -> [Paragraph] {
        plan.agenda.enumerated().map { index, item in
            let who = item.byPersonID.flatMap { plan.person($0)?.name } ?? item.by
            return Paragraph(GongwenStyles.body, "\(ChineseNumber.text(index + 1))、\(item.item)" + (who.map { "（\($0)）" } ?? ""))
        }
    }

    /// 日期 / 时间 / 内容 / 地点, header repeated on every page.
    static func scheduleTable(_ schedule: [ScheduleSlot]) -> Table {
        let header = ["日期", "时间", "内容", "地点"].map { TableCell(GongwenStyles.tableHeader, $0) }
        let rows = schedule.map { slot -> [TableCell] in
            let time = [slot.start, slot.end].compactMap { $0.map(NoticeContent.clock) }.joined(separator: "—")
            let date = "\(slot.date.month)月\(slot.date.day)日（\(NoticeContent.weekdayName(slot.date))）"
            return [date, time, slot.item, slot.place ?? ""].map { TableCell(GongwenStyles.tableText, $0) }
        }
        let widths = ColumnFit.widths([header] + rows, total: PageSetup.gongwen.textWidth, minimums: [0, 0, 40, 0], fill: 2)
        return Table(columnWidths: widths, headerRows: 1, rows: [header] + rows, minRowHeight: 9)
    }
}
