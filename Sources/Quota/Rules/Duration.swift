import MeetingPlan

/// 会期 rules: half-day sessions, days by fee category, arrival days, minutes, no-meeting days.
enum DurationRules {
    /// MTG-DUR-GROUP / MTG-DUR-OTHER: one family, split by whether the meeting has group discussion.
    static func sessions(groupDiscussion: Bool) -> Rule {
        let id = groupDiscussion ? "MTG-DUR-GROUP" : "MTG-DUR-OTHER"
        let limit = groupDiscussion ? 3.0 : 1.0
        let kind = groupDiscussion ? "有分组讨论的会议" : "无分组讨论的会议"
        let description = RuleDescription(
            id: id,
            meaning: groupDiscussion ? "有分组讨论的会议，会期不超过1.5天（3个半天）" : "其他会议（无分组讨论）会期控制在半天以内",
            profile: "national-2024", severity: .error, sources: ["SRC-JF2024"],
            parameters: [ParameterSpec("max_sessions", .number, "会期最多占用的半天数（上午12:00前，下午含晚上）", default: .number(limit))],
            reads: "meeting.start, meeting.end, meeting.group_discussion",
            passing: groupDiscussion
                ? [RuleExample("1.5天，边界", "meeting: {group_discussion: true, start: 2026-03-10 09:00, end: 2026-03-11 11:30}")]
                : [RuleExample("上午半天", "meeting: {start: 2026-03-10 09:00, end: 2026-03-10 11:30}")],
            failing: groupDiscussion
                ? [RuleExample("两个整天（4个半天）", "meeting: {group_discussion: true, start: 2026-03-10 09:00, end: 2026-03-11 17:30}")]
                : [RuleExample("全天（2个半天）", "meeting: {start: 2026-03-10 09:00, end: 2026-03-10 17:30}")])
        return Rule(description, .meeting { facts, params in
            guard facts.meeting.groupDiscussion == groupDiscussion, let max = params.number("max_sessions"),
                  Double(facts.sessions) > max else { return [] }
            return [Violation("会期占\(facts.sessions)个半天，超过\(kind)上限\(ParamValue.format(max))个半天",
                              at: facts.mark("end"), limit: max, actual: Double(facts.sessions))]
        })
    }

    static let feeDuration = Rule(RuleDescription(
        id: "MTG-FEE-DUR",
        meaning: "二、三、四类会议会期不超过2天；传达、布置类会议不超过1天（按会议费类别）",
        profile: "meeting-fee-central-2016", severity: .error, sources: ["SRC-HYF2016"],
        parameters: [
            ParameterSpec("max_days", .table, "各类别会期上限（天，按日历日计）", default: .table(["1": .null, "2": .number(2), "3": .number(2), "4": .number(2)])),
            ParameterSpec("relay_deploy_max_days", .number, "传达、布置类（type: relay_deploy）会期上限（天）", default: .number(1)),
        ],
        reads: "meeting.category, meeting.type, meeting.start, meeting.end",
        passing: [RuleExample("三类会议2天", "meeting: {group_discussion: true, start: 2026-03-10 09:00, end: 2026-03-11 11:30}")],
        failing: [RuleExample("传达布置类会议跨2天", "meeting: {type: relay_deploy, start: 2026-03-10 09:00, end: 2026-03-11 11:30}")]),
        .meeting { facts, params in
            guard let category = facts.meeting.category else { return [] }
            let relay = facts.meeting.type == .relayDeploy
            let limits = [params["max_days"].limit(for: String(category)), relay ? params.number("relay_deploy_max_days") : nil]
            guard let max = limits.compactMap({ $0 }).min(), Double(facts.calendarDays) > max else { return [] }
            let what = relay ? "传达、布置类会议" : "\(CategoryName.of(category))会议"
            return [Violation("会期\(facts.calendarDays)天，超过\(what)上限\(ParamValue.format(max))天",
                              at: facts.mark("end"), limit: max, actual: Double(facts.calendarDays))]
        })

    static let arrival = Rule(RuleDescription(
        id: "MTG-FEE-ARRIVAL",
        meaning: "报到和离开时间（会期以外的日程日期）一、二、三类合计不超过2天，四类不超过1天",
        profile: "meeting-fee-central-2016", severity: .warning, sources: ["SRC-HYF2016"],
        parameters: [ParameterSpec("max_days", .table, "各类别报到和离开天数上限", default: .table(["1": .number(2), "2": .number(2), "3": .number(2), "4": .number(1)]))],
        reads: "meeting.category, schedule[].date（会期以外的日期）",
        passing: [RuleExample("四类会议提前一天报到", "meeting: {category: 4}\nschedule: [{date: 2026-03-09, item: 报到}]")],
        failing: [RuleExample("四类会议报到、离开各一天", "meeting: {category: 4}\nschedule: [{date: 2026-03-09, item: 报到}, {date: 2026-03-11, item: 离会}]")]),
        .meeting { facts, params in
            guard let category = facts.meeting.category, let max = params["max_days"].limit(for: String(category)),
                  Double(facts.arrivalDepartureDays) > max else { return [] }
            return [Violation("会期以外的报到和离开日期共\(facts.arrivalDepartureDays)天，超过\(CategoryName.of(category))会议上限\(ParamValue.format(max))天",
                              at: facts.plan.marks["schedule"], limit: max, actual: Double(facts.arrivalDepartureDays))]
        })

    /// MTG-VIDEO-DURATION / MTG-MAX-MINUTES: wall-clock minutes, for some modes or all.
    static func minutes(id: String, modes: [MeetingMode], profile: String, source: String) -> Rule {
        let video = modes != MeetingMode.allCases
        let what = video ? "电视电话会议" : "会议"
        let failingMode = video ? "mode: video, " : ""
        return Rule(RuleDescription(
            id: id,
            meaning: video ? "电视电话（视频）会议时长不超过规定分钟数（可选，地方规定）" : "会议时长一般不超过规定分钟数（可选，地方规定）",
            profile: profile, severity: .error, sources: [source],
            parameters: [ParameterSpec("max_minutes", .number, "\(what)最长分钟数（null 为不限，由配置文件给出）", default: .null)],
            reads: video ? "meeting.mode, meeting.start, meeting.end" : "meeting.start, meeting.end",
            passing: [RuleExample("90分钟，边界", "meeting: {\(failingMode)start: 2026-03-10 09:00, end: 2026-03-10 10:30}")],
            failing: [RuleExample("120分钟", "meeting: {\(failingMode)start: 2026-03-10 09:00, end: 2026-03-10 11:00}")]),
            .meeting { facts, params in
                guard modes.contains(facts.meeting.mode), let max = params.number("max_minutes"), Double(facts.minutes) > max else { return [] }
                return [Violation("\(what)时长\(facts.minutes)分钟，超过上限\(ParamValue.format(max))分钟",
                                  at: facts.mark("end"), limit: max, actual: Double(facts.minutes))]
            })
    }

    static let weekdayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    static let noMeetingDays = Rule(RuleDescription(
        id: "MTG-NO-MEETING-DAYS",
        meaning: "“无会日”“无会周”不安排会议（可选，地方规定）",
        profile: "jilin-2019", severity: .error, sources: ["LOC-JL-2019", "LOC-GT-2019"],
        parameters: [
            ParameterSpec("weekdays", .list, "无会日（MON…SUN）", default: .list([])),
            ParameterSpec("weeks_of_month", .list, "每月的无会周（1 = 1—7日，2 = 8—14日，…）", default: .list([])),
        ],
        reads: "meeting.start, meeting.end",
        passing: [RuleExample("星期二（3月10日，第2周）", "meeting: {start: 2026-03-10 09:00, end: 2026-03-10 11:30}")],
        failing: [RuleExample("星期三（3月11日）", "meeting: {start: 2026-03-11 09:00, end: 2026-03-11 11:30}")]),
        .meeting { facts, params in
            let weekdays = Set(params.words("weekdays").map { $0.uppercased() })
            let weeks = Set(params.words("weeks_of_month"))
            return facts.dates.compactMap { date -> Violation? in
                let week = String((date.day - 1) / 7 + 1)
                if weekdays.contains(weekdayNames[date.weekday]) {
                    return Violation("会议日期\(date)是无会日（\(weekdayNames[date.weekday])）", at: facts.mark("start"))
                }
                if weeks.contains(week) {
                    return Violation("会议日期\(date)在当月第\(week)周，为无会周", at: facts.mark("start"))
                }
                return nil
            }
        })
}

/// 一类 … 四类
enum CategoryName {
    static func of(_ category: Int) -> String {
        ["一类", "二类", "三类", "四类"][max(0, min(3, category - 1))]
    }
}
