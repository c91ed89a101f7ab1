import MeetingPlan
import Seating

/// The seated zones grouped as the documents print them (logistics.md, "Sessions"): the
/// plenary's zones (named by no schedule slot and no group) first, without a heading, as in a plan
/// without sessions; then each session (a slot with `zones:`) in schedule order, headed with its
/// item, time and place; then each group's room (`groups[].zone`). Within a section the zones
/// keep the plan's order.
struct SessionSection {
    /// nil for the plenary's zones.
    var heading: String?
    /// The session's slot, for a session's section.
    var slot: ScheduleSlot?
    var zones: [SeatedZone]

    static func sections(_ plan: Plan, zones: [SeatedZone]) -> [SessionSection] {
        let sessionByZone = plan.sessionByZone
        let groupByZone = Dictionary(plan.logistics.groups.compactMap { group in group.zone.map { ($0, group) } }, uniquingKeysWith: { first, _ in first })
        var sections = [SessionSection(heading: nil, zones: zones.filter { sessionByZone[$0.name] == nil && groupByZone[$0.name] == nil })]
        for slot in plan.sessions {
            let own = zones.filter { sessionByZone[$0.name]?.id == slot.id }
            if !own.isEmpty { sections.append(SessionSection(heading: heading(slot), slot: slot, zones: own)) }
        }
        for group in plan.logistics.groups {
            let own = zones.filter { groupByZone[$0.name]?.id == group.id }
            if !own.isEmpty { sections.append(SessionSection(heading: "分组讨论　\(group.name)" + (group.place.map { "　\($0)" } ?? ""), zones: own)) }
        }
        return sections.filter { !$0.zones.isEmpty }
    }

    /// `预备会议　12月14日（星期一）8:30—9:00　第一会议室`.
    static func heading(_ slot: ScheduleSlot) -> String {
        "\(slot.item)　\(NoticeContent.slotTime(slot))" + (slot.place.map { "　\($0)" } ?? "")
    }
}
