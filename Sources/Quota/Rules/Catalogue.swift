import MeetingPlan

/// Every rule the checker knows, in documentation order.
public enum RuleCatalogue {
    public static let all: [Rule] = [
        DocumentRules.annualNonIncrease,
        DocumentRules.length,
        PlanningRules.annualPlan,
        PlanningRules.comprehensiveMax,
        PlanningRules.countNonIncrease,
        DurationRules.sessions(groupDiscussion: true),
        DurationRules.sessions(groupDiscussion: false),
        DurationRules.feeDuration,
        DurationRules.arrival,
        AttendanceRules.cap(id: "MTG-ATT-CAP", byCategory: true),
        AttendanceRules.staffRatio,
        CostRules.cap,
        VenueRules.scenic,
        VenueRules.star,
        SpeechRules.length(principal: true),
        SpeechRules.dualPrincipal,
        ReachRules.levelReach,
        ReachRules.directGrassroots,
        RostrumRules.conflict,
        SpeechRules.length(principal: false),
        DurationRules.minutes(id: "MTG-VIDEO-DURATION", modes: [.video, .hybrid], profile: "hebei-2019", source: "LOC-HEB-2019"),
        DurationRules.minutes(id: "MTG-MAX-MINUTES", modes: MeetingMode.allCases, profile: "jilin-2019", source: "LOC-JL-2019"),
        DurationRules.noMeetingDays,
        AttendanceRules.cap(id: "MTG-ATT-CAP-ALL", byCategory: false),
        DocumentRules.inspections,
    ]

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
