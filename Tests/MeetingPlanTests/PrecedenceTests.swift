import MeetingPlan
import Testing

@Suite struct PrecedenceTests {
    /// Orders names by length: enough to see that name tie-breakers are consulted.
    struct ByLength: NameCollation {
        func sortKey(for name: String, by order: TieBreaker) -> [UInt32] { [UInt32(name.count)] }
    }

    func person(_ id: String, rank: String? = nil, order: Int? = nil, unit: String? = nil, since: String? = nil,
                appearance: Int) -> Person {
        let table = RankTable.standard
        return Person(id: id, name: id, unit: unit, rank: rank.flatMap(table.canonicalName(of:)),
                      rankLevel: rank.flatMap(table.level(of:)), order: order, since: since.flatMap(LocalDate.init(parsing:)),
                      appearance: appearance)
    }

    @Test func orderBeatsRankAndRankBeatsTieBreakers() {
        let people = [
            person("科员", rank: "科员", appearance: 0),
            person("副县", rank: "副县级", appearance: 1),
            person("第二", rank: "科员", order: 2, appearance: 2),
            person("正县", rank: "正处", appearance: 3),
            person("第一", order: 1, appearance: 4),
            person("无职级", appearance: 5),
        ]
        let sorted = Precedence(units: [], tiebreak: TieBreaker.standard, collation: ByLength()).sorted(people).map(\.id)
        #expect(sorted == ["第一", "第二", "正县", "副县", "科员", "无职级"])
    }

    @Test func unitOrderThenSinceBreakTiesOfEqualRank() {
        let units = ["县委", "县政府"]
        let people = [
            person("A", rank: "副处", unit: "县政府", since: "2019-03", appearance: 0),
            person("B", rank: "副处", unit: "县政府", since: "2018-07", appearance: 1),
            person("C", rank: "副处", unit: "县委", since: "2022-01", appearance: 2),
            person("D", rank: "副处", unit: "未列出单位", appearance: 3),
        ]
        #expect(Precedence(units: units, tiebreak: TieBreaker.standard, collation: ByLength()).sorted(people).map(\.id) == ["C", "B", "A", "D"])
        // TC-26: same rank, no units: earlier 任职时间 first.
        #expect(Precedence(units: [], tiebreak: [.since], collation: ByLength()).sorted(Array(people[0...1])).map(\.id) == ["B", "A"])
    }

    @Test func rosterTieBreakKeepsTheOrderOfAppearance() {
        let people = (0..<5).map { person("P\($0)", rank: "科员", unit: "县委", appearance: 4 - $0) }
        #expect(Precedence(units: [], tiebreak: [.roster], collation: ByLength()).sorted(people).map(\.id) == ["P4", "P3", "P2", "P1", "P0"])
    }

    @Test func nameCollationIsConsultedForNameTieBreakers() {
        let people = [person("欧阳晓东", rank: "科员", appearance: 0), person("王强", rank: "科员", appearance: 1)]
        let sorted = Precedence(units: [], tiebreak: [.strokes], collation: ByLength()).sorted(people)
        #expect(sorted.map(\.id) == ["王强", "欧阳晓东"])
    }

    /// Name keys that are prefixes of each other, empty, or at the ends of the value range.
    struct AwkwardKeys: NameCollation {
        static let keys: [String: [UInt32]] = ["a": [], "b": [1], "c": [1, 0], "d": [1, .max], "e": [.max], "f": [0], "g": [0, 0], "h": [2]]
        func sortKey(for name: String, by order: TieBreaker) -> [UInt32] { Self.keys[name] ?? [] }
    }

    /// The sort compares flattened keys (one buffer for all): it must order exactly as `PrecedenceKey.<`.
    @Test func sortedPositionsOrderAsTheKeysCompare() {
        var seed: UInt64 = 17
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let names = Array(AwkwardKeys.keys.keys).sorted()
        let orders: [Int?] = [nil, 0, 1, 2, Int(UInt32.max), Int.max]
        let people = (0..<400).map { index in
            person(names[next(names.count)], order: orders[next(orders.count)], since: ["2019-03", "2020-01", nil][next(3)],
                   appearance: next(40))
        }
        for tiebreak: [TieBreaker] in [[.strokes], [.since, .pinyin], [.unit, .strokes, .surnameStrokes], []] {
            let precedence = Precedence(units: [], tiebreak: tiebreak, collation: AwkwardKeys())
            let keys = people.map(precedence.key(for:))
            let expected = people.indices.sorted { keys[$0] < keys[$1] }
            #expect(precedence.sortedPositions(people) == expected)
            #expect(precedence.sorted(people).map(\.appearance) == expected.map { people[$0].appearance })
        }
    }

    /// Long name keys from a few values next to the byte bound (254, 255, 256) and a few large
    /// ones: keys that agree in their first 32 values, or whose packed heads saturate at different
    /// places, must still sort as `PrecedenceKey.<` says, equal keys keeping their order.
    struct LongKeys: NameCollation {
        func sortKey(for name: String, by order: TieBreaker) -> [UInt32] {
            name.split(separator: ".").map { UInt32($0)! }
        }
    }

    @Test func packedHeadsSortAsTheWholeKeys() {
        var seed: UInt64 = 29
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let values: [UInt32] = [0, 1, 2, 253, 254, 255, 256, 40_000, .max]
        let shared = (0..<30).map { _ in values[next(values.count)] }
        let people = (0..<600).map { index -> Person in
            // Half the names share a 30-value start, so their heads tie and the whole keys decide.
            let start = next(2) == 0 ? shared.prefix(next(31)) : []
            let name = (start + (0..<next(40)).map { _ in values[next(values.count)] }).map(String.init).joined(separator: ".")
            return Person(id: "P\(index)", name: name, unit: ["县委", "县政府", nil][next(3)], rankLevel: [nil, 0, 3, 254, 255][next(5)],
                          order: [nil, 1, 253, 254, 255, 100_000][next(6)], appearance: next(50))
        }
        for tiebreak: [TieBreaker] in [[.strokes], [.unit, .pinyin], [.since, .strokes, .roster], []] {
            let precedence = Precedence(units: ["县政府", "县委"], tiebreak: tiebreak, collation: LongKeys())
            let keys = people.map(precedence.key(for:))
            #expect(precedence.sortedPositions(people) == people.indices.sorted { keys[$0] < keys[$1] })
        }
    }

    /// The seating engine ranks a plan once and picks each zone's people from that ranking: for
    /// every selector this must give the zone's people as sorting them gives them, including
    /// people whose keys tie (equal appearance), who keep their order in the plan.
    @Test func aZonePickedFromThePlansRankingIsItsSortedSelection() {
        var seed: UInt64 = 41
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let units = ["县委", "县政府", "县人大"]
        let people = (0..<300).map { index in
            Person(id: "P\(index)", name: ["王", "李", "欧阳"][next(3)], unit: (units + [nil])[next(4)], rankLevel: [nil, 1, 2][next(3)],
                   role: [.attendee, .observer, .staff][next(3)], appearance: next(30))
        }
        let meeting = Meeting(id: "m", title: "会", start: LocalDateTime(parsing: "2026-12-03 09:00")!,
                              end: LocalDateTime(parsing: "2026-12-03 10:00")!)
        let plan = Plan(file: "p.yaml", meeting: meeting, units: units, people: people)
        let nowhere = SourceLocation(file: "p.yaml")
        let selectors: [PeopleSelector?] = [nil, .all, .rest, .role(.observer), .unit("县政府", location: nowhere),
                                            .ids((0..<40).map { _ in (id: "P\(next(300))", location: nowhere) })]
        let seated = Set((0..<50).map { "P\($0 * 3)" })
        for selector in selectors {
            for hosts in [[], [(id: "P7", location: nowhere), (id: "P8", location: nowhere)]] {
                let zone = ZoneSpec(name: "台下", kind: .hall, people: selector, hosts: hosts)
                let precedence = Precedence(units: units, tiebreak: TieBreaker.standard, collation: ByLength())
                let picked = plan.selection(for: zone, excluding: seated, ranking: precedence.sortedPositions(people))
                let written = plan.selection(for: zone, excluding: seated)
                #expect(picked.others.map(\.id) == precedence.sorted(written.others).map(\.id))
                #expect(picked.hosts.map(\.id) == written.hosts.map(\.id))
            }
        }
    }

    @Test func rankAliasesResolveToTheirRank() {
        #expect(RankTable.standard.canonicalName(of: "正处") == "县处级正职")
        #expect(RankTable.standard.level(of: "副科级") == RankTable.standard.level(of: "乡科级副职"))
        #expect(RankTable.standard.level(of: "正军级") == nil)
    }
}

@Suite struct DateTests {
    @Test func parsesWhatPlansContain() {
        #expect(LocalDateTime(parsing: "2026-12-03 09:00")?.description == "2026-12-03 09:00")
        #expect(LocalDateTime(parsing: "2026-12-03T09:00:00")?.description == "2026-12-03 09:00")
        #expect(LocalDate(parsing: "2019-03") == LocalDate(year: 2019, month: 3, day: 1))
        #expect(LocalDate(parsing: "2026-02-29") == nil)
        #expect(LocalDate(parsing: "2024-02-29") != nil)
        #expect(LocalTime(parsing: "24:00") == nil)
        #expect(LocalDate(year: 2026, month: 11, day: 20).chinese == "2026年11月20日")
    }

    @Test func dayNumbersRoundTrip() {
        for day in stride(from: -1000, through: 40000, by: 37) {
            #expect(LocalDate(dayNumber: day).dayNumber == day)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(LocalDate(year: 2026, month: 12, day: 3).weekday == 4)
    }
}
