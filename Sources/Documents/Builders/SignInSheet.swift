import MeetingPlan
import Seating

/// 签到表: title, the meeting's time and place, then 序号/单位/姓名/职务/签到 with the header
/// repeated on every page and a row tall enough to sign in, people in the sign-in order
/// (`Attendance.signInOrder`), blank rows for walk-ins, and 应到 (the people it lists) and 实到
/// (blank, to fill in) at the foot. Columns fit their longest text, so that a leader's 职务 takes
/// one line and at least 18 rows fit a page.
public enum SignInSheet {
    static let columns = ["序号", "单位", "姓名", "职务", "签到"]

    /// One line per person in the sign-in order, then the blank rows, as the columns read (序号 as a number).
    static func lines(_ plan: Plan, seats: SeatPlan) -> [(number: Int, texts: [String])] {
        let people = Attendance.signInOrder(plan, seats: seats).enumerated().map { index, person in
            (index + 1, [person.unit ?? "", person.name, Attendance.titleWithRole(person), ""])
        }
        let blank = (0..<plan.signInBlankRows).map { index in (people.count + index + 1, ["", "", "", ""]) }
        return people + blank
    }

    public static func build(_ plan: Plan, seats: SeatPlan) -> OfficeDocument {
        let meeting = plan.meeting
        let header = columns.map { TableCell(GongwenStyles.tableHeader, $0) }
        let rows = lines(plan, seats: seats).map { line in
            ([String(line.number)] + line.texts).map { TableCell(GongwenStyles.tableText, $0) }
        }
        let listed = Attendance.signInOrder(plan, seats: seats).count
        let widths = ColumnFit.widths([header] + rows, total: PageSetup.gongwen.textWidth, minimums: [0, 0, 0, 0, 24], fill: 4)
        let blocks: [Block] = [.paragraph(Paragraph(GongwenStyles.title, "\(meeting.title)签到表"))]
            + Attendance.timeAndPlace(meeting).map(Block.paragraph) + [
            // 9 mm rows: room to sign, and a county meeting's list with its 应到/实到 line on one page.
            .table(Table(columnWidths: widths, headerRows: 1, rows: [header] + rows, minRowHeight: 9)),
            .paragraph(Paragraph(GongwenStyles.plain, "应到 \(listed) 人　　实到 ____ 人")),
        ]
        return OfficeDocument(title: "\(meeting.title)签到表", page: .gongwen, pageNumbers: true,
                              styles: GongwenStyles.all, blocks: blocks)
    }
}

/// `signin.xlsx`: the same table under the title, time and place, the header frozen.
public enum SignInWorkbook {
    public static func build(_ plan: Plan, seats: SeatPlan) -> Workbook {
        let meeting = plan.meeting
        let timeAndPlace = Attendance.timeAndPlace(meeting).map { $0.runs.map(\.text).joined() }
        let rows = [SignInSheet.columns.map { SheetCell.text($0, .header) }]
            + SignInSheet.lines(plan, seats: seats).map { line in [SheetCell.number(line.number)] + line.texts.map { SheetCell.text($0) } }
        var workbook = Workbook(title: "\(meeting.title)签到表",
                                sheets: [Worksheet(name: "签到表", titles: ["\(meeting.title)签到表"] + timeAndPlace, rows: rows)])
        workbook.author = meeting.organizer
        workbook.created = plan.notice?.issued
        return workbook
    }
}
