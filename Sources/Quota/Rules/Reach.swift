import MeetingPlan

/// Which levels a meeting may reach.
enum ReachRules {
    static let levelReach = Rule(RuleDescription(
        id: "MTG-LEVEL-REACH",
        meaning: "中央部门工作会议一般不开到市县及以下，省直部门工作会议一般不开到县以下",
        profile: "national-2024", severity: .error, sources: ["SRC-JF2024"],
        parameters: [ParameterSpec("lowest_level", .table, "按主办单位层级（meeting.level）可以开到的最低层级", default: .table(["national": .text("provincial"), "provincial": .text("county")]))],
        reads: "meeting.type（department_work_conference）, meeting.level, meeting.reaches",
        passing: [RuleExample("省直部门工作会议开到县", "meeting: {type: department_work_conference, reaches: [municipal, county]}")],
        failing: [RuleExample("省直部门工作会议开到乡镇", "meeting: {type: department_work_conference, reaches: [municipal, county, township]}")]),
        .meeting { facts, params in
            guard facts.meeting.type == .departmentWorkConference, let level = facts.meeting.level,
                  let lowestName = params["lowest_level"].tableEntries[level.rawValue]?.text,
                  let lowest = MeetingLevel(rawValue: lowestName) else { return [] }
            let tooLow = facts.meeting.reaches.filter { $0 > lowest }
            guard let deepest = tooLow.max() else { return [] }
            return [Violation("\(LevelName.of(level))部门工作会议开到\(LevelName.of(deepest))，最低只能到\(LevelName.of(lowest))",
                              at: facts.mark("reaches"))]
        })

    static let directGrassroots = Rule(RuleDescription(
        id: "MTG-DIRECT-GRASSROOTS",
        meaning: "直接开到基层（县及以下，且低于主办单位层级）的会议（含电视电话会议）须经同级党委主要负责同志批准",
        profile: "national-2024", severity: .error, sources: ["SRC-JF2024"],
        parameters: [ParameterSpec("grassroots_levels", .list, "视为基层的层级", default: .list([.text("county"), .text("township")]))],
        reads: "meeting.level, meeting.reaches, meeting.approval",
        passing: [RuleExample("市政府视频会议开到乡镇，经市委书记批准",
                              "meeting: {level: municipal, organizer_kind: government, mode: video, reaches: [county, township], approval: {by: 市委书记, date: 2026-03-01}}")],
        failing: [RuleExample("市政府视频会议开到乡镇，未经批准",
                              "meeting: {level: municipal, organizer_kind: government, mode: video, reaches: [county, township]}")]),
        .meeting { facts, params in
            guard let level = facts.meeting.level, facts.meeting.approval == nil else { return [] }
            let grassroots = Set(params.words("grassroots_levels"))
            let reached = facts.meeting.reaches.filter { $0 > level && grassroots.contains($0.rawValue) }
            guard let deepest = reached.max() else { return [] }
            return [Violation("会议直接开到\(LevelName.of(deepest))，须经同级党委主要负责同志批准（approval）", at: facts.mark("reaches"))]
        })
}

enum LevelName {
    static func of(_ level: MeetingLevel) -> String {
        switch level {
        case .national: return "中央"
        case .provincial: return "省级"
        case .municipal: return "市级"
        case .county: return "县级"
        case .township: return "乡镇"
        case .unit: return "基层单位"
        }
    }
}
