import Logistics
import MeetingPlan
import Testing

/// 就餐 and 乘车 (logistics.md): numbered tables kept together by group or unit, buffets counted;
/// vehicles filled in order, leaders in their own cars, a small car's front seat kept; shortages
/// with numbers.
@Suite struct TableAndCarAssignmentTests {
    static let groups = """
        groups:
          - {id: g1, name: 第一组, convener: P1, members: {units: [县委, 县财政局]}}
          - {id: g2, name: 第二组, convener: P2, members: rest}
        """

    @Test func tablesKeepAGroupTogetherSeniorGroupFirst() throws {
        let logistics = try Assigned.assign(Assigned.text(people: Assigned.people, Self.groups + """

            meals:
              - {id: lunch, date: 2026-12-14, meal: 午餐, style: table, table_size: 6, by: group}
              - {id: dinner, date: 2026-12-14, meal: 晚餐, style: buffet}
            """))
        let lunch = try #require(logistics.meals.first)
        // 第一组 (P1, P3, P4, P5, P8: five, by precedence) at table 1; 第二组 (P2, P6, P7: three)
        // fits a table but not the one place left at table 1, so it starts table 2.
        #expect(lunch.tables.count == 2)
        #expect(lunch.tables.first == ["P1", "P3", "P4", "P5", "P8"])
        #expect(lunch.tables.last?.first == "P2" && Set(lunch.tables.last ?? []) == ["P2", "P6", "P7"])
        #expect(lunch.count == 8)
        let dinner = try #require(logistics.meals.last)
        #expect(dinner.tables.isEmpty && dinner.count == 8)
        #expect(logistics.personMeals == 16)
        let lookup = LogisticsLookup(logistics)
        #expect(lookup.table(of: "P6", meal: "lunch") == 2)
        #expect(lookup.table(of: "P6", meal: "dinner") == nil)
    }

    @Test func onlyThosePresentThatDayEat() throws {
        var people = Assigned.people
        people[7] = "{id: P8, name: 吴静, unit: 县财政局, rank: 科员, gender: 女, leave: 2026-12-14 18:00}"
        let logistics = try Assigned.assign(Assigned.text(people: people, """
            meals:
              - {id: d2, date: 2026-12-15, meal: 早餐, style: buffet}
            """))
        #expect(logistics.meals.first?.count == 7)
    }

    @Test func tooFewTablesIsALocatedErrorWithTheNumbers() throws {
        let errors = try Assigned.errors(Assigned.text(people: Assigned.people, """
            meals:
              - {id: lunch, date: 2026-12-14, meal: 午餐, style: table, table_size: 3, tables: 2, by: unit}
            """))
        #expect(errors.map(\.code) == [LogisticsCodes.tableShortage])
        #expect(errors.first?.message == "2026-12-14 午餐就餐 8 人，每桌 3 人需 3 桌，只有 2 桌", "\(errors)")
    }

    static let transport = """
        transport:
          vehicles:
            - {id: v1, plate: 粤A·11111, seats: 7}
            - {id: v2, plate: 粤A·22222, seats: 7}
          trips:
            - {id: t1, time: 2026-12-14 08:00, from: 县宾馆, to: 会场, people: all, by: unit}
          own_car_from: 县处级正职
        """

    @Test func leadersRideAloneInTheirOwnCarsAndSmallCarsKeepTheFrontSeat() throws {
        let logistics = try Assigned.assign(Assigned.text(people: Assigned.people, Self.transport))
        let trip = try #require(logistics.trips.first)
        #expect(trip.ownCars == ["P1", "P2"])
        // Six passengers, five places in a 7-seat car (driver and front seat not counted): the
        // first car is filled in order, by unit (县委, 县财政局, then 县教育局 starts the next car).
        #expect(trip.vehicles.first?.passengers == ["P3", "P4", "P5", "P8"])
        #expect(Set(trip.vehicles.last?.passengers ?? []) == ["P6", "P7"] && trip.vehicles.count == 2)
        #expect(trip.vehicles.allSatisfy { !$0.passengers.contains("P1") && !$0.passengers.contains("P2") })
        let lookup = LogisticsLookup(logistics)
        #expect(lookup.vehicle(of: "P7", trip: "t1")?.plate == "粤A·22222")
        #expect(lookup.vehicle(of: "P1", trip: "t1") == nil)
    }

    @Test func tooFewCarPlacesIsALocatedErrorWithTheNumbers() throws {
        let one = Self.transport.replacingOccurrences(of: "    - {id: v2, plate: 粤A·22222, seats: 7}\n", with: "")
        let errors = try Assigned.errors(Assigned.text(people: Assigned.people, one))
        #expect(errors.map(\.code) == [LogisticsCodes.carShortage])
        #expect(errors.first?.message.contains("乘车 6 人，1 辆车只有 5 个座位") == true, "\(errors)")
    }

    @Test func stableKeepsEveryonesVehicle() throws {
        let before = try Assigned.plan(Assigned.text(people: Assigned.people, Self.transport))
        let old = try Assigned.assign(before)
        // The leaders' cars are given up (no own_car_from): they now ride and take the free places.
        let changed = Self.transport.replacingOccurrences(of: "  own_car_from: 县处级正职", with: "  stable: true")
        let stable = try Assigned.assign(try Assigned.plan(Assigned.text(people: Assigned.people, changed)), after: (before, old))
        let was = LogisticsLookup(old), now = LogisticsLookup(stable)
        for id in ["P3", "P4", "P5", "P6", "P7", "P8"] {
            #expect(now.vehicle(of: id, trip: "t1")?.id == was.vehicle(of: id, trip: "t1")?.id, "\(id) moved")
        }
        #expect(now.vehicle(of: "P1", trip: "t1")?.id == "v1" && now.vehicle(of: "P2", trip: "t1")?.id == "v2")
    }
}
