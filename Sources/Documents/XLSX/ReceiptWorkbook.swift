import Changes
import MeetingPlan

/// `receipt.xlsx` (changes.md): the 参会回执 as a spreadsheet the units fill in and send back.
/// The meeting and 报送截止 at the top, a 单位 cell to fill (B3), then the columns 序号 / 姓名 /
/// 性别 / 单位 / 职务 / 职级 / 联系电话 (+ 是否住宿 / 抵达时间 / 离开时间 when lodging is provided) /
/// 备注 from row 6, with drop-down lists for 性别, 职级 (the plan's rank table) and 是否住宿.
/// `banhui receipts` reads it back.
public enum ReceiptWorkbook {
    /// Numbered, boxed rows to fill; the drop-down lists reach further, for longer lists.
    static let formRows = 30
    static let validatedRows = 500

    /// Columns of the form, by header.
    public static func columns(_ plan: Plan) -> [String] {
        ["序号", "姓名", "性别", "单位", "职务", "职级", "联系电话"] + (providesLodging(plan) ? ["是否住宿", "抵达时间", "离开时间"] : []) + ["备注"]
    }

    /// Lodging is provided when the plan budgets it or the meeting spans more than one day.
    static func providesLodging(_ plan: Plan) -> Bool {
        (plan.meeting.costs?.lodging ?? 0) > 0 || plan.meeting.end.date > plan.meeting.start.date
    }

    public static func build(_ plan: Plan) -> Workbook {
        let columns = columns(plan)
        var deadline: [String] = []
        if let replyBy = plan.notice?.replyBy { deadline.append("报送截止：\(NoticeContent.deadlineText(replyBy))") }
        if let contact = plan.notice?.contact {
            deadline += [contact.name.map { "联系人：\($0)" }, contact.phone.map { "电话：\($0)" }].compactMap { $0 }
        }
        // Table rows: the 单位 line (label, then boxes to write in), a blank line, the header, the form.
        let unitLine = [SheetCell.text("单位（盖章）：")] + Array(repeating: SheetCell(.empty, .text), count: 3)
        let header = columns.map { SheetCell.text($0, .header) }
        let form = (1...formRows).map { number in [SheetCell.number(number)] + Array(repeating: SheetCell(.empty, .text), count: columns.count - 1) }
        let firstData = 3
        let lists: [(column: String, choices: [String])] = [
            ("性别", Receipts.genders), ("职级", plan.ranks.ranks.map(\.name)), ("是否住宿", Receipts.lodgingChoices),
        ]
        let validations = lists.compactMap { list in
            columns.firstIndex(of: list.column).map { column in
                DataValidation(rows: firstData...(firstData + validatedRows - 1), column: column, choices: list.choices)
            }
        }
        let widths = columns.map { header -> Double in
            switch header {
            case "单位", "职务": return 22
            case "联系电话", "抵达时间", "离开时间", "职级": return 16
            case "备注": return 18
            case "姓名": return 10
            default: return 6
            }
        }
        let sheet = Worksheet(name: "参会回执", titles: ["\(plan.meeting.title)参会回执", deadline.joined(separator: "　")],
                              rows: [unitLine, [], header] + form, headerRows: 3, validations: validations, minimumWidths: widths)
        var workbook = Workbook(title: "\(plan.meeting.title)参会回执", sheets: [sheet])
        workbook.author = plan.meeting.organizer
        workbook.created = plan.notice?.issued
        return workbook
    }
}
