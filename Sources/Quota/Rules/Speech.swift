import MeetingPlan

/// Speeches (agenda items with `speech: true`).
enum SpeechRules {
    /// MTG-SPEECH-PRINCIPAL (principal leaders) / MTG-SPEECH-OTHER (everyone else).
    static func length(principal: Bool) -> Rule {
        let who = principal ? "主要负责同志讲话或主报告" : "其他讲话、发言"
        let person = principal ? "{id: P1, name: 张明, unit: 省交通运输厅, title: 厅长, principal: true}"
                               : "{id: P1, name: 张明, unit: 省交通运输厅, title: 处长}"
        let passingMinutes = principal ? 60 : 8, failingMinutes = principal ? 61 : 10
        func example(_ minutes: Int) -> String {
            "people: [\(person)]\nagenda: [{item: 讲话, by: P1, minutes: \(minutes), speech: true}]"
        }
        return Rule(RuleDescription(
            id: principal ? "MTG-SPEECH-PRINCIPAL" : "MTG-SPEECH-OTHER",
            meaning: principal ? "主要负责同志讲话或主报告不超过1小时" : "其他人员的讲话、发言时间不超过规定分钟数（可选）",
            profile: principal ? "national-2024" : "central-2007", severity: .error,
            sources: principal ? ["SRC-JF2024"] : ["SRC-GOV2007", "LOC-AH-2019", "LOC-GT-2019"],
            parameters: [ParameterSpec("max_minutes", .number, "\(who)最长分钟数", default: principal ? .number(60) : .null)],
            reads: "agenda[].speech, agenda[].minutes, agenda[].by → people[].principal",
            passing: [RuleExample("\(passingMinutes)分钟，边界", example(passingMinutes))],
            failing: [RuleExample("\(failingMinutes)分钟", example(failingMinutes))]),
            .meeting { facts, params in
                guard let max = params.number("max_minutes") else { return [] }
                return facts.speeches.compactMap { speech in
                    guard speech.principal == principal, let minutes = speech.item.minutes, Double(minutes) > max else { return nil }
                    return Violation("\(who)“\(speech.item.item)”\(minutes)分钟，超过上限\(ParamValue.format(max))分钟",
                                     at: speech.item.location, limit: max, actual: Double(minutes))
                }
            })
    }

    static let dualPrincipal = Rule(RuleDescription(
        id: "MTG-DUAL-PRINCIPAL",
        meaning: "党政主要负责同志一同出席的会议，一般不同时讲话",
        profile: "national-2024", severity: .warning, sources: ["SRC-JF2024"],
        parameters: [ParameterSpec("max_principal_speakers", .number, "讲话的主要负责同志人数上限", default: .number(1))],
        reads: "agenda[].speech, agenda[].by → people[].principal",
        passing: [RuleExample("书记讲话，县长主持", """
            people: [{id: P1, name: 张明, principal: true}, {id: P2, name: 李华, principal: true}]
            agenda: [{item: 主持, by: P2}, {item: 书记讲话, by: P1, minutes: 40, speech: true}]
            """)],
        failing: [RuleExample("书记、县长都讲话", """
            people: [{id: P1, name: 张明, principal: true}, {id: P2, name: 李华, principal: true}]
            agenda: [{item: 县长讲话, by: P2, minutes: 30, speech: true}, {item: 书记讲话, by: P1, minutes: 40, speech: true}]
            """)]),
        .meeting { facts, params in
            let speakers = facts.speeches.filter(\.principal)
            let names = Set(speakers.compactMap(\.item.byPersonID)).sorted()
            guard let max = params.number("max_principal_speakers"), Double(names.count) > max, let last = speakers.last else { return [] }
            let people = names.compactMap { facts.plan.person($0)?.name }.joined(separator: "、")
            return [Violation("\(names.count)位主要负责同志（\(people)）都安排了讲话", at: last.item.location,
                              limit: max, actual: Double(names.count))]
        })
}
