import MeetingPlan

/// 精文: the notice's length, and the unit-year counts of documents and inspections.
enum DocumentRules {
    /// The kind of document a meeting's notice is, for DOC-LENGTH.
    static func noticeKind(_ type: MeetingType?) -> String {
        switch type {
        case .comprehensiveWork: return "comprehensive"
        case .specialTopic: return "special"
        default: return "general"
        }
    }

    static let length = Rule(RuleDescription(
        id: "DOC-LENGTH",
        meaning: "文件正文字数：部署专项工作的不超过4000字，其他不超过5000字，部署综合性工作的不限（按会议通知正文的汉字数）",
        profile: "national-2024", severity: .error, sources: ["SRC-JF2024"],
        parameters: [ParameterSpec("max_chars", .table, "按文件种类的字数上限：special（type: special_topic）、general、comprehensive（type: comprehensive_work）",
                                   default: .table(["special": .number(4000), "general": .number(5000), "comprehensive": .null]))],
        reads: "notice（正文汉字数）, meeting.type",
        passing: [
            RuleExample("一般会议通知5000字，边界", noticeCharacters: 5000, "notice: {purpose: 为做好……，决定召开会议。}"),
            RuleExample("综合性工作会议通知5600字，不限", noticeCharacters: 5600, "meeting: {type: comprehensive_work}\nnotice: {purpose: 为做好……，决定召开会议。}"),
        ],
        failing: [RuleExample("专项工作会议通知4300字", noticeCharacters: 4300, "meeting: {type: special_topic}\nnotice: {purpose: 为做好……，决定召开会议。}")]),
        .meeting { facts, params in
            let kind = noticeKind(facts.meeting.type)
            guard let length = facts.noticeLength, let max = params["max_chars"].tableEntries[kind]?.number,
                  Double(length) > max else { return [] }
            let name = kind == "special" ? "部署专项工作的文件" : "文件"
            return [Violation("会议通知正文\(length)字，超过\(name)上限\(ParamValue.format(max))字",
                              at: facts.plan.marks["notice"], limit: max, actual: Double(length))]
        })

    static let annualNonIncrease = Rule(RuleDescription(
        id: "DOC-ANNUAL-NONINCREASE",
        meaning: "年度发文数量一般只减不增；超过上年的，须向上级党委办公厅（室）书面说明（已说明的降为警告）",
        profile: "national-2024", severity: .error, sources: ["SRC-JF2024"],
        parameters: [
            ParameterSpec("max_ratio_vs_prev", .number, "当年发文数与上年之比的上限", default: .number(1)),
            ParameterSpec("explanation_downgrades_to", .text, "已书面说明时的级别（info | warning | error）", default: .text("warning")),
        ],
        reads: "登记表 register.documents_issued, documents_prev_year, written_explanation_filed",
        passing: [RuleExample("与上年持平", "register: {unit: 省交通运输厅, year: 2026, documents_issued: 100, documents_prev_year: 100}")],
        failing: [RuleExample("比上年多5件，未说明", "register: {unit: 省交通运输厅, year: 2026, documents_issued: 105, documents_prev_year: 100}")]),
        .register { register, _, params in
            guard let issued = register.documentsIssued, let previous = register.documentsPrevYear,
                  let ratio = params.number("max_ratio_vs_prev") else { return [] }
            let limit = Double(previous) * ratio
            guard Double(issued) > limit + 1e-9 else { return [] }
            let downgrade = register.writtenExplanationFiled ? params["explanation_downgrades_to"].text.flatMap(Severity.init(rawValue:)) : nil
            let explained = register.writtenExplanationFiled ? "（已书面说明）" : "，须向上级党委办公厅（室）书面说明"
            return [Violation("\(register.unit)\(register.year)年发文\(issued)件，超过上限\(ParamValue.format(limit))件（上年\(previous)件）\(explained)",
                              at: register.marks["documents_issued"], limit: limit, actual: Double(issued), severity: downgrade)]
        })

    static let inspections = Rule(RuleDescription(
        id: "INSP-PER-DEPT-MAX",
        meaning: "中央和国家机关各部门涉及地方党委和政府的综合性督查检查考核原则上每年不超过1项",
        profile: "national-2024", severity: .error, sources: ["SRC-JF2024"],
        parameters: [ParameterSpec("max_items_per_year", .number, "每个部门每年综合性督查检查考核项目上限", default: .number(1))],
        reads: "登记表 register.unit_kind（central_state_organ）, comprehensive_inspection_items",
        passing: [RuleExample("1项，边界", "register: {unit: 某部, unit_kind: central_state_organ, year: 2026, comprehensive_inspection_items: 1}")],
        failing: [RuleExample("2项", "register: {unit: 某部, unit_kind: central_state_organ, year: 2026, comprehensive_inspection_items: 2}")]),
        .register { register, _, params in
            guard register.unitKind == .centralStateOrgan, let items = register.comprehensiveInspectionItems,
                  let max = params.number("max_items_per_year"), Double(items) > max else { return [] }
            return [Violation("\(register.unit)\(register.year)年综合性督查检查考核\(items)项，超过上限\(ParamValue.format(max))项",
                              at: register.marks["comprehensive_inspection_items"], limit: max, actual: Double(items))]
        })
}
