import MeetingPlan

/// 住宿: pinned people first, then singles by precedence from the first hotel on, then doubles
/// paired by gender (same unit first, then by precedence); an odd person out gets a free single.
struct RoomAssignment {
    let context: AssignmentContext

    private var log: DiagnosticLog { context.log }

    /// A room while it is being filled.
    private struct Slot {
        var hotel: Hotel
        var label: String
        var room: HotelRoom
        var occupants: [String] = []
        var free: Int { room.type.beds - occupants.count }
    }

    /// The nights lodged: `lodging.nights`, else every night from the first schedule day (or the
    /// meeting's start) up to the last.
    static func nights(_ plan: Plan) -> [LocalDate] {
        if let nights = plan.logistics.lodging?.nights { return nights.sorted() }
        let days = plan.schedule.map(\.date) + [plan.meeting.start.date, plan.meeting.end.date]
        guard let first = days.min(), let last = days.max() else { return [] }
        return (first.dayNumber..<last.dayNumber).map { LocalDate(dayNumber: $0) }
    }

    func assign(previous: LogisticsPlan?) -> [AssignedRoom] {
        guard let lodging = context.plan.logistics.lodging else { return [] }
        let allNights = Self.nights(context.plan)
        var nightsOf: [String: [LocalDate]] = [:]
        for person in context.people {
            let included = person.stay.lodging ?? !lodging.excludeUnits.contains(person.unit ?? "")
            guard included else { continue }
            let nights = allNights.filter { night in
                (person.stay.arrive.map { $0.date <= night } ?? true) && (person.stay.leave.map { night < $0.date } ?? true)
            }
            if !nights.isEmpty { nightsOf[person.id] = nights }
        }
        var slots: [Slot] = []
        for hotel in lodging.hotels {
            var counters: [RoomType: Int] = [:]
            for room in hotel.rooms {
                counters[room.type, default: 0] += 1
                slots.append(Slot(hotel: hotel, label: room.number ?? "\(room.type.label)\(counters[room.type]!)", room: room))
            }
        }
        var reasons: [String: String] = [:]
        var placed = Set<String>()
        let lodged = context.people.map(\.id).filter { nightsOf[$0] != nil }

        func put(_ ids: [String], in index: Int, _ reason: String) {
            slots[index].occupants += ids
            for id in ids {
                placed.insert(id)
                reasons[id] = reason
            }
        }
        func wantsSingle(_ person: Person) -> Bool {
            if let room = person.stay.room, let type = RoomType(rawValue: room) { return type == .single }
            guard let from = lodging.singleFromLevel, let level = person.rankLevel else { return false }
            return level <= from
        }

        // Pins: a room number, then stable rooms of the previous version.
        for id in lodged {
            let person = context.byID[id]!
            guard let number = person.stay.room, RoomType(rawValue: number) == nil else { continue }
            guard let index = slots.firstIndex(where: { $0.room.number == number && (person.stay.hotel == nil || $0.hotel.id == person.stay.hotel) }) else { continue }
            if slots[index].free <= 0 {
                log.error(LogisticsCodes.roomPin, "\(context.name(id)) 指定的房间 \(slots[index].hotel.name) \(number)（\(slots[index].room.type.label)）已住满：\(context.names(slots[index].occupants))",
                          at: person.location)
                continue
            }
            put([id], in: index, "指定房间（room: \"\(number)\"）")
        }
        // Stable: everyone keeps the previous version's room even where a changed rule (single_from)
        // would now place them elsewhere; only the person's own `room: single | double` moves them.
        if lodging.stable, let previous {
            let previousKey = Dictionary(previous.rooms.flatMap { room in room.occupants.map { ($0, room.key) } }, uniquingKeysWith: { a, _ in a })
            let slotByKey = Dictionary(slots.indices.map { ("\(slots[$0].hotel.id)/\(slots[$0].label)", $0) }, uniquingKeysWith: { a, _ in a })
            for id in lodged where !placed.contains(id) {
                let asked = context.byID[id]!.stay.room.flatMap(RoomType.init(rawValue:))
                guard let key = previousKey[id], let index = slotByKey[key], slots[index].free > 0,
                      asked.map({ $0 == slots[index].room.type }) ?? true else { continue }
                put([id], in: index, "stable: true，保留上一版本的房间")
            }
        }

        // Singles by precedence.
        let singles = lodged.filter { !placed.contains($0) && wantsSingle(context.byID[$0]!) }
        let singlesTaken = slots.filter { $0.room.type == .single && !$0.occupants.isEmpty }.count
        var singlesShort: [String] = []
        for id in singles {
            let hotel = context.byID[id]!.stay.hotel
            if let index = slots.firstIndex(where: { $0.room.type == .single && $0.free > 0 && (hotel == nil || $0.hotel.id == hotel) }) {
                let why = context.byID[id]!.stay.room == "single" ? "要求单间（room: single）" : "职级在 \(lodging.singleFrom ?? "") 及以上，住单间"
                put([id], in: index, why + (hotel != nil ? "，指定宾馆" : "") + "，按位次依次安排")
            } else {
                singlesShort.append(id)
            }
        }
        let singleRooms = slots.filter { $0.room.type == .single }.count
        if !singlesShort.isEmpty {
            log.error(LogisticsCodes.roomShortage, "需单间 \(singlesTaken + singles.count) 间，可用单间 \(singleRooms) 间（未安排：\(context.names(singlesShort))）",
                      at: lodging.marks["hotels"])
        }

        // Doubles: gender required.
        let sharing = lodged.filter { !placed.contains($0) && !wantsSingle(context.byID[$0]!) }
        let genderless = sharing.filter { (context.byID[$0]!.gender ?? "").isEmpty }
        if let first = genderless.first {
            log.error(LogisticsCodes.missingGender, "合住标间须有性别（gender）：\(context.names(genderless))没有", at: context.byID[first]!.location)
            return []
        }
        var pairs: [([String], String)] = []
        var leftovers: [String] = []
        for gender in Array(Set(sharing.map { context.byID[$0]!.gender! })).sorted() {
            let ofGender = sharing.filter { context.byID[$0]!.gender == gender }
            var unpaired: [String] = []
            // Pinned people with a partner already in their room are done; the rest pair up.
            for block in context.blocks(ofGender, key: { context.byID[$0]?.unit ?? "" }) {
                var index = 0
                while index + 1 < block.count {
                    pairs.append(([block[index], block[index + 1]], "同性别、同单位合住标间"))
                    index += 2
                }
                if index < block.count { unpaired.append(block[index]) }
            }
            let ranked = context.ranked(unpaired)
            var index = 0
            while index + 1 < ranked.count {
                pairs.append(([ranked[index], ranked[index + 1]], "同性别合住标间（本单位无同性别同住者），按位次配对"))
                index += 2
            }
            if index < ranked.count { leftovers.append(ranked[index]) }
        }
        // Pairs by the seniority of their senior member; a pair with a hotel pin goes to that hotel.
        let pairRanks = pairs.map { context.rankOf[$0.0[0], default: .max] }
        pairs = pairs.indices.sorted { pairRanks[$0] < pairRanks[$1] }.map { pairs[$0] }
        let doublesTaken = slots.filter { $0.room.type == .double && !$0.occupants.isEmpty }.count
        var alone = 0
        var doublesShort: [String] = []
        for (pair, reason) in pairs {
            let hotel = pair.compactMap { context.byID[$0]!.stay.hotel }.first
            if let index = slots.firstIndex(where: { $0.room.type == .double && $0.occupants.isEmpty && (hotel == nil || $0.hotel.id == hotel) }) {
                put(pair, in: index, reason)
            } else {
                doublesShort += pair
            }
        }
        for id in leftovers {
            let hotel = context.byID[id]!.stay.hotel
            if let index = slots.firstIndex(where: { $0.room.type == .single && $0.free > 0 && (hotel == nil || $0.hotel.id == hotel) }) {
                put([id], in: index, "合住配对后余一人，安排空余单间")
            } else {
                alone += 1
                if let index = slots.firstIndex(where: { $0.room.type == .double && $0.occupants.isEmpty && (hotel == nil || $0.hotel.id == hotel) }) {
                    put([id], in: index, "合住配对后余一人，无空余单间，独住标间")
                } else {
                    doublesShort.append(id)
                }
            }
        }
        if !doublesShort.isEmpty {
            let doubleRooms = slots.filter { $0.room.type == .double }.count
            log.error(LogisticsCodes.roomShortage, "需标间 \(doublesTaken + pairs.count + alone) 间，可用标间 \(doubleRooms) 间（未安排：\(context.names(doublesShort))）",
                      at: lodging.marks["hotels"])
        }
        return slots.filter { !$0.occupants.isEmpty }.map { slot in
            for id in slot.occupants {
                context.placements.add(id, .room, "\(slot.hotel.name) \(slot.label)", reasons[id] ?? "")
            }
            return AssignedRoom(hotelID: slot.hotel.id, hotelName: slot.hotel.name, label: slot.label, type: slot.room.type,
                                occupants: slot.occupants, nights: Dictionary(uniqueKeysWithValues: slot.occupants.map { ($0, nightsOf[$0] ?? []) }))
        }
    }
}
