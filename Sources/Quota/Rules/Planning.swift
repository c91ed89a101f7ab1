import MeetingPlan

/// Plan-based meetings: the annual plan, one comprehensive conference per system, year-on-year counts.
enum PlanningRules {
    static let annualPlan = Rule(RuleDescription(
        id: "MTG-PLAN",
        meaning: "会议须列入年度会议计划，或另有审批",
        profile: "national-2024", severity: .error, sources: ["SRC-JF2024", "SRC-HYF2016"],
        reads: "meeting.in_annual_plan, meeting.approval",
        passing: [RuleExample("计划外但经审批", "meeting: {in_annual_plan: false, approval: {by: 厅党组, date: 2026-02-20}}")],
        failing: [RuleExample("计划外且无审批", "meeting: {in_annual_plan: false}")]),
        .meeting { facts, _ in
            guard facts.meeting.inAnnualPlan != true, facts.meeting.approval == nil else { return [] }
            return [Violation("会议未列入年度会议计划，也没有审批（approval）", at: facts.mark("in_annual_plan"))]
        })

    static let comprehensiveMax = Rule(RuleDescription(
        id: "MTG-COMPREHENSIVE-MAX",
        meaning: "同一系统、领域的综合性工作会议每年不超过规定次数（按 meeting.system 分组，无 system 时按 organizer）",
        profile: "national-2024", severity: .error, sources: ["SRC-JF2024", "SRC-GOV2007"],
        parameters: [ParameterSpec("max_per_year", .number, "每个系统每年综合性工作会议次数上限", default: .number(1))],
        reads: "meeting.type, meeting.system, meeting.start（跨会议）",
        passing: [RuleExample("一次综合性工作会议和一次业务会议",
                              "meeting: {type: comprehensive_work}",
                              "meeting: {type: business, start: 2026-06-10 09:00, end: 2026-06-10 11:30}")],
        failing: [RuleExample("同一系统一年两次综合性工作会议（第二次报错）",
                              "meeting: {type: comprehensive_work}",
                              "meeting: {type: comprehensive_work, start: 2026-06-10 09:00, end: 2026-06-10 11:30}")]),
        .meetings { index, params in
            guard let max = params.number("max_per_year") else { return [] }
            let comprehensive = index.summaries.filter { $0.type == .comprehensiveWork }
            let groups = Dictionary(grouping: comprehensive) { summary in
                "\(summary.system ?? summary.organizer ?? "")\u{0}\(summary.start.date.year)"
            }
            return groups.values.flatMap { group -> [Violation] in
                let ordered = group.sorted { ($0.start, $0.file) < ($1.start, $1.file) }
                return ordered.enumerated().compactMap { index, summary in
                    guard Double(index + 1) > max else { return nil }
                    let system = summary.system ?? summary.organizer ?? "本系统"
                    return Violation("\(system)\(summary.start.date.year)年第\(index + 1)次综合性工作会议，超过每年\(ParamValue.format(max))次（首次：\(ordered[0].file)）",
                                     at: summary.typeMark, limit: max, actual: Double(index + 1), meeting: summary.id)
                }
            }
        })

    static let countNonIncrease = Rule(RuleDescription(
        id: "MTG-COUNT-NONINCREASE",
        meaning: "单位当年会议数量不超过上年（登记表 meetings_prev_year；地方可要求按比例压减）",
        profile: "national-2024", severity: .warning, sources: ["SRC-JF2024", "LOC-AH-2019", "LOC-SD-2019", "LOC-JL-2019"],
        parameters: [ParameterSpec("max_ratio_vs_prev", .number, "当年会议数与上年之比的上限（0.9 = 压减10%）", default: .number(1))],
        reads: "登记表 register.unit/year/meetings_prev_year；计划的 meeting.organizer 与开始年份",
        passing: [RuleExample("上年2次，今年2次",
                              "register: {unit: 省交通运输厅, year: 2026, meetings_prev_year: 2}",
                              "meeting: {start: 2026-03-10 09:00}",
                              "meeting: {start: 2026-06-10 09:00, end: 2026-06-10 11:30}")],
        failing: [RuleExample("上年1次，今年2次",
                              "register: {unit: 省交通运输厅, year: 2026, meetings_prev_year: 1}",
                              "meeting: {start: 2026-03-10 09:00}",
                              "meeting: {start: 2026-06-10 09:00, end: 2026-06-10 11:30}")]),
        .register { register, index, params in
            guard let previous = register.meetingsPrevYear, let ratio = params.number("max_ratio_vs_prev") else { return [] }
            let count = index.summaries.filter { $0.organizer == register.unit && $0.start.date.year == register.year }.count
            let limit = Double(previous) * ratio
            guard Double(count) > limit + 1e-9 else { return [] }
            return [Violation("\(register.unit)\(register.year)年会议\(count)次，超过上年\(previous)次的\(Percent.text(ratio))",
                              at: register.marks["meetings_prev_year"], limit: limit, actual: Double(count))]
        })
}
