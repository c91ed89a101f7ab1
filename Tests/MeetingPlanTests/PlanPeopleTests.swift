import MeetingPlan
import Testing

@Suite struct PlanPeopleTests {
    @Test func peopleWithIDsFollowTheIDsOrderAndSkipUnknownIDs() {
        let meeting = Meeting(id: "m", title: "会", start: LocalDateTime(parsing: "2026-12-03 09:00")!,
                              end: LocalDateTime(parsing: "2026-12-03 10:00")!)
        let people = ["A", "B", "C"].enumerated().map { Person(id: $0.element, name: "人\($0.element)", appearance: $0.offset) }
        let plan = Plan(file: "p.yaml", meeting: meeting, units: [], people: people)
        #expect(plan.people(withIDs: ["C", "X", "A", "C"]).map(\.name) == ["人C", "人A", "人C"])
        #expect(plan.people(withIDs: [String]()).isEmpty)
    }
}
