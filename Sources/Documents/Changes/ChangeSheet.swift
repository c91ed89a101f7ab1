import Changes
import MeetingPlan

/// 座次调整单 (changes.md): per zone a table 姓名 / 单位 / 原座位 / 新座位 / 说明, the 会务调整
/// (姓名 / 单位 / 事项 / 原安排 / 新安排: group, room, meal table, car), then the people and meeting
/// changes and the 桌签 to reprint, dated `issued` or the meeting's date.
public enum ChangeSheet {
    public static func build(_ plan: Plan, changes: PlanChanges) -> OfficeDocument {
        let date = plan.notice?.issued ?? plan.meeting.start.date
        var blocks: [Block] = [.paragraph(Paragraph(GongwenStyles.title, "\(plan.meeting.title)座次调整单")),
                               .paragraph(Paragraph(GongwenStyles.subtitle, "（\(date.chinese)）"))]
        var zones: [String] = []
        for change in changes.seats where !zones.contains(change.zone) { zones.append(change.zone) }
        for zone in zones {
            let entries = changes.seats.filter { $0.zone == zone }
            let protocolNote = entries.first.map { $0.kind == .rostrum || $0.kind == .photo } == true ? "（按礼宾次序重排）" : ""
            // A session's zone is headed with the session, its time written as the documents write
            // times: `预备会议主席台（预备会议（2026年12月14日8:30—9:00，第一会议室））`.
            let session = entries.first?.sessionLabel.map { "（\(ChineseTimes.rewritten($0))）" } ?? ""
            blocks.append(.paragraph(Paragraph(GongwenStyles.heading1, "\(zone)\(session)\(protocolNote)")))
            let header = ["姓名", "单位", "原座位", "新座位", "说明"].map { TableCell(GongwenStyles.tableHeader, $0) }
            let rows = entries.map { change in
                [change.person.name, change.person.unit ?? "", change.from?.text ?? "—", change.to?.text ?? "—", change.reason.label]
                    .map { TableCell(GongwenStyles.tableText, $0) }
            }
            let widths = ColumnFit.widths([header] + rows, total: PageSetup.gongwen.textWidth, minimums: [0, 0, 0, 0, 0], fill: 1)
            blocks.append(.table(Table(columnWidths: widths, headerRows: 1, rows: [header] + rows, minRowHeight: 9)))
        }
        if !changes.logistics.isEmpty {
            blocks.append(.paragraph(Paragraph(GongwenStyles.heading1, "会务调整")))
            let header = ["姓名", "单位", "事项", "原安排", "新安排"].map { TableCell(GongwenStyles.tableHeader, $0) }
            let rows = changes.logistics.map { change in
                [change.person.name, change.person.unit ?? "", change.subject, change.from ?? "—", change.to ?? "—"]
                    .map { TableCell(GongwenStyles.tableText, $0) }
            }
            let widths = ColumnFit.widths([header] + rows, total: PageSetup.gongwen.textWidth, minimums: [0, 0, 0, 0, 0], fill: 1)
            blocks.append(.table(Table(columnWidths: widths, headerRows: 1, rows: [header] + rows, minRowHeight: 9)))
        }
        let people = peopleLines(changes)
        if !people.isEmpty {
            blocks.append(.paragraph(Paragraph(GongwenStyles.heading1, "人员变更")))
            blocks += people.map { .paragraph(Paragraph(GongwenStyles.body, $0)) }
        }
        if !changes.meetingChanges.isEmpty {
            blocks.append(.paragraph(Paragraph(GongwenStyles.heading1, "会议事项变更")))
            blocks += changes.meetingChanges.map { change in
                .paragraph(Paragraph(GongwenStyles.body, "\(change.label)：原为\(shown(change.old))，现为\(shown(change.new))。"))
            }
        }
        let cards = changes.reprintCards.isEmpty ? "桌签无需重印。"
            : "需重印桌签\(changes.reprintCards.count)张：\(changes.reprintCards.map(\.name).joined(separator: "、"))。"
        blocks.append(.paragraph(Paragraph(GongwenStyles.heading1, "桌签")))
        blocks.append(.paragraph(Paragraph(GongwenStyles.body, cards)))
        if !changes.withdrawnCards.isEmpty {
            let names = changes.withdrawnCards.map(\.name).joined(separator: "、")
            blocks.append(.paragraph(Paragraph(GongwenStyles.body, "需撤下桌签\(changes.withdrawnCards.count)张：\(names)。")))
        }
        if !changes.movedCards.isEmpty {
            let names = changes.movedCards.map(\.name).joined(separator: "、")
            blocks.append(.paragraph(Paragraph(GongwenStyles.body, "需随人挪动桌签\(changes.movedCards.count)张（不重印）：\(names)。")))
        }
        if changes.isEmpty { blocks.append(.paragraph(Paragraph(GongwenStyles.body, "与上一版本相比没有变化。"))) }
        return OfficeDocument(title: "\(plan.meeting.title)座次调整单", page: .gongwen, pageNumbers: true,
                              styles: GongwenStyles.all, blocks: blocks)
    }

    static func peopleLines(_ changes: PlanChanges) -> [String] {
        func who(_ person: PersonRef) -> String {
            person.name + ([person.unit, person.title].compactMap { $0 }.isEmpty ? "" : "（\([person.unit, person.title].compactMap { $0 }.joined(separator: "，"))）")
        }
        var lines: [String] = []
        if !changes.added.isEmpty { lines.append("新增：" + changes.added.map(who).joined(separator: "、") + "。") }
        if !changes.removed.isEmpty { lines.append("撤出：" + changes.removed.map(who).joined(separator: "、") + "。") }
        for change in changes.changed {
            let fields = change.fields.map { "\($0.personLabel)由“\(shown($0.old))”改为“\(shown($0.new))”" }.joined(separator: "，")
            lines.append("\(change.person.name)（\(change.person.unit ?? "无单位")）：\(fields)。")
        }
        return lines
    }

    /// A value as the plan wrote it, its dates and times written the Chinese way.
    static func shown(_ value: FieldValue?) -> String { value.map { ChineseTimes.rewritten($0.display) } ?? "（无）" }
}
