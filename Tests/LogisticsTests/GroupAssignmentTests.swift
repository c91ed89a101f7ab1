import Logistics
import MeetingPlan
import Testing

/// 分组讨论 (logistics.md): listed groups printed convener first, then deputy, then precedence;
/// `rest` takes the others; automatic groups keep units whole and spread the most senior people.
@Suite struct GroupAssignmentTests {
    @Test func listedMembersAreConvenerFirstThenDeputyThenPrecedence() throws {
        let logistics = try Assigned.assign(Assigned.text(people: Assigned.people, """
            groups:
              - {id: g1, name: 第一组, convener: P5, deputy: P4, members: {units: [县委, 县财政局]}}
              - {id: g2, name: 第二组, convener: P2, members: rest}
            """))
        #expect(logistics.groups.map(\.members) == [["P5", "P4", "P1", "P3", "P8"], ["P2", "P6", "P7"]]
                || logistics.groups.map(\.members) == [["P5", "P4", "P1", "P3", "P8"], ["P2", "P7", "P6"]])
        #expect(LogisticsLookup(logistics).group(of: "P8")?.name == "第一组")
    }

    @Test func aPersonInTwoGroupsAndAConvenerOutsideTheGroupAreErrors() throws {
        let errors = try Assigned.errors(Assigned.text(people: Assigned.people, """
            groups:
              - {id: g1, name: 第一组, convener: P1, members: [P1, P3, P4]}
              - {id: g2, name: 第二组, convener: P1, members: [P2, P4, P5, P6, P7, P8]}
            """))
        #expect(Set(errors.map(\.code.id)) == ["LOG101", "LOG102"], "\(errors)")
        #expect(errors.contains { $0.message == "赵明（P4） 已在分组“第一组”，不能再分到“第二组”" }, "\(errors)")
    }

    @Test func automaticGroupsKeepUnitsWholeAndSpreadTheMostSenior() throws {
        let units = ["县委", "县政府", "县财政局", "县教育局"]
        var people: [String] = []
        for (index, unit) in units.enumerated() {
            people.append("{id: L\(index), name: 领导\(index), unit: \(unit), rank: 县处级正职, order: \(index + 1), gender: 男}")
            for member in 0..<(index + 2) {
                people.append("{id: M\(index)\(member), name: 成员\(index)\(member), unit: \(unit), rank: 科员, gender: 男}")
            }
        }
        let logistics = try Assigned.assign(Assigned.text(people: people, "group_assign: {groups: 2, places: [一室, 二室]}"))
        #expect(logistics.groups.map(\.name) == ["第一组", "第二组"])
        #expect(logistics.groups.map(\.place) == ["一室", "二室"])
        let lookup = LogisticsLookup(logistics)
        for (index, _) in units.enumerated() {
            let group = lookup.group(of: "L\(index)")?.id
            #expect((0..<(index + 2)).allSatisfy { lookup.group(of: "M\(index)\($0)")?.id == group }, "unit \(index) split")
        }
        // The two most senior leaders head different groups, each the convener of their own.
        #expect(lookup.group(of: "L0")?.id != lookup.group(of: "L1")?.id)
        #expect(Set(logistics.groups.compactMap(\.convener)) == ["L0", "L1"])
        #expect(logistics.groups.allSatisfy { $0.members.first == $0.convener })
        let errors = try Assigned.errors(Assigned.text(people: people, "group_assign: {groups: 5}"))
        #expect(errors.map(\.code) == [LogisticsCodes.groupsShortage])
    }
}
