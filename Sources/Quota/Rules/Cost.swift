import MeetingPlan

/// MTG-COST-CAP: planned cost per person-day against the category's 综合定额.
enum CostRules {
    static let items: [(key: String, name: String, value: @Sendable (Costs) -> Double?)] = [
        ("lodging", "住宿费", { $0.lodging }), ("meals", "伙食费", { $0.meals }), ("other", "其他费用", { $0.other }),
    ]

    static let cap = Rule(RuleDescription(
        id: "MTG-COST-CAP",
        meaning: "会议费（元/人·天）不超过类别综合定额；不安排住宿或伙食的，定额扣除相应部分；各项之间可以调剂，超出分项标准只作提示。计划有住宿、就餐安排时，按人晚（住宿）、人次 ÷ 3（伙食）、人天（其他）计算全会会议费，与同样数量按定额算出的上限比较",
        profile: "meeting-fee-central-2016", severity: .error, sources: ["SRC-HYF2016"],
        parameters: [
            ParameterSpec("max_total", .table, "各类别综合定额（元/人·天）", default: .table(["1": .number(760), "2": .number(650), "3": .number(550), "4": .number(550)])),
            ParameterSpec("lodging", .table, "各类别住宿费标准", default: .table(["1": .number(500), "2": .number(400), "3": .number(340), "4": .number(340)])),
            ParameterSpec("meals", .table, "各类别伙食费标准", default: .table(["1": .number(150), "2": .number(150), "3": .number(130), "4": .number(130)])),
            ParameterSpec("other", .table, "各类别其他费用标准", default: .table(["1": .number(110), "2": .number(100), "3": .number(80), "4": .number(80)])),
            ParameterSpec("subtract_if_not_provided", .list, "不安排（为0或未填）时从定额中扣除的分项", default: .list([.text("lodging"), .text("meals")])),
            ParameterSpec("item_overrun_severity", .text, "分项超出其标准时的级别（info | warning | error）", default: .text("info")),
        ],
        reads: "meeting.category, meeting.costs；有 lodging 或 meals 时按分房、排桌算出的人晚、人次计算全会总额",
        passing: [
            RuleExample("不安排住宿：定额 550 − 340 = 210 ≥ 150", "meeting: {costs: {lodging: 0, meals: 100, other: 50}}"),
            RuleExample("380 + 110 + 50 = 540 ≤ 550（住宿分项超标仅提示）", "meeting: {costs: {lodging: 380, meals: 110, other: 50}}"),
        ],
        failing: [RuleExample("360 + 140 + 70 = 570 > 550", "meeting: {costs: {lodging: 360, meals: 140, other: 70}}")]),
        .meeting { facts, params in
            guard let category = facts.meeting.category.map(String.init), let costs = facts.meeting.costs,
                  var cap = params["max_total"].limit(for: category) else { return [] }
            let subtract = Set(params.words("subtract_if_not_provided"))
            var notProvided: [String] = []
            var itemFindings: [Violation] = []
            let itemSeverity = params["item_overrun_severity"].text.flatMap(Severity.init(rawValue:)) ?? .info
            for item in items {
                let planned = item.value(costs) ?? 0
                let norm = params[item.key].limit(for: category)
                if planned <= 0 {
                    if subtract.contains(item.key), let norm {
                        cap -= norm
                        notProvided.append(item.name)
                    }
                } else if let norm, planned > norm {
                    itemFindings.append(Violation("\(item.name)\(ParamValue.format(planned))元超过分项标准\(ParamValue.format(norm))元（可在总额内调剂）",
                                                  at: facts.mark("costs"), limit: norm, actual: planned, severity: itemSeverity))
                }
            }
            // With rooms and meals planned, the whole meeting's cost on the assignment's person-nights
            // and person-meals against the standards on the same quantities: people who go home or
            // skip a meal are not paid for at the full day's rate.
            if facts.logistics != nil, let estimate = facts.feeEstimate(params), let planned = estimate.plannedTotal {
                guard planned > estimate.total else { return itemFindings }
                let basis = estimate.items.filter { $0.quantity > 0 }
                    .map { "\($0.name)\(ParamValue.format(($0.quantity * 100).rounded() / 100))\($0.unit)" }.joined(separator: "、")
                let main = Violation("会议费合计\(ParamValue.format(planned))元（\(basis)），超过按\(CategoryName.of(estimate.category))会议综合定额计算的上限\(ParamValue.format(estimate.total))元",
                                     at: facts.mark("costs"), limit: estimate.total, actual: planned)
                return [main] + itemFindings
            }
            guard costs.total > cap else { return itemFindings }
            let basis = notProvided.isEmpty ? "" : "（不含\(notProvided.joined(separator: "、"))）"
            let main = Violation("会议费每人每天\(ParamValue.format(costs.total))元，超过\(CategoryName.of(Int(category)!))会议综合定额\(ParamValue.format(cap))元\(basis)",
                                 at: facts.mark("costs"), limit: cap, actual: costs.total)
            return [main] + itemFindings
        })
}
