import MeetingPlan

/// Reads the logistics sections (`groups`, `group_assign`, `lodging`, `meals`, `transport`,
/// `registration`, `staff_contacts`, `handbook`) and checks every id they name against the plan.
/// Whether the people fit the rooms, tables and cars is the assignment's question (Logistics).
struct LogisticsReading {
    let top: MapReader
    let people: [Person]
    let units: [String]
    let ranks: RankTable
    let zones: [ZoneSpec]
    let log: DiagnosticLog

    /// Longest lists of each section (limits.md): far beyond any real meeting, short enough that
    /// a hostile plan cannot make the assignment slow.
    static let maximumGroups = 500, maximumHotels = 100, maximumRooms = 20_000, maximumMeals = 200
    static let maximumVehicles = 2_000, maximumTrips = 500, maximumNotes = 200, maximumContacts = 200

    private var personIDs: Set<String> { Set(people.map(\.id)) }

    func read() -> LogisticsSpec {
        let ids = personIDs
        let groups = readGroups(ids: ids)
        var spec = LogisticsSpec(groups: groups, groupAssign: readGroupAssign(), lodging: readLodging(), meals: readMeals(),
                                 transport: readTransport(ids: ids), registration: readRegistration(),
                                 staffContacts: readContacts(), handbookNotes: readNotes(), marks: top.marksOfTop)
        if !groups.isEmpty, let assign = spec.groupAssign {
            log.error(.logisticsConflict, "groups 与 group_assign 只能用一个：分组已逐一列出，不能再自动分组", at: assign.marks.own)
            spec.groupAssign = nil
        }
        return spec
    }

    // MARK: - Shared readers

    private func limitedList(_ key: String, in map: MapReader, maximum: Int) -> [Node]? {
        guard let items = map.list(key) else { return nil }
        guard items.count <= maximum else {
            log.error(.logisticsListTooLong, "“\(map.childPath(key))”有 \(items.count) 项，超过上限 \(maximum)", at: map.value(key)!.location(path: map.childPath(key)))
            return nil
        }
        return items
    }

    /// Ids of a list, each unique and a safe name; duplicates are reported.
    private func checkUniqueIDs(_ values: [(String, SourceLocation)], what: String) {
        var seen = Set<String>()
        for (id, location) in values where !seen.insert(id).inserted {
            log.error(.duplicateValue, "\(what)编号“\(quoted: id)”重复出现", at: location)
        }
    }

    private func checkPerson(_ id: String, at location: SourceLocation, ids: Set<String>) {
        guard !ids.contains(id) else { return }
        let hint = Suggestion.nearest(to: id, in: ids.sorted()).map { "，是否为“\($0)”？" } ?? ""
        log.error(.unknownPerson, "人员“\(quoted: id)”不存在\(hint)", at: location)
    }

    private func checkUnit(_ unit: String, at location: SourceLocation) {
        let known = Set(units).union(people.compactMap(\.unit))
        guard !known.contains(unit) else { return }
        let hint = Suggestion.nearest(to: unit, in: known.sorted()).map { "，是否为“\($0)”？" } ?? ""
        log.error(.unknownUnit, "单位“\(quoted: unit)”不存在\(hint)", at: location)
    }

    /// `[P1, P2]`, `{units: […]}`, `{roles: […]}`, and the words `rest` and `all` where allowed.
    private func peopleChoice(_ node: Node, path: String, words: [String], ids: Set<String>) -> PeopleChoice? {
        if let word = node.scalar {
            switch word.trimmingSpaces {
            case "rest" where words.contains("rest"): return .rest
            case "all" where words.contains("all"): return .all
            default:
                log.error(.notInSet, "“\(path)”的值“\(quoted: word)”无效，应为人员编号列表、{units: […]}、{roles: […]}或 \(words.joined(separator: " | "))",
                          at: node.location(path: path))
                return nil
            }
        }
        if let items = node.sequence {
            var chosen: [String] = []
            for (index, item) in items.enumerated() {
                guard let id = ValueReader.string(item, path: "\(path)[\(index)]", log: log, required: true) else { continue }
                checkPerson(id, at: item.location(path: "\(path)[\(index)]"), ids: ids)
                chosen.append(id)
            }
            return .ids(chosen)
        }
        guard let map = MapReader(node, path: path, known: ["units", "roles"], log: log) else { return nil }
        if let units = map.strings("units") {
            for (index, unit) in units.enumerated() {
                checkUnit(unit, at: map.value("units")!.sequence![index].location(path: "\(path).units[\(index)]"))
            }
            return .units(units)
        }
        if let roles = map.choices("roles", PersonRole.self) { return .roles(roles) }
        log.error(.missingKey, "“\(path)”须有 units 或 roles", at: node.location(path: path))
        return nil
    }

    private func rankLevel(_ map: MapReader, _ key: String) -> (String?, Int?) {
        guard let name = map.string(key) else { return (nil, nil) }
        guard let level = ranks.level(of: name) else {
            let hint = Suggestion.nearest(to: name, in: ranks.allNames).map { "，是否为“\($0)”？" } ?? ""
            log.error(.unknownRank, "职级“\(quoted: name)”不在职级表中\(hint)", at: map.value(key)!.location(path: map.childPath(key)))
            return (nil, nil)
        }
        return (ranks.canonicalName(of: name), level)
    }

    // MARK: - Groups

    private func readGroups(ids: Set<String>) -> [GroupSpec] {
        guard let items = limitedList("groups", in: top, maximum: Self.maximumGroups) else { return [] }
        let zoneNames = zones.map(\.name)
        var restAt: SourceLocation?
        let groups: [GroupSpec] = items.enumerated().compactMap { index, item in
            let path = "groups[\(index)]"
            guard let map = MapReader(item, path: path, known: PlanKeys.group.names, log: log) else { return nil }
            let id = map.string("id", required: true), name = map.string("name", required: true)
            for key in ["convener", "deputy", "liaison"] {
                if let person = map.string(key) { checkPerson(person, at: map.value(key)!.location(path: map.childPath(key)), ids: ids) }
            }
            if map.value("convener") == nil {
                log.error(.groupWithoutConvener, "分组“\(quoted: name ?? id ?? path)”没有召集人（convener）", at: item.location(path: path))
            }
            let members = map.value("members").flatMap { peopleChoice($0, path: map.childPath("members"), words: ["rest"], ids: ids) }
            if map.value("members") == nil { map.reportMissing("members") }
            if members == .rest {
                let here = map.value("members")!.location(path: map.childPath("members"))
                if let first = restAt {
                    log.error(.logisticsConflict, "只能有一个分组的 members 为 rest（已在 \(first)）", at: here)
                } else {
                    restAt = here
                }
            }
            let zone = map.string("zone")
            if let zone, !zoneNames.contains(zone) {
                let hint = Suggestion.nearest(to: zone, in: zoneNames).map { "，是否为“\($0)”？" } ?? ""
                log.error(.notInSet, "分组的座次区“\(quoted: zone)”不存在\(hint)", at: map.value("zone")!.location(path: map.childPath("zone")))
            } else if let zone, let kind = zones.first(where: { $0.name == zone })?.kind, kind != .talks && kind != .hall {
                log.error(.notInSet, "分组的座次区“\(quoted: zone)”是\(kind.rawValue)，应为 talks 或 hall", at: map.value("zone")!.location(path: map.childPath("zone")))
            }
            guard let id, let name, let members else { return nil }
            return GroupSpec(id: id, name: name, convener: map.string("convener"), deputy: map.string("deputy"),
                             liaison: map.string("liaison"), place: map.string("place"), members: members, zone: zone,
                             marks: Marks(item, path: path))
        }
        checkUniqueIDs(groups.map { ($0.id, $0.marks["id"]) }, what: "分组")
        return groups
    }

    private func readGroupAssign() -> GroupAssign? {
        guard let map = top.map("group_assign", known: PlanKeys.groupAssign.names) else { return nil }
        guard let count = map.int("groups", in: 1...Self.maximumGroups, required: true) else { return nil }
        let places = map.strings("places") ?? []
        return GroupAssign(count: count, by: map.choice("by", GroupAssign.By.self) ?? .unit,
                           balance: map.choice("balance", GroupAssign.Balance.self) ?? .rank, places: places,
                           stable: map.bool("stable") ?? false, marks: Marks(map.node, path: map.path))
    }

    // MARK: - Lodging

    private func readLodging() -> LodgingSpec? {
        guard let map = top.map("lodging", known: PlanKeys.lodging.names) else { return nil }
        let items = limitedList("hotels", in: map, maximum: Self.maximumHotels) ?? []
        if map.value("hotels") == nil { map.reportMissing("hotels") }
        var roomTotal = 0
        let hotels: [Hotel] = items.enumerated().compactMap { index, item in
            let path = "lodging.hotels[\(index)]"
            guard let hotel = MapReader(item, path: path, known: PlanKeys.hotel.names, log: log) else { return nil }
            let id = hotel.string("id", required: true), name = hotel.string("name", required: true)
            var rooms: [HotelRoom] = []
            if let counts = hotel.value("rooms"), counts.mapping != nil {
                guard let byType = MapReader(counts, path: hotel.childPath("rooms"), known: RoomType.allCases.map(\.rawValue), log: log) else { return nil }
                for type in RoomType.allCases {
                    let count = byType.int(type.rawValue, in: 0...Self.maximumRooms) ?? 0
                    rooms += Array(repeating: HotelRoom(number: nil, type: type), count: count)
                }
            } else if let listed = limitedList("rooms", in: hotel, maximum: Self.maximumRooms) {
                var numbers: [(String, SourceLocation)] = []
                for (roomIndex, roomNode) in listed.enumerated() {
                    guard let room = MapReader(roomNode, path: "\(path).rooms[\(roomIndex)]", known: PlanKeys.room.names, log: log),
                          let number = room.string("number", required: true),
                          let type = room.choice("type", RoomType.self, required: true) else { continue }
                    numbers.append((number, roomNode.location(path: room.path)))
                    rooms.append(HotelRoom(number: number, type: type))
                }
                checkUniqueIDs(numbers, what: "房间")
            } else {
                hotel.reportMissing("rooms")
            }
            roomTotal += rooms.count
            guard let id, let name else { return nil }
            return Hotel(id: id, name: name, address: hotel.string("address"), phone: hotel.string("phone"), rooms: rooms,
                         marks: Marks(item, path: path))
        }
        if roomTotal > Self.maximumRooms {
            log.error(.logisticsListTooLong, "各宾馆房间共 \(roomTotal) 间，超过上限 \(Self.maximumRooms)", at: map.value("hotels")!.location(path: "lodging.hotels"))
        }
        checkUniqueIDs(hotels.map { ($0.id, $0.marks["id"]) }, what: "宾馆")
        let (singleFrom, level) = rankLevel(map, "single_from")
        var nights: [LocalDate]?
        if let list = map.value("nights") {
            nights = ValueReader.list(list, path: "lodging.nights", log: log)?.enumerated().compactMap { index, node in
                ValueReader.date(node, path: "lodging.nights[\(index)]", log: log)
            }
            if (nights?.count ?? 0) > 60 {
                log.error(.logisticsListTooLong, "“lodging.nights”有 \(nights!.count) 晚，超过上限 60", at: list.location(path: "lodging.nights"))
                nights = nil
            }
        }
        var excluded: [String] = []
        if let exclude = map.map("exclude", known: ["units"]) {
            excluded = exclude.strings("units") ?? []
            for (index, unit) in excluded.enumerated() {
                checkUnit(unit, at: exclude.value("units")!.sequence![index].location(path: "lodging.exclude.units[\(index)]"))
            }
        }
        return LodgingSpec(hotels: hotels, singleFromLevel: level, singleFrom: singleFrom, nights: nights, excludeUnits: excluded,
                           stable: map.bool("stable") ?? false, marks: Marks(map.node, path: map.path))
    }

    // MARK: - Meals

    private func readMeals() -> [MealSpec] {
        guard let items = limitedList("meals", in: top, maximum: Self.maximumMeals) else { return [] }
        let meals: [MealSpec] = items.enumerated().compactMap { index, item in
            let path = "meals[\(index)]"
            guard let map = MapReader(item, path: path, known: PlanKeys.meal.names, log: log) else { return nil }
            let id = map.string("id", required: true), date = map.date("date", required: true), meal = map.string("meal", required: true)
            let time = map.value("time").flatMap { ValueReader.time($0, path: map.childPath("time"), log: log) }
            let style = map.choice("style", MealSpec.Style.self) ?? .table
            let size = map.int("table_size", in: 2...30) ?? 10
            let tables = map.int("tables", in: 1...Self.maximumRooms)
            let by = map.choice("by", MealSpec.By.self) ?? .unit
            guard let id, let date, let meal else { return nil }
            return MealSpec(id: id, date: date, meal: meal, time: time, place: map.string("place"), style: style, tableSize: size,
                            tables: tables, by: by, marks: Marks(item, path: path))
        }
        checkUniqueIDs(meals.map { ($0.id, $0.marks["id"]) }, what: "就餐")
        return meals
    }

    // MARK: - Transport

    private func readTransport(ids: Set<String>) -> TransportSpec? {
        guard let map = top.map("transport", known: PlanKeys.transport.names) else { return nil }
        let vehicles: [VehicleSpec] = (limitedList("vehicles", in: map, maximum: Self.maximumVehicles) ?? []).enumerated().compactMap { index, item in
            let path = "transport.vehicles[\(index)]"
            guard let vehicle = MapReader(item, path: path, known: PlanKeys.vehicle.names, log: log) else { return nil }
            let id = vehicle.string("id", required: true), seats = vehicle.int("seats", in: 2...100, required: true)
            guard let id, let seats else { return nil }
            return VehicleSpec(id: id, plate: vehicle.string("plate"), seats: seats, driver: vehicle.string("driver"),
                           phone: vehicle.string("phone"), marks: Marks(item, path: path))
        }
        if map.value("vehicles") == nil { map.reportMissing("vehicles") }
        checkUniqueIDs(vehicles.map { ($0.id, $0.marks["id"]) }, what: "车辆")
        let vehicleIDs = vehicles.map(\.id)
        let trips: [Trip] = (limitedList("trips", in: map, maximum: Self.maximumTrips) ?? []).enumerated().compactMap { index, item in
            let path = "transport.trips[\(index)]"
            guard let trip = MapReader(item, path: path, known: PlanKeys.trip.names, log: log) else { return nil }
            let id = trip.string("id", required: true), time = trip.dateTime("time", required: true)
            let people = trip.value("people").map { peopleChoice($0, path: trip.childPath("people"), words: ["all"], ids: ids) } ?? .all
            let used = trip.strings("vehicles")
            for (vehicleIndex, vehicle) in (used ?? []).enumerated() where !vehicleIDs.contains(vehicle) {
                let hint = Suggestion.nearest(to: vehicle, in: vehicleIDs).map { "，是否为“\($0)”？" } ?? ""
                log.error(.notInSet, "车辆“\(quoted: vehicle)”不存在\(hint)",
                          at: trip.value("vehicles")!.sequence![vehicleIndex].location(path: "\(path).vehicles[\(vehicleIndex)]"))
            }
            guard let id, let time, let people else { return nil }
            return Trip(id: id, time: time, from: trip.string("from"), to: trip.string("to"), people: people,
                        by: trip.choice("by", MealSpec.By.self) ?? .unit, vehicles: used, marks: Marks(item, path: path))
        }
        checkUniqueIDs(trips.map { ($0.id, $0.marks["id"]) }, what: "行程")
        let (ownCarFrom, level) = rankLevel(map, "own_car_from")
        return TransportSpec(vehicles: vehicles, trips: trips, ownCarFromLevel: level, ownCarFrom: ownCarFrom,
                             stable: map.bool("stable") ?? false, marks: Marks(map.node, path: map.path))
    }

    // MARK: - 报到, staff, handbook

    private func readRegistration() -> Registration? {
        guard let map = top.map("registration", known: PlanKeys.registration.names),
              let date = map.date("date", required: true) else { return nil }
        let start = map.value("start").flatMap { ValueReader.time($0, path: map.childPath("start"), log: log) }
        let end = map.value("end").flatMap { ValueReader.time($0, path: map.childPath("end"), log: log) }
        if let start, let end, end < start {
            log.error(.endBeforeStart, "报到结束时间 \(end) 早于开始时间 \(start)", at: map.value("end")!.location(path: map.childPath("end")))
        }
        return Registration(date: date, start: start, end: end, place: map.string("place"), phone: map.string("phone"))
    }

    private func readContacts() -> [StaffContact] {
        guard let items = limitedList("staff_contacts", in: top, maximum: Self.maximumContacts) else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let map = MapReader(item, path: "staff_contacts[\(index)]", known: PlanKeys.staffContact.names, log: log),
                  let duty = map.string("duty", required: true), let name = map.string("name", required: true) else { return nil }
            return StaffContact(duty: duty, name: name, phone: map.string("phone"))
        }
    }

    private func readNotes() -> [String] {
        guard let handbook = top.map("handbook", known: PlanKeys.handbook.names) else { return [] }
        guard let notes = limitedList("notes", in: handbook, maximum: Self.maximumNotes) else { return [] }
        return notes.enumerated().compactMap { index, node in
            ValueReader.string(node, path: "handbook.notes[\(index)]", log: log, required: true)
        }
    }

    // MARK: - Person keys

    /// A person's `lodging`, `arrive`, `leave`, `hotel` and `room`.
    static func stay(_ map: MapReader) -> PersonStay {
        let stay = PersonStay(lodging: map.bool("lodging"), arrive: map.dateTime("arrive"), leave: map.dateTime("leave"),
                              hotel: map.string("hotel"), room: map.string("room"))
        if let arrive = stay.arrive, let leave = stay.leave, leave < arrive {
            map.log.error(.endBeforeStart, "离开时间 \(leave) 早于抵达时间 \(arrive)", at: map.value("leave")!.location(path: map.childPath("leave")))
        }
        return stay
    }

    /// Hotel pins name a hotel of the plan; room pins a room of that hotel (or of any, without one).
    func checkStayPins(_ lodging: LodgingSpec?) {
        for person in people {
            guard person.stay.hotel != nil || person.stay.room != nil else { continue }
            guard let lodging else {
                log.error(.logisticsConflict, "人员“\(quoted: person.id)”指定了宾馆或房间，但计划没有 lodging:", at: person.location)
                continue
            }
            if let hotel = person.stay.hotel, !lodging.hotels.contains(where: { $0.id == hotel }) {
                let hint = Suggestion.nearest(to: hotel, in: lodging.hotels.map(\.id)).map { "，是否为“\($0)”？" } ?? ""
                log.error(.notInSet, "人员“\(quoted: person.id)”的宾馆“\(quoted: hotel)”不存在\(hint)", at: person.location)
                continue
            }
            if let room = person.stay.room, RoomType(rawValue: room) == nil {
                let candidates = lodging.hotels.filter { person.stay.hotel == nil || $0.id == person.stay.hotel }
                if !candidates.contains(where: { $0.rooms.contains { $0.number == room } }) {
                    log.error(.notInSet, "人员“\(quoted: person.id)”的房间“\(quoted: room)”不存在（可写房间号，或 single、double）", at: person.location)
                }
            }
        }
    }
}

extension MapReader {
    /// Marks of the top-level mapping (each section's location).
    var marksOfTop: Marks { Marks(node, path: path) }
}
