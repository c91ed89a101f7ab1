import MeetingPlan
import Seating

/// 签到表: title, the meeting's time and place, then 序号/单位/姓名/职务/签到 with the header
/// repeated on every page and a row tall enough to sign in, people in the sign-in order
/// (`Attendance.signInOrder`), blank rows for walk-ins, and 应到 (the people it lists) and 实到
/// (blank, to fill in) at the foot. Columns fit their longest text, so that a leader's 职务 takes
/// one line and at least 18 rows fit a page.
public enum SignInSheet {
    static let columns = ["序号", "单位", "姓名", "职务", "签到"]

    /// One sheet of the 签到表: the lines under the title (time and place) and whom it lists.
    struct Sheet {
        var name: String
        var timeAndPlace: [Paragraph]
        var people: [Person]
    }

    /// One sheet for the whole meeting; with `signin: {per: session}`, one for the plenary's
    /// zones (when it has any) and one for each session and group room (`SessionSection`), each
    /// listing the people seated there in the sign-in order.
    static func sheets(_ plan: Plan, seats: SeatPlan) -> [Sheet] {
        let whole = Sheet(name: "签到表", timeAndPlace: Attendance.timeAndPlace(plan.meeting), people: Attendance.signInOrder(plan, seats: seats))
        guard plan.signInPerSession, !plan.sessions.isEmpty else { return [whole] }
        var names = Set<String>()
        return SessionSection.sections(plan, zones: seats.zones).map { section in
            let own = SeatPlan(meetingID: seats.meetingID, zones: section.zones, precedenceOrder: seats.precedenceOrder)
            let seated = Set(own.seatingOrder)
            let people = Attendance.signInOrder(plan, seats: own).filter { seated.contains($0.id) }
            guard let heading = section.heading else { return Sheet(name: uniqueName("全体会议", &names), timeAndPlace: whole.timeAndPlace, people: people) }
            var lines = [Paragraph(GongwenStyles.subtitle, heading)]
            if let slot = section.slot {
                lines = [Paragraph(GongwenStyles.subtitle, "\(slot.item)　时间：\(NoticeContent.slotTime(slot))")]
                if let place = slot.place { lines.append(Paragraph(GongwenStyles.subtitle, "地点：\(place)")) }
            }
            return Sheet(name: uniqueName(section.slot?.item ?? heading, &names), timeAndPlace: lines, people: people)
        }
    }

    /// A worksheet name: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
    private static func uniqueName(_ text: String, _ taken: inout Set<String>) -> String {
        let clean = String(text.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(28))
        var name = clean, number = 2
        while !taken.insert(name).inserted {
            name = "\(clean)(\(number))"
            number += 1
        }
        return name
    }

    /// One line of a sheet: 序号, then 单位, 姓名 and 职务 (签到 stays blank).
    struct Line {
        var number: Int
        var unit = "", name = "", title = ""

        /// The texts of the columns after 序号, as they read.
        var texts: [String] { [unit, name, title, ""] }
    }

    /// One line per person of a sheet in the sign-in order, then the blank rows. People are
    /// read by index: a for-in copied each whole `Person` out of the list.
    static func lines(_ plan: Plan, people: [Person]) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(people.count + plan.signInBlankRows)
        for index in people.indices {
            lines.append(Line(number: index + 1, unit: people[index].unit ?? "", name: people[index].name,
                              title: Attendance.titleWithRole(people[index])))
        }
        for index in 0..<plan.signInBlankRows { lines.append(Line(number: people.count + index + 1)) }
        return lines
    }

    public static func build(_ plan: Plan, seats: SeatPlan) -> OfficeDocument {
        let meeting = plan.meeting
        let header = columns.map { TableCell(GongwenStyles.tableHeader, $0) }
        var blocks: [Block] = []
        let style = GongwenStyles.tableText
        // Empty cells (签到, and every cell of a blank row) are one value shared, not made anew.
        let empty = TableCell(style, "")
        func cell(_ text: String) -> TableCell { text.isEmpty ? empty : TableCell(style, text) }
        for sheet in sheets(plan, seats: seats) {
            let lines = lines(plan, people: sheet.people)
            var rows = [header]
            rows.reserveCapacity(lines.count + 1)
            for line in lines {
                rows.append([cell(String(line.number)), cell(line.unit), cell(line.name), cell(line.title), empty])
            }
            let widths = ColumnFit.widths(rows, total: PageSetup.gongwen.textWidth, minimums: [0, 0, 0, 0, 24], fill: 4)
            blocks.append(.paragraph(Paragraph(GongwenStyles.title, "\(meeting.title)签到表", ParagraphOverrides(pageBreakBefore: !blocks.isEmpty))))
            blocks += sheet.timeAndPlace.map(Block.paragraph) + [
                // 9 mm rows: room to sign, and a county meeting's list with its 应到/实到 line on one page.
                .table(Table(columnWidths: widths, headerRows: 1, rows: rows, minRowHeight: 9)),
                .paragraph(Paragraph(GongwenStyles.plain, "应到 \(sheet.people.count) 人　　实到 ____ 人")),
            ]
        }
        return OfficeDocument(title: "\(meeting.title)签到表", page: .gongwen, pageNumbers: true,
                              styles: GongwenStyles.all, blocks: blocks)
    }
}

/// `signin.xlsx`: the same table under the title, time and place, the header frozen; a sheet per
/// session with `signin: {per: session}`.
public enum SignInWorkbook {
    public static func build(_ plan: Plan, seats: SeatPlan) -> Workbook {
        let meeting = plan.meeting
        let sheets = SignInSheet.sheets(plan, seats: seats).map { sheet in
            let timeAndPlace = sheet.timeAndPlace.map { $0.runs.map(\.text).joined() }
            let rows = [SignInSheet.columns.map { SheetCell.text($0, .header) }]
                + SignInSheet.lines(plan, people: sheet.people).map { line in [SheetCell.number(line.number)] + line.texts.map { SheetCell.text($0) } }
            return Worksheet(name: sheet.name, titles: ["\(meeting.title)签到表"] + timeAndPlace, rows: rows)
        }
        var workbook = Workbook(title: "\(meeting.title)签到表", sheets: sheets)
        workbook.author = meeting.organizer
        workbook.created = plan.notice?.issued
        return workbook
    }
}
