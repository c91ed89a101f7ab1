import MeetingPlan

/// Head-count rules: 参会人员 (delegates + staff) caps and the staff share.
enum AttendanceRules {
    /// MTG-ATT-CAP (by fee category) / MTG-ATT-CAP-ALL (by organizer kind, `all` for every kind).
    static func cap(id: String, byCategory: Bool) -> Rule {
        let parameter = byCategory
            ? ParameterSpec("max_total_incl_staff", .table, "各类别参会人员上限（含工作人员）", default: .table(["1": .null, "2": .number(300), "3": .number(150), "4": .number(50)]))
            : ParameterSpec("max_total_by_organizer_kind", .table, "按主办单位类型（organizer_kind，all = 全部）的参会人员上限（含工作人员）", default: .table([:]))
        let description = RuleDescription(
            id: id,
            meaning: byCategory ? "参会人员（含工作人员）不超过会议类别的人数上限" : "参会人员（含工作人员）不超过地方规定的人数上限（可选）",
            profile: byCategory ? "meeting-fee-central-2016" : "guangzhou-2014", severity: .error,
            sources: byCategory ? ["SRC-HYF2016"] : ["LOC-GZ-2014", "LOC-HN", "LOC-GT-2019"],
            parameters: [parameter],
            reads: "meeting.category / meeting.organizer_kind, people（非工作人员）或 meeting.expected_attendance, meeting.staff",
            passing: byCategory
                ? [RuleExample("四类会议 46 + 4 = 50 人，边界", "meeting: {category: 4, type: seminar, expected_attendance: 46, staff: 4}")]
                : [RuleExample("292 + 8 = 300 人，边界", "meeting: {category: 2, expected_attendance: 292, staff: 8}")],
            failing: byCategory
                ? [RuleExample("四类会议 48 + 4 = 52 人（工作人员计入）", "meeting: {category: 4, type: seminar, expected_attendance: 48, staff: 4}")]
                : [RuleExample("293 + 8 = 301 人", "meeting: {category: 2, expected_attendance: 293, staff: 8}")])
        return Rule(description, .meeting { facts, params in
            let key = byCategory ? facts.meeting.category.map(String.init) : facts.meeting.organizerKind?.rawValue ?? "other"
            guard let key, let max = params[parameter.name].limit(for: key) else { return [] }
            let total = facts.delegates + facts.staff
            guard Double(total) > max else { return [] }
            let what = byCategory ? "\(CategoryName.of(facts.meeting.category ?? 4))会议" : "规定"
            return [Violation("参会人员\(total)人（含工作人员\(facts.staff)人），超过\(what)上限\(ParamValue.format(max))人",
                              at: facts.attendanceMark, limit: max, actual: Double(total))]
        })
    }

    static let staffRatio = Rule(RuleDescription(
        id: "MTG-STAFF-RATIO",
        meaning: "工作人员不超过参会代表的规定比例（二类15%，三类10%）",
        profile: "meeting-fee-central-2016", severity: .error, sources: ["SRC-HYF2016"],
        parameters: [ParameterSpec("max_staff_share_of_delegates", .table, "各类别工作人员占代表人数的上限（all = 全部类别）", default: .table(["2": .number(0.15), "3": .number(0.10)]))],
        reads: "meeting.category, meeting.staff, people（role: staff）",
        passing: [RuleExample("三类会议 9 / 90 = 10%，边界", "meeting: {staff: 9}")],
        failing: [RuleExample("三类会议 10 / 90 = 11.1%", "meeting: {staff: 10}")]),
        .meeting { facts, params in
            guard let category = facts.meeting.category, let max = params["max_staff_share_of_delegates"].limit(for: String(category)),
                  facts.delegates > 0 else { return [] }
            // Compared as staff ≤ share × delegates with a small tolerance, so 39 / 260 = 15% passes.
            guard Double(facts.staff) > max * Double(facts.delegates) + 1e-9 else { return [] }
            let share = Double(facts.staff) / Double(facts.delegates)
            return [Violation("工作人员\(facts.staff)人，占代表\(facts.delegates)人的\(Percent.text(share))，超过\(CategoryName.of(category))会议上限\(Percent.text(max))",
                              at: facts.meeting.marks.keys["staff"] ?? facts.attendanceMark, limit: max, actual: share)]
        })
}

enum Percent {
    /// `15%`, `16.7%`
    static func text(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return ParamValue.format(tenths) + "%"
    }
}
