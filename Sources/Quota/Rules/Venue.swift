import MeetingPlan

/// Where a meeting may be held.
enum VenueRules {
    static let scenic = Rule(RuleDescription(
        id: "MTG-VENUE-SCENIC",
        meaning: "不得到禁止召开会议的风景名胜区开会",
        profile: "meeting-fee-central-2016", severity: .error, sources: ["SRC-HYF2016"],
        reads: "meeting.venue.scenic_area",
        passing: [RuleExample("机关会议室", "meeting: {venue: {name: 厅机关第一会议室, scenic_area: false}}")],
        failing: [RuleExample("风景名胜区内", "meeting: {venue: {name: 某山景区度假酒店, scenic_area: true}}")]),
        .meeting { facts, _ in
            guard facts.meeting.venue?.scenicArea == true else { return [] }
            return [Violation("会议地点“\(facts.meeting.venue?.name ?? "")”位于风景名胜区", at: facts.mark("venue"))]
        })

    static let star = Rule(RuleDescription(
        id: "MTG-VENUE-STAR",
        meaning: "二、三、四类会议在定点饭店召开，饭店不超过四星级",
        profile: "meeting-fee-central-2016", severity: .warning, sources: ["SRC-HYF2016"],
        parameters: [
            ParameterSpec("max_star", .number, "饭店星级上限", default: .number(4)),
            ParameterSpec("categories", .list, "适用的会议类别", default: .list([.number(2), .number(3), .number(4)])),
        ],
        reads: "meeting.category, meeting.venue.star",
        passing: [RuleExample("四星级饭店，边界", "meeting: {venue: {name: 某宾馆, star: 4}}")],
        failing: [RuleExample("五星级饭店", "meeting: {venue: {name: 某大酒店, star: 5}}")]),
        .meeting { facts, params in
            guard let category = facts.meeting.category, params.words("categories").contains(String(category)),
                  let star = facts.meeting.venue?.star, let max = params.number("max_star"), Double(star) > max else { return [] }
            return [Violation("会议饭店为\(star)星级，超过\(CategoryName.of(category))会议上限\(ParamValue.format(max))星级",
                              at: facts.mark("venue"), limit: max, actual: Double(star))]
        })
}
