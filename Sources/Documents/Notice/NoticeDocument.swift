import MeetingPlan

/// The 会议通知 in GB/T 9704-2012 layout, from `NoticeContent`: 版头 (when the plan gives a
/// 发文字号), title, 主送机关, body, 附件说明, 署名 and 成文日期, the attachments (参会回执, 会议议程,
/// 会议日程) on their own pages, and the 版记 on a 版记页 of its own.
///
/// Vertical spacing is counted in lines of the 22-line grid, as the standard counts it ("空二行").
/// What depends on where the text ends (the 版记 at the foot of an even page, the signature kept
/// with the last body lines) is left to the word processor's layout, so it holds with any fonts.
public enum NoticeDocument {
    static let character = GongwenStyles.character
    /// The 版心 is 156 mm = 442.2 pt wide: 20 characters of the 22 pt title.
    static let lineWidth = 156 * 72 / 25.4
    static let titleCharactersPerLine = Int(lineWidth / GongwenStyles.title.size)

    /// The notice; nil when the plan has no `notice:` section (it would lack 主送机关 and 成文日期).
    public static func build(_ plan: Plan) -> OfficeDocument? {
        guard let notice = plan.notice else { return nil }
        let content = NoticeContent(plan: plan)
        let organizer = plan.meeting.organizer
        var blocks: [Paragraph] = []
        if let number = notice.number {
            blocks += header(organizer: organizer, number: number, notice: notice)
        } else {
            blocks += marks(notice)
        }
        blocks.append(title(content.title, keep: titleNames(plan), meetingNames: [plan.meeting.title]))
        blocks.append(.blank(GongwenStyles.body))
        if let addressees = content.addressees { blocks.append(Paragraph(GongwenStyles.plain, unbroken(addressees))) }
        blocks.append(Paragraph(GongwenStyles.body, unbroken(content.opening)))
        for section in content.sections {
            blocks.append(Paragraph(GongwenStyles.heading1, section.heading))
            blocks += section.paragraphs.map(bodyParagraph)
        }
        // The last body lines go with the 附件说明, 署名 and 成文日期 (GB/T 9704 forbids a page with
        // only the signature): the last paragraph stays whole and keeps with what follows.
        blocks[blocks.count - 1].overrides.keepTogether = true
        blocks[blocks.count - 1].overrides.keepWithNext = true
        var closing: [Paragraph] = [.blank(GongwenStyles.body)]
        closing += attachmentNote(attachmentTitles(plan))
        closing += signature(organizer: organizer, issued: notice.issued, sealed: notice.sealed)
        for index in closing.indices.dropLast() { closing[index].overrides.keepWithNext = true }
        blocks += closing

        var document: [Block] = blocks.map(Block.paragraph)
        document += attachmentPages(plan)
        if let record = record(plan) { document.append(.recordPage(record)) }
        return OfficeDocument(title: content.title, page: .gongwen, pageNumbers: true, styles: GongwenStyles.all, blocks: document)
    }

    /// 份号, 密级和保密期限, 紧急程度 (GB/T 9704 §7.2.1–7.2.3): flush left at the top of the 版心,
    /// one a line in this order, 份号 in 三号 digits, the others in 三号黑体.
    static func marks(_ notice: NoticeSpec) -> [Paragraph] {
        var lines: [Paragraph] = []
        if let copy = notice.copyNumber { lines.append(Paragraph(GongwenStyles.plain, copy)) }
        if let secrecy = notice.secrecy {
            lines.append(Paragraph(GongwenStyles.urgency, secrecy.rawValue + (notice.secrecyPeriod.map { "★" + unbroken($0) } ?? "")))
        }
        if let urgency = notice.urgency { lines.append(Paragraph(GongwenStyles.urgency, urgency.rawValue)) }
        return lines
    }

    /// 份号, 密级, 紧急程度 on the first three lines, 发文机关标志 (its top 35 mm, about 3½ lines,
    /// below the 版心's top), one blank line, 发文字号 with the red rule 4 mm below, one blank
    /// line before the title. A 签发人 (上行文) stands right on the 发文字号's line, 1 字 in,
    /// the 发文字号 then 1 字 in from the left (§7.2.4–7.2.5).
    /// Without an organizer the mark's line stays blank, keeping the 版头 spacing (for paper
    /// with a pre-printed 红头).
    static func header(organizer: String?, number: String, notice: NoticeSpec) -> [Paragraph] {
        var lines = marks(notice)
        lines += Array(repeating: .blank(GongwenStyles.body), count: max(0, 3 - lines.count))
        if let organizer {
            let mark = organizer + "文件"
            let size = min(GongwenStyles.organMark.size, (lineWidth / TextMeasure.ems(mark)).rounded(.down))
            lines.append(Paragraph(GongwenStyles.organMark, [Run(mark, size: size == GongwenStyles.organMark.size ? nil : size)]))
        } else {
            lines.append(.blank(GongwenStyles.organMark))
        }
        lines.append(.blank(GongwenStyles.body))
        if notice.signers.isEmpty {
            lines.append(Paragraph(GongwenStyles.documentNumber, number))
        } else {
            lines += signerLines(notice.signers, number: number)
        }
        lines.append(.blank(GongwenStyles.body))
        return lines
    }

    /// 签发人 (§7.2.5–7.2.6): `签发人：` in 仿宋 and the names in 楷体, right with 1 字 in; several
    /// names in the order of the 发文机关, left to right and down, two a line, each line's names
    /// starting under the first line's; the 发文字号 1 字 in from the left on the last line, which
    /// carries the red rule (§7.2.4). One name: a right tab stop ends it 1 字 from the right.
    /// Several: left tab stops at the name columns, each as wide as its longest name with 1 字
    /// between; one name a line when two would not fit beside the 发文字号.
    static func signerLines(_ names: [String], number: String) -> [Paragraph] {
        let style = GongwenStyles.documentNumber
        let numberText = "\u{3000}" + number
        let end = lineWidth - character
        guard names.count > 1 else {
            return [Paragraph(style, [Run(numberText), Run("签发人：", tabBefore: true), Run(names[0], font: .kaiTi)],
                              ParagraphOverrides(alignment: .left, tabStops: [TabStop(.right, at: end)]))]
        }
        func width(_ text: String) -> Double { TextMeasure.width(text, size: character, spacing: style.letterSpacing) }
        let label = "签发人："
        func columnWidths(_ perLine: Int) -> [Double] {
            (0..<perLine).map { column in stride(from: column, to: names.count, by: perLine).map { width(names[$0]) }.max() ?? 0 }
        }
        let pair = columnWidths(2)
        let pairFits = width(numberText) + 2 * character + width(label) + pair[0] + character + pair[1] <= end
        let perLine = pairFits ? 2 : 1
        let widths = pairFits ? pair : columnWidths(1)
        var starts = [end - widths[widths.count - 1]]
        for column in widths.indices.dropLast().reversed() { starts.insert(starts[0] - character - widths[column], at: 0) }
        let lineCount = (names.count + perLine - 1) / perLine
        return (0..<lineCount).map { line in
            let first = line * perLine
            var runs: [Run] = line == lineCount - 1 ? [Run(numberText)] : []
            var stops = starts.map { TabStop(.left, at: $0) }
            if line == 0 {
                // The label stands before the first name: its start is the paragraph's first stop.
                stops[0] = TabStop(.left, at: starts[0] - width(label))
                runs += [Run(label, tabBefore: true), Run(names[first], font: .kaiTi)]
            } else {
                runs.append(Run(names[first], font: .kaiTi, tabBefore: true))
            }
            runs += names[(first + 1)..<min(first + perLine, names.count)].map { Run($0, font: .kaiTi, tabBefore: true) }
            return Paragraph(line == lineCount - 1 ? style : GongwenStyles.plain, runs, ParagraphOverrides(alignment: .left, tabStops: stops))
        }
    }

    /// A title in lines broken between words (`TitleLines`): one paragraph, its lines separated
    /// by line breaks, so that it is one entry in the navigation pane and the PDF bookmarks.
    /// `keep` are names never broken; the meeting's names break only where balance needs it.
    static func title(_ text: String, keep: [String], meetingNames: [String]) -> Paragraph {
        let lines = TitleLines.lines(text, perLine: titleCharactersPerLine, keep: keep, meetingNames: meetingNames)
        return Paragraph(GongwenStyles.title, lines.enumerated().map { Run($1, lineBreakBefore: $0 > 0) },
                         ParagraphOverrides(keepTogether: lines.count > 1))
    }

    /// The names a title of the plan never breaks inside: its units and organizer.
    static func titleNames(_ plan: Plan) -> [String] {
        plan.units + [plan.meeting.organizer].compactMap { $0 }
    }

    /// A body paragraph; a `（一）` item has its number in 楷体, the face of the second level
    /// (GB/T 9704 7.3.3).
    static func bodyParagraph(_ text: String) -> Paragraph {
        let text = unbroken(text)
        guard text.hasPrefix("（"), let close = text.firstIndex(of: "）"),
              text[text.index(after: text.startIndex)..<close].allSatisfy({ "一二三四五六七八九十".contains($0) }) else {
            return Paragraph(GongwenStyles.body, text)
        }
        let label = text[...close]
        return Paragraph(GongwenStyles.body, [Run(String(label), font: .kaiTi), Run(String(text[text.index(after: close)...]))])
    }

    /// Numbers, telephone numbers and dates never break inside: word joiners (U+2060) tie a
    /// hyphen between digits to both of them and digits to 年月日时分号. (Writer breaks after a
    /// non-breaking hyphen, U+2011, but keeps word joiners.)
    public static func unbroken(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "-", previous?.isASCII == true, previous?.isNumber == true, next?.isNumber == true {
                result += "\u{2060}-\u{2060}"
                continue
            }
            if let previous, (previous.isASCII && previous.isNumber && "年月日时分号".contains(character))
                || ("年月日时".contains(previous) && character.isASCII && character.isNumber) {
                result.append("\u{2060}")
            }
            result.append(character)
        }
        return result
    }

    static func attachmentTitles(_ plan: Plan) -> [String] {
        ["参会回执"] + (plan.agenda.isEmpty ? [] : ["会议议程"]) + (plan.schedule.isEmpty ? [] : ["会议日程"])
            + (plan.notice?.attachments.map(\.title) ?? [])
    }

    /// 附件说明 (GB/T 9704 7.3.4): `附件：1. 名称` indented 2 字, later names and continuation
    /// lines aligned under `1.`, after the 3 字 of `附件：`.
    static func attachmentNote(_ titles: [String]) -> [Paragraph] {
        let under = 5 * character
        return titles.enumerated().map { index, title in
            let overrides = ParagraphOverrides(leftIndent: under, firstLineIndent: index == 0 ? -3 * character : 0)
            return Paragraph(GongwenStyles.body, "\(index == 0 ? "附件：" : "")\(index + 1). \(title)", overrides)
        }
    }

    /// 署名 and 成文日期 (GB/T 9704 7.3.5). Sealed: two blank lines for the seal, the date
    /// right-indented 4 字, the organ centred over the date. Unsealed: one blank line, the organ
    /// right-indented 2 字, the date starting 2 字 right of the organ's start (right-indented
    /// 2 字 when it is the longer).
    static func signature(organizer: String?, issued: LocalDate?, sealed: Bool) -> [Paragraph] {
        guard organizer != nil || issued != nil else { return [] }
        var lines: [Paragraph] = Array(repeating: .blank(GongwenStyles.body), count: sealed ? 2 : 1)
        let style = GongwenStyles.signature
        let organWidth = organizer.map { TextMeasure.width($0, size: style.size, spacing: style.letterSpacing) } ?? 0
        let dateText = issued.map { unbroken($0.chinese) }
        let dateWidth = dateText.map { TextMeasure.width($0, size: style.size, spacing: style.letterSpacing) } ?? 0
        let dateIndent = sealed ? 4 * character : max(2 * character, organWidth - dateWidth)
        if let organizer {
            let indent = sealed ? max(0, dateIndent + (dateWidth - organWidth) / 2) : 2 * character
            lines.append(Paragraph(style, organizer, ParagraphOverrides(rightIndent: indent)))
        }
        if let dateText {
            lines.append(Paragraph(style, dateText, ParagraphOverrides(rightIndent: dateIndent)))
        }
        return lines
    }

    /// Attachments, each from a new page: label `附件N` (三号黑体) on line 1, title centred on
    /// line 3.
    static func attachmentPages(_ plan: Plan) -> [Block] {
        let meeting = plan.meeting
        func opening(_ number: Int, _ text: String) -> [Block] {
            [.paragraph(Paragraph(GongwenStyles.attachmentLabel, "附件\(number)", ParagraphOverrides(pageBreakBefore: true))),
             .paragraph(.blank(GongwenStyles.body))]
                + [.paragraph(title(text, keep: titleNames(plan), meetingNames: [meeting.title]))]
                + [.paragraph(.blank(GongwenStyles.body))]
        }
        var blocks = opening(1, "\(meeting.title)参会回执")
        blocks.append(.paragraph(Paragraph(GongwenStyles.plain, "单位（盖章）：")))
        blocks.append(.table(replyTable(lodging: (meeting.costs?.lodging ?? 0) > 0)))
        if let notice = plan.notice, let replyBy = notice.replyBy {
            var text = "请于\(NoticeContent.deadlineText(replyBy))前报送。"
            if let contact = notice.contact {
                text += [contact.name.map { "联系人：\($0)" }, contact.phone.map { "电话：\($0)" }].compactMap { $0 }.joined(separator: "，") + "。"
            }
            blocks.append(.paragraph(Paragraph(GongwenStyles.body, unbroken(text))))
        }
        var number = 1
        if !plan.agenda.isEmpty {
            number += 1
            blocks += opening(number, "\(meeting.title)议程")
            blocks += AgendaDocument.itemParagraphs(plan).map(Block.paragraph)
        }
        if !plan.schedule.isEmpty {
            number += 1
            blocks += opening(number, "\(meeting.title)日程")
            blocks.append(.table(AgendaDocument.scheduleTable(plan.schedule)))
        }
        for attachment in plan.notice?.attachments ?? [] {
            number += 1
            blocks += opening(number, attachment.title)
            switch attachment.content {
            case .table(let header, let rows):
                blocks.append(.table(attachmentTable(header: header, rows: rows)))
            case .text(let paragraphs):
                blocks += paragraphs.map { .paragraph(bodyParagraph($0)) }
            }
        }
        return blocks
    }

    /// An attachment's CSV as a table like the 日程: 四号, header in 黑体 repeated on every page,
    /// columns fitted to their text, the column of the longest text taking the rest.
    static func attachmentTable(header: [String], rows: [[String]]) -> Table {
        let head = header.map { TableCell(GongwenStyles.tableHeader, unbroken($0)) }
        let body = rows.map { $0.map { TableCell(GongwenStyles.tableText, unbroken($0)) } }
        let longest = header.indices.max { first, second in
            let width = { (column: Int) in ([header[column]] + rows.map { $0[column] }).map(TextMeasure.ems).max() ?? 0 }
            return width(first) < width(second)
        } ?? 0
        let widths = ColumnFit.widths([head] + body, total: PageSetup.gongwen.textWidth,
                                      minimums: Array(repeating: 0, count: header.count), fill: longest)
        return Table(columnWidths: widths, headerRows: 1, rows: [head] + body, minRowHeight: 9)
    }

    /// 参会回执 (reference A2.3): five empty rows; 是否住宿 and 抵离时间 when lodging is provided.
    /// Columns as wide as their heads, with room to write a name, a telephone number and dates;
    /// 单位及职务 takes the rest.
    static func replyTable(lodging: Bool) -> Table {
        let columns: [(String, Double)] = lodging
            ? [("序号", 0), ("姓名", 20), ("性别", 0), ("单位及职务", 30), ("联系电话", 28), ("是否住宿", 0), ("抵离时间", 24), ("备注", 0)]
            : [("序号", 0), ("姓名", 24), ("性别", 0), ("单位及职务", 40), ("联系电话", 32), ("备注", 20)]
        let header = columns.map { TableCell(GongwenStyles.tableHeader, $0.0) }
        let empty = (1...5).map { number in
            ([String(number)] + Array(repeating: "", count: columns.count - 1)).map { TableCell(GongwenStyles.tableText, $0) }
        }
        let widths = ColumnFit.widths([header] + empty, total: PageSetup.gongwen.textWidth, minimums: columns.map(\.1), fill: 3)
        return Table(columnWidths: widths, headerRows: 1, rows: [header] + empty, minRowHeight: 10)
    }

    /// 版记: 抄送 (when given; continuation lines after the colon) and 印发机关/印发日期, between
    /// thick outer rules with a thin rule between.
    static func record(_ plan: Plan) -> Table? {
        guard let notice = plan.notice, let issued = notice.issued else { return nil }
        let style = GongwenStyles.record
        var rows: [[TableCell]] = []
        if !notice.copyTo.isEmpty {
            let label = "抄送："
            let hanging = TextMeasure.ems(label) * style.size
            let text = "\(label)\(notice.copyTo.joined(separator: "，"))。"
            rows.append([TableCell([Paragraph(style, text, ParagraphOverrides(leftIndent: style.leftIndent + hanging, firstLineIndent: -hanging))], span: 2)])
        }
        rows.append([TableCell(style, notice.printedBy ?? plan.meeting.organizer ?? ""),
                     TableCell([Paragraph(style, unbroken("\(issued.chinese)印发"), ParagraphOverrides(alignment: .right))])])
        return Table(columnWidths: [78, 78], rows: rows, borders: .horizontalRules(outer: 1, inner: 0.75))
    }
}
