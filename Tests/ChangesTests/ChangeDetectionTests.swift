import Changes
import Foundation
import Logistics
import MeetingPlan
import Seating
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ChangeDetectionTests {
    @Test func identicalVersionsHaveNoChanges() throws {
        let text = PlanPair.plan(people: PlanPair.leaders + ["roster.csv"], rostrum: ["P1", "P2", "P3", "P4"])
        let pair = try PlanPair(old: text, new: text, files: ["roster.csv": PlanPair.roster])
        let changes = ChangeDetection.changes(old: pair.old, oldSeats: pair.oldSeats, new: pair.new, newSeats: pair.newSeats)
        #expect(changes.isEmpty)
        #expect(ChangesText.render(changes).contains("没有差别"))
    }

    /// A lodging rule changed and nothing else: the rooms that moved are changes of the one value
    /// (never 没有差别), each person's old and new room named; the same rule twice is no change.
    @Test func roomChangesArePartOfTheChangeValue() throws {
        func plan(singleFrom: String) -> String {
            """
            version: 1
            meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-04 12:00}
            units: [县委, 县政府]
            people:
              - {id: P1, name: 张建国, unit: 县委, rank: 县处级正职, gender: 男}
              - {id: P2, name: 王海波, unit: 县委, rank: 县处级副职, gender: 男}
              - {id: P3, name: 赵明, unit: 县委, rank: 乡科级正职, gender: 男}
            lodging:
              hotels: [{id: h1, name: 县宾馆, rooms: {single: 2, double: 2}}]
              single_from: \(singleFrom)
            """
        }
        func assigned(_ plan: Plan, after previous: (Plan, LogisticsPlan)? = nil) throws -> LogisticsPlan {
            try LogisticsEngine.assign(plan, precedence: Precedence(units: plan.units, tiebreak: plan.tiebreak, collation: TestEnvironment.names),
                                       previous: previous)
        }
        let pair = try PlanPair(old: plan(singleFrom: "县处级正职"), new: plan(singleFrom: "县处级副职"))
        let old = try assigned(pair.old), new = try assigned(pair.new, after: (pair.old, old))
        let changes = ChangeDetection.changes(old: pair.old, oldSeats: pair.oldSeats, new: pair.new, newSeats: pair.newSeats, logistics: (old, new))
        #expect(!changes.isEmpty)
        #expect(changes.added.isEmpty && changes.removed.isEmpty && changes.seats.isEmpty)
        let moved = try #require(changes.logistics.first { $0.person.id == "P2" })
        #expect(moved.kind == .room && moved.person.name == "王海波")
        #expect(moved.from?.hasPrefix("县宾馆 标间") == true && moved.to?.hasPrefix("县宾馆 单间") == true, "\(moved)")
        #expect(!changes.logistics.contains { $0.person.id == "P1" }, "张建国 keeps his single room")
        #expect(changes.changedSlipHolders.contains("P2") && !changes.changedSlipHolders.contains("P1"))
        let text = ChangesText.render(changes)
        #expect(!text.contains("没有差别"))
        #expect(text.contains("  王海波（县委）  住宿：\(moved.from!) → \(moved.to!)"), "\(text)")

        let same = try PlanPair(old: plan(singleFrom: "县处级正职"), new: plan(singleFrom: "县处级正职"))
        let before = try assigned(same.old), after = try assigned(same.new, after: (same.old, before))
        #expect(ChangeDetection.changes(old: same.old, oldSeats: same.oldSeats, new: same.new, newSeats: same.newSeats, logistics: (before, after)).isEmpty)
    }

    @Test func aRosterRowInsertedAboveOthersMovesNobodyElsesIdentity() throws {
        let old = PlanPair.plan(people: PlanPair.leaders + ["roster.csv"], rostrum: ["P1", "P2", "P3", "P4"])
        let new = PlanPair.plan(people: PlanPair.leaders + ["roster2.csv"], rostrum: ["P1", "P2", "P3", "P4"])
        // 何平 joins 城关镇 as line 2: every later row's generated id shifts by one.
        let inserted = "姓名,单位,职务\n何平,城关镇,科员\n刘志强,城关镇,镇长\n陈静,城关镇,副镇长\n孙丽,东关镇,镇长\n周磊,东关镇,副镇长\n"
        let pair = try PlanPair(old: old, new: new, files: ["roster.csv": PlanPair.roster, "roster2.csv": inserted])
        let changes = ChangeDetection.changes(old: pair.old, oldSeats: pair.oldSeats, new: pair.new, newSeats: pair.newSeats)
        #expect(changes.added.map(\.name) == ["何平"])
        #expect(changes.added.map(\.id) == ["R2"])
        #expect(changes.removed.isEmpty)
        #expect(changes.changed.isEmpty)
        #expect(changes.reprintCards.map(\.name) == ["何平"])
    }

    @Test func explicitIDsMatchEvenWhenTheNameChanges() throws {
        let old = PlanPair.plan(people: PlanPair.leaders + ["roster.csv"], rostrum: ["P1", "P2", "P3", "P4"])
        var leaders = PlanPair.leaders
        leaders[3] = "{id: P4, name: 赵晓明, unit: 县委, title: 县委常委、办公室主任, order: 4}"
        let new = PlanPair.plan(people: leaders + ["roster.csv"], rostrum: ["P1", "P2", "P3", "P4"])
        let pair = try PlanPair(old: old, new: new, files: ["roster.csv": PlanPair.roster])
        let changes = ChangeDetection.changes(old: pair.old, oldSeats: pair.oldSeats, new: pair.new, newSeats: pair.newSeats)
        #expect(changes.added.isEmpty && changes.removed.isEmpty)
        let change = try #require(changes.changed.first)
        #expect(change.person.id == "P4")
        #expect(change.fields.map(\.key) == ["name", "title"])
        #expect(change.fields[0] == FieldChange(key: "name", old: .text("赵明"), new: .text("赵晓明")))
        // A new name is a new card; nobody moved.
        #expect(changes.reprintCards.map(\.id) == ["P4"])
        #expect(changes.seats.isEmpty)
    }

    @Test func twoDifferentExplicitIDsAreTwoPeopleWhateverTheirNames() {
        let old = [Person(id: "P3", name: "王海波", unit: "县委")]
        let new = [Person(id: "P9", name: "王海波", unit: "县委")]
        let matching = PersonMatching(old: old, new: new)
        #expect(matching.newID.isEmpty)
        let generated = [Person(id: "R7", name: "王海波", unit: "县委", generatedID: true)]
        #expect(PersonMatching(old: old, new: generated).newID == ["P3": "R7"])
    }

    /// Namesakes of one unit pair in order of appearance, an explicit id only with a generated
    /// one: checked against the plain definition (take the first remaining candidate that fits)
    /// on mixed rosters of a few names.
    @Test func namesakesPairInOrderOfAppearanceAsDefined() {
        var seed: UInt64 = 5
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        func roster(_ prefix: String, _ count: Int) -> [Person] {
            (0..<count).map { index in
                let generated = next(3) > 0
                return Person(id: generated ? "R\(index)" : "\(prefix)\(next(40))", name: ["王海波", "李强", "张明"][next(3)],
                              unit: ["县委", "县政府"][next(2)], generatedID: generated)
            }
        }
        for _ in 0..<30 {
            let old = roster("P", 60), new = roster("P", 60)
            var expected: [String: String] = [:]
            let explicitNew = Set(new.filter { !$0.generatedID }.map(\.id))
            for person in old where !person.generatedID && explicitNew.contains(person.id) { expected[person.id] = person.id }
            let taken = Set(expected.values)
            var candidates = new.filter { !taken.contains($0.id) }
            for person in old where expected[person.id] == nil {
                guard let index = candidates.firstIndex(where: { $0.name == person.name && $0.unit == person.unit && ($0.generatedID || person.generatedID) })
                else { continue }
                expected[person.id] = candidates.remove(at: index).id
            }
            #expect(PersonMatching(old: old, new: new).newID == expected)
        }
    }

    @Test func aRostrumWithdrawalReseatsTheRowByProtocolAndSaysSo() throws {
        let old = PlanPair.plan(people: PlanPair.leaders + ["roster.csv"], rostrum: ["P1", "P2", "P3", "P4"])
        let new = PlanPair.plan(people: PlanPair.leaders.filter { !$0.contains("P3") } + ["roster.csv"], rostrum: ["P1", "P2", "P4"])
        let pair = try PlanPair(old: old, new: new, files: ["roster.csv": PlanPair.roster])
        let changes = ChangeDetection.changes(old: pair.old, oldSeats: pair.oldSeats, new: pair.new, newSeats: pair.newSeats)
        #expect(changes.removed.map(\.id) == ["P3"])
        let rostrum = changes.seats.filter { $0.zone == "主席台" }
        #expect(rostrum.contains { $0.person.id == "P3" && $0.to == nil && $0.reason == .removed })
        let moved = rostrum.filter { $0.reason != .removed }
        #expect(!moved.isEmpty)
        #expect(moved.allSatisfy { $0.reason == .protocol && $0.from != nil && $0.to != nil })
        #expect(ChangesText.render(changes).contains("【主席台】（每次按礼宾次序重排）"))
    }

    @Test func meetingChangesAreTheKeysAsThePlanWroteThem() throws {
        let old = PlanPair.plan(people: PlanPair.leaders, rostrum: ["P1", "P2"],
                                extra: "agenda:\n  - {item: 县长讲话, by: P2, minutes: 30, speech: true}")
        let new = PlanPair.plan(start: "2026-12-03 14:30", people: PlanPair.leaders, rostrum: ["P1", "P2"],
                                extra: "agenda:\n  - {item: 县长讲话, by: P2, minutes: 30, speech: true}\n  - {item: 县委书记讲话, by: P1}")
            .replacingOccurrences(of: "县委大礼堂", with: "县委第一会议室")
        let pair = try PlanPair(old: old, new: new)
        let changes = ChangeDetection.changes(old: pair.old, oldSeats: pair.oldSeats, new: pair.new, newSeats: pair.newSeats)
        #expect(changes.meetingChanges.map(\.key) == ["start", "venue.name", "agenda"])
        #expect(changes.meetingChanges[0] == FieldChange(key: "start", old: .text("2026-12-03 09:00"), new: .text("2026-12-03 14:30")))
        #expect(changes.meetingChanges[2].new == .list(["{item: 县长讲话, by: P2, minutes: 30, speech: true}", "{item: 县委书记讲话, by: P1}"]))
        #expect(changes.announcesChange)
    }
}
