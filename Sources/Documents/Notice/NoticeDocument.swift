import MeetingPlan

/// The 会议通知 in GB/T 9704-2012 layout, from `NoticeContent`: 版头 (when the plan gives a
/// 发文字号), title, 主送机关, body, 附件说明, 署名 and 成文日期, the attachments 参会回执 and
/// 会议议程 on their own pages, and the 版记 at the foot of the last page.
///
/// Spacing is counted in lines of the 22-line grid, as the standard counts it ("空二行"): every
/// paragraph of the body sits on the grid, so blank grid lines place things exactly.
public enum NoticeDocument {
    static let linesPerPage = 22
    static let character = GongwenStyles.character
    /// The 版心 is 156 mm = 442.2 pt wide.
    static let lineWidth = 156 * 72 / 25.4

    public static func build(_ plan: Plan) -> OfficeDocument {
        let content = NoticeContent(plan: plan)
        let notice = plan.notice
        let organizer = plan.meeting.organizer
        var blocks: [Paragraph] = []
        if let number = notice?.number {
            blocks += header(organizer: organizer, number: number, urgency: notice?.urgency)
        } else if let urgency = notice?.urgency {
            blocks.append(Paragraph(GongwenStyles.urgency, urgency.rawValue))
        }
        blocks.append(Paragraph(GongwenStyles.title, content.title))
        blocks.append(.blank(GongwenStyles.body))
        if let addressees = content.addressees { blocks.append(Paragraph(GongwenStyles.plain, addressees)) }
        blocks.append(Paragraph(GongwenStyles.body, content.opening))
        for section in content.sections {
            blocks.append(Paragraph(GongwenStyles.heading1, section.heading))
            blocks += section.paragraphs.map { Paragraph(GongwenStyles.body, $0) }
        }
        let attachments = attachmentTitles(plan)
        blocks.append(.blank(GongwenStyles.body))
        for (index, title) in attachments.enumerated() {
            // Later names align under the first one, after `附件：` (3 字).
            let label = index == 0 ? "附件：" : ""
            let overrides = index == 0 ? ParagraphOverrides() : ParagraphOverrides(leftIndent: 3 * character)
            blocks.append(Paragraph(GongwenStyles.body, "\(label)\(index + 1). \(title)", overrides))
        }
        blocks += signature(organizer: organizer, issued: notice?.issued)

        var document: [Block] = blocks.map(Block.paragraph)
        var lastPageLines = 0
        for attachment in attachmentPages(plan) {
            document += attachment.blocks
            lastPageLines = attachment.lines
        }
        if let record = record(plan) {
            // Blank lines push the 版记 to the foot of the page. Two lines stay spare: one for
            // the cell padding of its table, one for the empty paragraph word processors keep
            // after a table that ends a document (without it the page overflows to a blank one).
            let free = linesPerPage - lastPageLines % linesPerPage - record.lines - 2
            document += Array(repeating: .paragraph(.blank(GongwenStyles.body)), count: max(0, free))
            document.append(.table(record.table))
        }
        return OfficeDocument(title: content.title, page: .gongwen, pageNumbers: true, styles: GongwenStyles.all, blocks: document)
    }

    /// 紧急程度, 发文机关标志 (its top 35 mm, about 3½ lines, below the 版心's top), one blank line,
    /// 发文字号 with the red rule 4 mm below, one blank line before the title.
    /// Without an organizer the mark's line stays blank, keeping the 版头 spacing (for paper
    /// with a pre-printed 红头).
    static func header(organizer: String?, number: String, urgency: NoticeSpec.Urgency?) -> [Paragraph] {
        var lines: [Paragraph] = []
        lines.append(urgency.map { Paragraph(GongwenStyles.urgency, $0.rawValue) } ?? .blank(GongwenStyles.body))
        lines += [.blank(GongwenStyles.body), .blank(GongwenStyles.body)]
        if let organizer {
            let mark = organizer + "文件"
            let size = min(GongwenStyles.organMark.size, (lineWidth / TextMeasure.ems(mark)).rounded(.down))
            lines.append(Paragraph(GongwenStyles.organMark, [Run(mark, size: size == GongwenStyles.organMark.size ? nil : size)]))
        } else {
            lines.append(.blank(GongwenStyles.organMark))
        }
        lines.append(.blank(GongwenStyles.body))
        lines.append(Paragraph(GongwenStyles.documentNumber, number))
        lines.append(.blank(GongwenStyles.body))
        return lines
    }

    static func attachmentTitles(_ plan: Plan) -> [String] {
        ["参会回执"] + (plan.agenda.isEmpty ? [] : ["会议议程"])
    }

    /// Unsealed signature (GB/T 9704 §7.3.5.2): one blank line after the body, the organ
    /// right-indented 2 字, the date on the next line starting 2 字 right of the organ's start
    /// (right-indented 2 字 when it is the longer).
    static func signature(organizer: String?, issued: LocalDate?) -> [Paragraph] {
        guard organizer != nil || issued != nil else { return [] }
        var lines: [Paragraph] = [.blank(GongwenStyles.body)]
        let organWidth = organizer.map { TextMeasure.ems($0) * character } ?? 0
        if let organizer {
            lines.append(Paragraph(GongwenStyles.signature, organizer, ParagraphOverrides(rightIndent: 2 * character)))
        }
        if let issued {
            let dateWidth = TextMeasure.ems(issued.chinese) * character
            let indent = max(2 * character, organWidth - dateWidth)
            lines.append(Paragraph(GongwenStyles.signature, issued.chinese, ParagraphOverrides(rightIndent: indent)))
        }
        return lines
    }

    /// Attachments, each from a new page: label `附件N` (三号黑体) on line 1, title centred on
    /// line 3. Returns the blocks and the number of grid lines of the last page.
    static func attachmentPages(_ plan: Plan) -> [(blocks: [Block], lines: Int)] {
        let meeting = plan.meeting
        func opening(_ number: Int, _ title: String) -> [Block] {
            [.paragraph(Paragraph(GongwenStyles.attachmentLabel, "附件\(number)", ParagraphOverrides(pageBreakBefore: true))),
             .paragraph(.blank(GongwenStyles.body)),
             .paragraph(Paragraph(GongwenStyles.title, title)),
             .paragraph(.blank(GongwenStyles.body))]
        }
        var pages: [(blocks: [Block], lines: Int)] = []
        var reply = opening(1, "\(meeting.title)参会回执")
        reply.append(.paragraph(Paragraph(GongwenStyles.plain, "单位（盖章）：")))
        let header = ["序号", "姓名", "性别", "单位及职务", "联系电话", "备注"].map { TableCell(GongwenStyles.tableHeader, $0) }
        let empty = (1...5).map { number in
            [String(number), "", "", "", "", ""].map { TableCell(GongwenStyles.tableText, $0) }
        }
        reply.append(.table(Table(columnWidths: [14, 24, 14, 48, 32, 24], headerRows: 1, rows: [header] + empty, minRowHeight: 10)))
        if let notice = plan.notice, let replyBy = notice.replyBy {
            var text = "请于\(NoticeContent.deadlineText(replyBy))前报送。"
            if let contact = notice.contact {
                text += [contact.name.map { "联系人：\($0)" }, contact.phone.map { "电话：\($0)" }].compactMap { $0 }.joined(separator: "，") + "。"
            }
            reply.append(.paragraph(Paragraph(GongwenStyles.body, text)))
        }
        // The reply slip is followed by another attachment or the 版记 on a page of its own.
        pages.append((reply, linesPerPage))
        if !plan.agenda.isEmpty {
            var agenda = opening(2, "\(meeting.title)议程")
            let items = AgendaDocument.itemParagraphs(plan)
            agenda += items.map(Block.paragraph)
            let itemLines = items.reduce(0) { total, paragraph in
                total + TextMeasure.lines(paragraph.runs.map(\.text).joined(), size: character, spacing: -0.25,
                                          width: lineWidth, firstLineIndent: 2 * character)
            }
            pages.append((agenda, 4 + itemLines))
        }
        return pages
    }

    /// 版记: 抄送 (when given) and 印发机关/印发日期 between thick outer rules, thin rule between.
    static func record(_ plan: Plan) -> (table: Table, lines: Int)? {
        guard let notice = plan.notice, let issued = notice.issued else { return nil }
        let style = GongwenStyles.record
        var rows: [[TableCell]] = []
        if !notice.copyTo.isEmpty {
            rows.append([TableCell(style, "抄送：\(notice.copyTo.joined(separator: "，"))。", span: 2)])
        }
        rows.append([TableCell(style, plan.meeting.organizer ?? ""),
                     TableCell([Paragraph(style, "\(issued.chinese)印发", ParagraphOverrides(alignment: .right))])])
        return (Table(columnWidths: [78, 78], rows: rows, borders: .horizontalRules(outer: 1, inner: 0.75)), rows.count)
    }
}
