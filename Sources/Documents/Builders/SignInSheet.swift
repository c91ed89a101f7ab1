import MeetingPlan
import Seating

/// 签到表: title, the meeting's time and place, then 序号/单位/姓名/职务/签到 with the header
/// repeated on every page and a row tall enough to sign in, people in the sign-in order
/// (`Attendance.signInOrder`), blank rows for walk-ins, and 应到/实到 at the foot.
public enum SignInSheet {
    public static func build(_ plan: Plan, seats: SeatPlan) -> OfficeDocument {
        let meeting = plan.meeting
        let people = Attendance.signInOrder(plan, seats: seats)
        let header = ["序号", "单位", "姓名", "职务", "签到"].map { TableCell(GongwenStyles.tableHeader, $0) }
        let rows = people.enumerated().map { index, person in
            [String(index + 1), person.unit ?? "", person.name, person.title ?? "", ""].map { TableCell(GongwenStyles.tableText, $0) }
        }
        let blank = (0..<plan.signInBlankRows).map { index in
            [String(people.count + index + 1), "", "", "", ""].map { TableCell(GongwenStyles.tableText, $0) }
        }
        let blocks: [Block] = [.paragraph(Paragraph(GongwenStyles.title, "\(meeting.title)签到表"))]
            + Attendance.timeAndPlace(meeting).map(Block.paragraph) + [
            .table(Table(columnWidths: [14, 50, 28, 40, 24], headerRows: 1, rows: [header] + rows + blank, minRowHeight: 10)),
            .paragraph(Paragraph(GongwenStyles.plain, "应到 ____ 人　　实到 ____ 人")),
        ]
        return OfficeDocument(title: "\(meeting.title)签到表", page: .gongwen, pageNumbers: true,
                              styles: GongwenStyles.all, blocks: blocks)
    }
}
