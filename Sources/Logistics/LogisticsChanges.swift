import MeetingPlan

/// What changed for each person between two versions' assignments (changes.md): group, room,
/// meal table and vehicle, for `banhui diff`.
public enum LogisticsChanges {
    public struct Change: Sendable, Equatable {
        public var person: String
        public var kind: Placement.Kind
        public var before: String
        public var after: String
    }

    /// Changes in the new plan's precedence order; people only in one version are left to the
    /// people changes (added, withdrawn).
    public static func changes(old: LogisticsPlan, new: LogisticsPlan) -> [Change] {
        let oldPeople = Set(old.registrationOrder)
        var found: [Change] = []
        for id in new.registrationOrder where oldPeople.contains(id) {
            func compare(_ kind: Placement.Kind, _ before: String, _ after: String) {
                if before != after { found.append(Change(person: id, kind: kind, before: before.isEmpty ? "无" : before, after: after.isEmpty ? "无" : after)) }
            }
            compare(.group, old.group(of: id)?.name ?? "", new.group(of: id)?.name ?? "")
            compare(.room, old.room(of: id).map { "\($0.hotelName) \($0.label)" } ?? "", new.room(of: id).map { "\($0.hotelName) \($0.label)" } ?? "")
            for meal in new.meals where !meal.tables.isEmpty {
                guard let before = old.meals.first(where: { $0.meal.id == meal.meal.id }), !before.tables.isEmpty else { continue }
                compare(.meal, before.table(of: id).map { "\(meal.meal.id) 第\($0)桌" } ?? "", meal.table(of: id).map { "\(meal.meal.id) 第\($0)桌" } ?? "")
            }
            for trip in new.trips {
                guard let before = old.trips.first(where: { $0.trip.id == trip.trip.id }) else { continue }
                func vehicle(_ assigned: AssignedTrip) -> String {
                    assigned.ownCars.contains(id) ? "\(trip.trip.id) 自备车" : assigned.vehicle(of: id).map { "\(trip.trip.id) \($0.plate ?? $0.id)" } ?? ""
                }
                compare(.trip, vehicle(before), vehicle(trip))
            }
        }
        return found
    }
}
