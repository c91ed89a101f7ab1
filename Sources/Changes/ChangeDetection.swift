import Logistics
import MeetingPlan
import Seating

/// Compares two seated versions of a plan (changes.md). Pure: the same inputs give the same value.
public enum ChangeDetection {
    /// `logistics` are the two versions' assignments (groups, rooms, meal tables, cars), when the
    /// plans have them: their differences are the 会务调整.
    public static func changes(old: Plan, oldSeats: SeatPlan, new: Plan, newSeats: SeatPlan,
                               logistics: (old: LogisticsPlan, new: LogisticsPlan)? = nil) -> PlanChanges {
        let matching = PersonMatching(old: old.people, new: new.people)
        let oldByID = old.peopleByID
        var result = PlanChanges(meetingID: new.meeting.id)
        result.meetingChanges = differences(PlanFields.meeting(old), PlanFields.meeting(new))
        // Lazily filtered: a filtered array would copy every person before the few are kept.
        result.added = Array(new.people.lazy.filter { matching.oldID[$0.id] == nil }.map(PersonRef.init))
        result.removed = Array(old.people.lazy.filter { matching.newID[$0.id] == nil }.map(PersonRef.init))
        for (position, person) in new.people.enumerated() {
            guard let oldID = matching.oldID[person.id] else { continue }
            // Versions mostly list their people in the same order: the old person is usually at the
            // same position, found without a lookup in a dictionary of thousands of people (ids are
            // unique in a plan that loads without errors, the only plans compared).
            let samePosition = position < old.people.count && old.people[position].id == oldID
            guard let before = samePosition ? old.people[position] : oldByID[oldID] else { continue }
            let fields = differences(PlanFields.person(before), PlanFields.person(person))
            if !fields.isEmpty { result.changed.append(PersonChange(person: PersonRef(person), fields: fields)) }
        }
        result.seats = seatChanges(old: old, oldSeats: oldSeats, new: new, newSeats: newSeats, matching: matching)
        if let logistics {
            result.logistics = logisticsChanges(old: logistics.old, new: logistics.new, people: new.peopleByID, matching: matching)
        }
        // 桌签 are made for the zones `cards: {zones: …}` names: reprint the cards of people who
        // now have one and had none (or under another name), take away those who no longer have one.
        let carded = cardHolders(new, newSeats)
        let cardedBefore = Set(cardHolders(old, oldSeats).compactMap { matching.newID[$0] ?? "\u{0}" + $0 })
        var reprinted = Set<String>()
        let newByID = new.peopleByID
        for id in carded where !reprinted.contains(id) {
            guard let person = newByID[id] else { continue }
            let renamed = matching.oldID[id].flatMap { oldByID[$0] }.map { $0.name != person.name } ?? true
            if renamed || !cardedBefore.contains(id) {
                reprinted.insert(id)
                result.reprintCards.append(PersonRef(person))
            }
        }
        let cardedNow = Set(carded)
        // A card that stays (same person, same name, carded before and now) but whose person sits
        // elsewhere is moved to the new seat, not reprinted: 桌签 show the name only.
        let reseated = Set(result.seats.map(\.person.id))
        var moved = Set<String>()
        for id in carded where reseated.contains(id) && !reprinted.contains(id) && cardedBefore.contains(id) {
            if let person = newByID[id], moved.insert(id).inserted { result.movedCards.append(PersonRef(person)) }
        }
        var withdrawn = Set<String>()
        for id in cardHolders(old, oldSeats) where !withdrawn.contains(id) {
            guard let person = oldByID[id] else { continue }
            let newID = matching.newID[id]
            let renamed = newID.flatMap { newByID[$0] }.map { $0.name != person.name } ?? false
            if renamed || newID.map({ !cardedNow.contains($0) }) ?? true {
                withdrawn.insert(id)
                result.withdrawnCards.append(PersonRef(person))
            }
        }
        return result
    }

    /// Group, room, meal table and vehicle changes of the people of both versions, in the new
    /// version's 报到 order. People of one version only are the added and removed; a meal or trip
    /// of one version only is a schedule change, not a change of anyone's table or car.
    static func logisticsChanges(old: LogisticsPlan, new: LogisticsPlan, people: [String: Person], matching: PersonMatching) -> [LogisticsChange] {
        let before = LogisticsLookup(old), after = LogisticsLookup(new)
        let oldMeals = Dictionary(old.meals.map { ($0.meal.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldTrips = Dictionary(old.trips.map { ($0.trip.id, $0) }, uniquingKeysWith: { a, _ in a })
        func room(_ room: AssignedRoom?) -> String? { room.map { "\($0.hotelName) \($0.label)" } }
        func vehicle(_ places: LogisticsLookup, _ trip: AssignedTrip, _ id: String) -> String? {
            if let vehicle = places.vehicle(of: id, trip: trip.trip.id) { return vehicle.plate ?? vehicle.id }
            return trip.ownCars.contains(id) ? "自备车" : nil
        }
        var changes: [LogisticsChange] = []
        for id in new.registrationOrder {
            guard let oldID = matching.oldID[id], let person = people[id].map(PersonRef.init) else { continue }
            func note(_ kind: LogisticsChange.Kind, _ from: String?, _ to: String?, item: String? = nil, itemName: String? = nil) {
                if from != to { changes.append(LogisticsChange(person: person, kind: kind, item: item, itemName: itemName, from: from, to: to)) }
            }
            note(.group, before.group(of: oldID)?.name, after.group(of: id)?.name)
            note(.room, room(before.room(of: oldID)), room(after.room(of: id)))
            for meal in new.meals where meal.meal.style == .table {
                guard let was = oldMeals[meal.meal.id], was.meal.style == .table else { continue }
                note(.meal, before.table(of: oldID, meal: was.meal.id).map { "第\($0)桌" }, after.table(of: id, meal: meal.meal.id).map { "第\($0)桌" },
                     item: meal.meal.id, itemName: "\(meal.meal.date) \(meal.meal.meal)")
            }
            for trip in new.trips {
                guard let was = oldTrips[trip.trip.id] else { continue }
                let name = "\(trip.trip.time) \(trip.trip.from ?? "")→\(trip.trip.to ?? "")"
                note(.trip, vehicle(before, was, oldID), vehicle(after, trip, id), item: trip.trip.id, itemName: name)
            }
        }
        return changes
    }

    /// People with a 桌签, in seating order: seated in a zone `cards.zones` names (every zone without it).
    static func cardHolders(_ plan: Plan, _ seats: SeatPlan) -> [String] {
        let zones = plan.cardZones.map { names in seats.zones.filter { names.contains($0.name) } } ?? seats.zones
        return zones.flatMap(\.seatingOrder)
    }

    /// Keys whose values differ, in the order of `new` (keys only `old` has at the end).
    static func differences(_ old: [(String, FieldValue?)], _ new: [(String, FieldValue?)]) -> [FieldChange] {
        // The same keys in the same order (a person's fields always are): compared pair by pair,
        // without two dictionaries for each of thousands of people. Each list names a key once.
        if old.count == new.count && zip(old, new).allSatisfy({ $0.0 == $1.0 }) {
            return zip(old, new).compactMap { before, after in before.1 == after.1 ? nil : FieldChange(key: after.0, old: before.1, new: after.1) }
        }
        let before = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new, uniquingKeysWith: { first, _ in first })
        let keys = new.map(\.0) + old.map(\.0).filter { after[$0] == nil }
        return keys.compactMap { key in
            let a = before[key] ?? nil, b = after[key] ?? nil
            return a == b ? nil : FieldChange(key: key, old: a, new: b)
        }
    }

    private struct Seated {
        var label: SeatLabel
        var order: Int
    }

    /// Where each person sits in each zone, by zone name: person id → seat and seating-order position.
    private static func seatsByZone(_ seats: SeatPlan, rename: (String) -> String) -> [String: [String: Seated]] {
        var zones: [String: [String: Seated]] = [:]
        for zone in seats.zones {
            var map: [String: Seated] = [:]
            var order = 0
            for row in zone.rows {
                for (index, id) in row.seats.enumerated() {
                    guard let id else { continue }
                    map[rename(id)] = Seated(label: .row(row.number, seat: row.seatNumbers[index]), order: order)
                    order += 1
                }
            }
            for table in zone.tables {
                for (index, id) in table.seats.enumerated() {
                    guard let id else { continue }
                    map[rename(id)] = Seated(label: .table(table.number, seat: index), order: order)
                    order += 1
                }
            }
            zones[zone.name] = map
        }
        return zones
    }

    private static func seatChanges(old: Plan, oldSeats: SeatPlan, new: Plan, newSeats: SeatPlan, matching: PersonMatching) -> [SeatChange] {
        // Old people are keyed by their new id when matched; the unmatched by a key no new id can take.
        let removedPrefix = "\u{0}"
        let before = seatsByZone(oldSeats) { matching.newID[$0] ?? removedPrefix + $0 }
        let after = seatsByZone(newSeats) { $0 }
        let oldByID = old.peopleByID, newByID = new.peopleByID
        let kinds = Dictionary(oldSeats.zones.map { ($0.name, $0.kind) } + newSeats.zones.map { ($0.name, $0.kind) },
                               uniquingKeysWith: { _, newer in newer })
        // Seats the new version holds (`hold:`) that the old one did not: who sat there was displaced.
        let oldHolds = heldSeats(old), newHolds = heldSeats(new)
        let names = newSeats.zones.map(\.name) + oldSeats.zones.map(\.name).filter { after[$0] == nil }
        let oldSessions = old.sessionByZone, newSessions = new.sessionByZone
        var changes: [SeatChange] = []
        for zone in names {
            let kind = kinds[zone] ?? .hall
            let was = before[zone] ?? [:], now = after[zone] ?? [:]
            var entries: [(rank: (Int, Int), change: SeatChange)] = []
            for (key, seat) in now where was[key]?.label != seat.label {
                guard let person = newByID[key] else { continue }
                let from = was[key]?.label
                let displaced = from.map { newHolds[zone, default: []].contains($0) && !oldHolds[zone, default: []].contains($0) } ?? false
                let reason: SeatChange.Reason = matching.oldID[key] == nil ? .added
                    : displaced ? .heldSeat
                    : (from != nil && (kind == .rostrum || kind == .photo) ? .protocol : .moved)
                entries.append(((0, seat.order), SeatChange(person: PersonRef(person), zone: zone, kind: kind, from: from, to: seat.label, reason: reason)))
            }
            for (key, seat) in was where now[key] == nil {
                let removed = key.hasPrefix(removedPrefix)
                let person = removed ? oldByID[String(key.dropFirst())] : newByID[key]
                guard let person else { continue }
                entries.append(((1, seat.order), SeatChange(person: PersonRef(person), zone: zone, kind: kind, from: seat.label, to: nil,
                                                            reason: removed ? .removed : .moved)))
            }
            let slot = newSessions[zone] ?? oldSessions[zone]
            // Positions are sorted, not the entries (a seat change is a large value to move).
            changes += entries.indices.sorted { entries[$0].rank < entries[$1].rank }.map { index in
                var change = entries[index].change
                (change.session, change.sessionLabel) = (slot?.id, slot?.sessionLabel)
                return change
            }
        }
        return changes
    }

    /// The seats each zone of a plan holds, as seat labels.
    private static func heldSeats(_ plan: Plan) -> [String: Set<SeatLabel>] {
        Dictionary(plan.seating.map { zone in
            (zone.name, Set(zone.holds.map { hold -> SeatLabel in
                switch hold.seat {
                case .row(let address): return .row(address.row, seat: address.seat)
                case .table(let table, let seat): return .table(table, seat: seat)
                }
            }))
        }, uniquingKeysWith: { first, _ in first })
    }
}

/// The values of a plan that a diff compares, keyed as the plan writes them.
enum PlanFields {
    static func meeting(_ plan: Plan) -> [(String, FieldValue?)] {
        let meeting = plan.meeting
        var fields: [(String, FieldValue?)] = [
            ("id", text(meeting.id)), ("title", text(meeting.title)), ("organizer", text(meeting.organizer)),
            ("level", text(meeting.level?.rawValue)), ("organizer_kind", text(meeting.organizerKind?.rawValue)),
            ("type", text(meeting.type?.rawValue)), ("system", text(meeting.system)), ("category", text(meeting.category)),
            ("start", text(meeting.start)), ("end", text(meeting.end)), ("timezone", text(meeting.timezone)),
            ("venue.name", text(meeting.venue?.name)), ("venue.address", text(meeting.venue?.address)),
            ("venue.city", text(meeting.venue?.city)), ("venue.scenic_area", text(meeting.venue.map { $0.scenicArea })),
            ("venue.star", text(meeting.venue?.star)), ("mode", text(meeting.mode.rawValue)),
            ("group_discussion", text(meeting.groupDiscussion)), ("in_annual_plan", text(meeting.inAnnualPlan)),
            ("approval.by", text(meeting.approval?.by)), ("approval.date", text(meeting.approval?.date)),
            ("approval.ref", text(meeting.approval?.ref)),
            ("reaches", meeting.reaches.isEmpty ? nil : .list(meeting.reaches.map(\.rawValue))),
            ("staff", text(meeting.staff)), ("expected_attendance", text(meeting.expectedAttendance)),
            ("costs.lodging", text(meeting.costs?.lodging.map(number))), ("costs.meals", text(meeting.costs?.meals.map(number))),
            ("costs.other", text(meeting.costs?.other.map(number))),
        ]
        fields.append(("agenda", plan.agenda.isEmpty ? nil : .list(plan.agenda.map(agendaItem))))
        fields.append(("schedule", plan.schedule.isEmpty ? nil : .list(plan.schedule.map(scheduleSlot))))
        if let notice = plan.notice {
            fields += [
                ("notice.number", text(notice.number)), ("notice.urgency", text(notice.urgency?.rawValue)),
                ("notice.to", list(notice.to)), ("notice.purpose", text(notice.purpose)), ("notice.attendees", text(notice.attendees)),
                ("notice.requirements", list(notice.requirements)), ("notice.contact.name", text(notice.contact?.name)),
                ("notice.contact.phone", text(notice.contact?.phone)), ("notice.reply_by", text(notice.replyBy)),
                ("notice.copy_to", list(notice.copyTo)), ("notice.issued", text(notice.issued)),
                ("notice.copy_number", text(notice.copyNumber)), ("notice.secrecy", text(notice.secrecy?.rawValue)),
                ("notice.secrecy_period", text(notice.secrecyPeriod)), ("notice.signer", text(notice.signers.isEmpty ? nil : notice.signers.joined(separator: "、"))),
                ("notice.printed_by", text(notice.printedBy)), ("notice.attachments", list(notice.attachments.map(\.title))),
            ]
        }
        return fields
    }

    static func person(_ person: Person) -> [(String, FieldValue?)] {
        [("name", text(person.name)), ("unit", text(person.unit)), ("title", text(person.title)), ("rank", text(person.rank)),
         ("order", text(person.order)), ("since", text(person.since)), ("gender", text(person.gender)), ("phone", text(person.phone)),
         ("role", text(person.role.rawValue)), ("principal", text(person.principal))]
    }

    /// `{item: 县长讲话, by: P2, minutes: 25, speech: true}`: an agenda item as a plan writes it.
    static func agendaItem(_ item: AgendaItem) -> String {
        let parts = [("item", item.item), ("by", item.by), ("minutes", item.minutes.map(String.init)),
                     ("speech", item.speech ? "true" : nil)]
        return "{" + parts.compactMap { key, value in value.map { "\(key): \($0)" } }.joined(separator: ", ") + "}"
    }

    static func scheduleSlot(_ slot: ScheduleSlot) -> String {
        let parts = [("date", "\(slot.date)"), ("start", slot.start.map { "\($0)" }), ("end", slot.end.map { "\($0)" }),
                     ("item", slot.item), ("place", slot.place)]
        return "{" + parts.compactMap { key, value in value.map { "\(key): \($0)" } }.joined(separator: ", ") + "}"
    }

    private static func text(_ value: (any CustomStringConvertible)?) -> FieldValue? {
        value.map { .text($0.description) }
    }

    /// Most fields are text already: taken as they are, not boxed to ask for their description
    /// (ten fields for each of thousands of people in both versions).
    private static func text(_ value: String?) -> FieldValue? {
        value.map(FieldValue.text)
    }

    private static func list(_ values: [String]) -> FieldValue? { values.isEmpty ? nil : .list(values) }

    /// `30`, `12.5`: a number as a plan would write it.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
