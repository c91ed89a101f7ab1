import MeetingPlan
import Seating

/// The changes in Chinese for the terminal: meeting changes, people, then seats grouped by
/// zone with one line per person, the 会务调整 (group, room, table, car), and the 桌签 to reprint.
public enum ChangesText {
    public static func render(_ changes: PlanChanges) -> String {
        guard !changes.isEmpty else { return "会议“\(changes.meetingID)”：两个版本没有差别。\n" }
        var lines = ["会议“\(changes.meetingID)”的变更"]
        if !changes.meetingChanges.isEmpty {
            lines.append("")
            lines.append("会议事项：")
            for change in changes.meetingChanges {
                lines.append("  \(change.label)：\(shown(change.old)) → \(shown(change.new))")
            }
        }
        if !changes.added.isEmpty || !changes.removed.isEmpty || !changes.changed.isEmpty {
            lines.append("")
            lines.append("人员：新增 \(changes.added.count) 人，撤出 \(changes.removed.count) 人，信息变更 \(changes.changed.count) 人")
            lines += changes.added.map { "  新增  \(describe($0))" }
            lines += changes.removed.map { "  撤出  \(describe($0))" }
            for change in changes.changed {
                let fields = change.fields.map { "\($0.personLabel) \(shown($0.old)) → \(shown($0.new))" }.joined(separator: "；")
                lines.append("  变更  \(change.person.name)（\(change.person.unit ?? "无单位")）：\(fields)")
            }
        }
        if !changes.seats.isEmpty {
            lines.append("")
            lines.append("座次（排、座按台下视角自左起；宴会、会谈 S0 为主位）：")
            var zone: String?
            for change in changes.seats {
                if change.zone != zone {
                    zone = change.zone
                    let note = change.kind == .rostrum || change.kind == .photo ? "（每次按礼宾次序重排）" : ""
                    let session = change.session.map { "场次 \($0)：\(change.sessionLabel ?? "")" } ?? ""
                    lines.append("【\(change.zone)】\(session)\(note)")
                }
                let from = change.from?.text ?? "（无）", to = change.to?.text ?? "（无）"
                lines.append("  \(change.person.name)（\(change.person.unit ?? "无单位")）  \(from) → \(to)  \(change.reason.label)")
            }
        }
        if !changes.logistics.isEmpty {
            lines.append("")
            lines.append("会务调整（\(changes.logistics.count) 项）：")
            for change in changes.logistics {
                lines.append("  \(change.person.name)（\(change.person.unit ?? "无单位")）  \(change.subject)：\(change.from ?? "（无）") → \(change.to ?? "（无）")")
            }
        }
        lines.append("")
        if changes.reprintCards.isEmpty {
            lines.append("桌签：无需重印。")
        } else {
            lines.append("需重印桌签 \(changes.reprintCards.count) 张：" + changes.reprintCards.map(\.name).joined(separator: "、"))
        }
        if !changes.withdrawnCards.isEmpty {
            lines.append("需撤下桌签 \(changes.withdrawnCards.count) 张：" + changes.withdrawnCards.map(\.name).joined(separator: "、"))
        }
        if !changes.movedCards.isEmpty {
            lines.append("需随人挪动桌签 \(changes.movedCards.count) 张（不重印）：" + changes.movedCards.map(\.name).joined(separator: "、"))
        }
        // Every line through the one escaping of printed values: no plan text can start a line.
        return lines.map(DiagnosticText.escaped).joined(separator: "\n") + "\n"
    }

    /// `孙小军（城关镇，副镇长）`
    static func describe(_ person: PersonRef) -> String {
        let details = [person.unit, person.title].compactMap { $0 }
        return person.name + (details.isEmpty ? "" : "（" + details.joined(separator: "，") + "）")
    }

    static func shown(_ value: FieldValue?) -> String { value?.display ?? "（无）" }
}
