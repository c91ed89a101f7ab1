import Logistics
import MeetingPlan
import Testing

/// The assignment as a whole: the 报到 order, the person-nights and person-meals the quota rules
/// use, and LOG110 for staff counted in `meeting.staff` but not listed.
@Suite struct LogisticsEngineTests {
    static let sections = """
        lodging:
          hotels: [{id: h1, name: 县宾馆, rooms: {single: 4, double: 4}}]
          single_from: 县处级正职
          nights: [2026-12-14]
        meals:
          - {id: lunch, date: 2026-12-14, meal: 午餐, style: buffet}
          - {id: dinner, date: 2026-12-14, meal: 晚餐, style: table, table_size: 10, by: unit}
        """

    @Test func registrationIsByUnitThenPrecedence() throws {
        let logistics = try Assigned.assign(Assigned.text(people: Assigned.people, Self.sections))
        // Units as `units` lists them (县委, 县政府, 县财政局, 县教育局), each by precedence.
        #expect(logistics.registrationOrder == ["P1", "P3", "P2", "P4", "P5", "P8", "P6", "P7"]
                || logistics.registrationOrder == ["P1", "P3", "P2", "P4", "P5", "P8", "P7", "P6"])
        #expect(logistics.personNights == 8 && logistics.personMeals == 16)
        #expect(logistics.warnings.isEmpty)
    }

    @Test func theSamePlanGivesTheSameAssignment() throws {
        let text = Assigned.text(people: Assigned.people, Self.sections)
        let first = try Assigned.assign(text), second = try Assigned.assign(text)
        #expect(first.rooms == second.rooms)
        #expect(first.placements == second.placements)
    }

    @Test func staffCountedButNotListedIsAWarning() throws {
        let text = Assigned.text(people: Assigned.people + ["{id: S1, name: 陈会务, unit: 县委, role: staff, gender: 男}"], Self.sections)
            .replacingOccurrences(of: "end: 2026-12-15 11:30}", with: "end: 2026-12-15 11:30, staff: 4}")
        let logistics = try Assigned.assign(text)
        let warning = try #require(logistics.warnings.first)
        #expect(logistics.warnings.count == 1)
        #expect(warning.code == LogisticsCodes.unlistedStaff && warning.severity == .warning)
        #expect(warning.message.contains("meeting.staff 另计工作人员 4 名") && warning.message.contains("共 5 名"), "\(warning.message)")
        #expect(warning.location.line == 2)
        // The listed staff member is lodged and fed; the four are not.
        #expect(logistics.personNights == 9)
        // Without rooms or meals there is nothing they miss.
        let plain = Assigned.text(people: Assigned.people, "group_assign: {groups: 2}")
            .replacingOccurrences(of: "end: 2026-12-15 11:30}", with: "end: 2026-12-15 11:30, staff: 4}")
        #expect(try Assigned.assign(plain).warnings.isEmpty)
    }
}
