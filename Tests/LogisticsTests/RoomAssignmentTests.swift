import Logistics
import MeetingPlan
import Testing

/// 住宿 (logistics.md): singles by rank from `single_from`, doubles by gender and unit, nights from
/// the schedule and each person's `arrive`/`leave`, pins and `stable` first, shortages with numbers.
@Suite struct RoomAssignmentTests {
    static let lodging = """
        lodging:
          hotels:
            - {id: h1, name: 县宾馆, rooms: {single: 2, double: 2}}
            - {id: h2, name: 迎宾楼, rooms: {single: 1, double: 2}}
          single_from: 县处级正职
          nights: [2026-12-14]
        """

    @Test func singlesGoByRankFromTheFirstHotelInPrecedenceOrder() throws {
        let logistics = try Assigned.assign(Assigned.text(people: Assigned.people, Self.lodging))
        let singles = logistics.rooms.filter { $0.type == .single }
        #expect(singles.map(\.occupants) == [["P1"], ["P2"]])
        #expect(singles.map(\.key) == ["h1/单间1", "h1/单间2"])
        // 县处级副职 is below single_from: P3 shares.
        #expect(logistics.roommates(of: "P3").count == 2)
    }

    @Test func doublesPairTheSameGenderAndUnitFirstThenByPrecedence() throws {
        let logistics = try Assigned.assign(Assigned.text(people: Assigned.people, Self.lodging))
        // 县财政局's two men share; the men left over (县委's P3, 县教育局's P6) pair by precedence;
        // the two women of different units share.
        #expect(Set(logistics.roommates(of: "P4")) == ["P4", "P5"])
        #expect(Set(logistics.roommates(of: "P3")) == ["P3", "P6"])
        #expect(Set(logistics.roommates(of: "P7")) == ["P7", "P8"])
        for room in logistics.rooms where room.type == .double {
            #expect(room.occupants.count == 2)
        }
        // Pairs take rooms in the order of their senior member: P3 (县处级副职) first.
        let doubles = logistics.rooms.filter { $0.type == .double }
        #expect(doubles.first?.occupants.first == "P3")
        #expect(logistics.personNights == 8)
    }

    @Test func theOddPersonOutGetsAFreeSingle() throws {
        let people = Array(Assigned.people.prefix(4)) + [Assigned.people[5]]
        // Men sharing: P3 (县委), P4 (县财政局), P6 (县教育局): one pair by precedence, one left over.
        let logistics = try Assigned.assign(Assigned.text(people: people, Self.lodging))
        #expect(Set(logistics.roommates(of: "P3")) == ["P3", "P4"])
        let alone = try #require(logistics.rooms.first { $0.occupants == ["P6"] })
        #expect(alone.type == .single && alone.hotelID == "h2")
        #expect(logistics.placements.contains { $0.person == "P6" && $0.reason.contains("余一人，安排空余单间") })
    }

    @Test func nightsFollowTheScheduleAndEachPersonsStay() throws {
        let people = [
            "{id: P1, name: 张建国, unit: 县委, rank: 县处级正职, gender: 男}",
            "{id: P2, name: 李文华, unit: 县政府, rank: 县处级正职, gender: 女, arrive: 2026-12-14 08:00}",
            "{id: P3, name: 王海波, unit: 县委, rank: 县处级正职, gender: 男, leave: 2026-12-14 18:00}",
            "{id: P4, name: 赵明, unit: 县财政局, rank: 县处级正职, gender: 男, lodging: false}",
            "{id: P5, name: 钱红, unit: 县教育局, rank: 县处级正职, gender: 男}",
        ]
        let text = Assigned.text(people: people, """
            schedule:
              - {date: 2026-12-13, start: "14:00", end: "20:00", item: 报到}
            lodging:
              hotels: [{id: h1, name: 县宾馆, rooms: {single: 5}}]
              single_from: 县处级正职
              exclude: {units: [县教育局]}
            """)
        let logistics = try Assigned.assign(text)
        let nights = Dictionary(uniqueKeysWithValues: logistics.rooms.flatMap { $0.nights.map { ($0.key, $0.value.map(\.description)) } })
        // Every night from the first schedule day (报到 on the 13th) to the meeting's last: the 13th and 14th.
        #expect(nights["P1"] == ["2026-12-13", "2026-12-14"])
        #expect(nights["P2"] == ["2026-12-14"])
        // Leaving on the 14th: only the night before; lodging: false and excluded units are not lodged.
        #expect(nights["P3"] == ["2026-12-13"])
        #expect(nights["P4"] == nil && nights["P5"] == nil)
        #expect(logistics.personNights == 4)
    }

    @Test func tooFewSinglesIsALocatedErrorWithTheNumbers() throws {
        let text = Assigned.text(people: Assigned.people, Self.lodging.replacingOccurrences(of: "single_from: 县处级正职", with: "single_from: 乡科级正职"))
        let errors = try Assigned.errors(text)
        let shortage = try #require(errors.first { $0.code == LogisticsCodes.roomShortage })
        // P1, P2, P3, P4 want singles; the two hotels have three.
        #expect(shortage.message.hasPrefix("需单间 4 间，可用单间 3 间（未安排：赵明（P4）"), "\(shortage.message)")
        #expect(shortage.location.line != nil, "located at lodging.hotels")
    }

    @Test func doublesNeedAGender() throws {
        var people = Assigned.people
        people[4] = "{id: P5, name: 钱红, unit: 县财政局, rank: 乡科级副职}"
        let errors = try Assigned.errors(Assigned.text(people: people, Self.lodging))
        #expect(errors.map(\.code) == [LogisticsCodes.missingGender])
        #expect(errors.first?.message.contains("钱红（P5）") == true)
    }

    @Test func aRoomPinComesFirstAndAFullPinnedRoomIsAnError() throws {
        let listed = """
            lodging:
              hotels:
                - {id: h1, name: 县宾馆, rooms: {single: 2, double: 2}}
                - {id: h2, name: 迎宾楼, rooms: [{number: "201", type: single}, {number: "202", type: double}, {number: "203", type: double}]}
              single_from: 县处级正职
            """
        var people = Assigned.people
        people[7] = "{id: P8, name: 吴静, unit: 县财政局, rank: 科员, gender: 女, room: \"201\"}"
        let logistics = try Assigned.assign(Assigned.text(people: people, listed))
        #expect(logistics.rooms.first { $0.label == "201" }?.occupants == ["P8"])
        #expect(logistics.placements.contains { $0.person == "P8" && $0.reason == "指定房间（room: \"201\"）" })
        // P7 left without a woman to share with: a free single (h1's are P1's and P2's), else a double alone.
        #expect(logistics.roommates(of: "P7") == ["P7"])
        people[6] = "{id: P7, name: 周平, unit: 县教育局, rank: 乡科级副职, gender: 女, room: \"201\"}"
        let errors = try Assigned.errors(Assigned.text(people: people, listed))
        #expect(errors.contains { $0.code == LogisticsCodes.roomPin && $0.message.contains("迎宾楼 201（单间）已住满") }, "\(errors)")
    }

    /// `stable: true`: a changed rule (single_from lowered to 县处级副职) moves nobody; without it
    /// 王海波 moves to a single and his roommate is re-paired.
    @Test func stableKeepsEveryRoomWhenARuleChanges() throws {
        let before = try Assigned.plan(Assigned.text(people: Assigned.people, Self.lodging))
        let old = try Assigned.assign(before)
        let lowered = Self.lodging.replacingOccurrences(of: "single_from: 县处级正职", with: "single_from: 县处级副职")
        let fresh = try Assigned.assign(try Assigned.plan(Assigned.text(people: Assigned.people, lowered)), after: (before, old))
        #expect(fresh.roommates(of: "P3") == ["P3"])
        #expect(fresh.rooms.first { $0.occupants == ["P3"] }?.type == .single)
        let stable = try Assigned.assign(try Assigned.plan(Assigned.text(people: Assigned.people, lowered + "\n  stable: true")), after: (before, old))
        for room in old.rooms {
            #expect(stable.rooms.first { $0.key == room.key }?.occupants == room.occupants, "\(room.key) changed")
        }
        #expect(stable.placements.contains { $0.person == "P3" && $0.reason == "stable: true，保留上一版本的房间" })
    }
}
