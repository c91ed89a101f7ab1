import MeetingPlan

/// The key that keeps people together at a table or in a vehicle: their group, or their unit.
private func togetherKey(_ by: MealSpec.By, context: AssignmentContext, groups: [AssignedGroup]) -> (String) -> String {
    let groupOf = Dictionary(groups.flatMap { group in group.members.map { ($0, group.id) } }, uniquingKeysWith: { a, _ in a })
    return { id in
        switch by {
        case .group: return groupOf[id].map { "g:\($0)" } ?? "u:\(context.byID[id]?.unit ?? id)"
        case .unit: return "u:\(context.byID[id]?.unit ?? id)"
        }
    }
}

/// 就餐: everyone on site that day at numbered tables, kept together by group or unit, senior
/// people at the lower numbers; buffets are counted.
struct MealAssignment {
    let context: AssignmentContext

    func assign(groups: [AssignedGroup]) -> [AssignedMeal] {
        context.plan.logistics.meals.map { meal in
            let diners = context.people.filter { context.present($0, on: meal.date) }.map(\.id)
            guard meal.style == .table else { return AssignedMeal(meal: meal, tables: [], count: diners.count) }
            let blocks = context.blocks(diners, key: togetherKey(meal.by, context: context, groups: groups))
            let needed = (diners.count + meal.tableSize - 1) / meal.tableSize
            let tableCount = meal.tables ?? max(needed, 1) * 2
            guard let filled = context.fill(blocks, capacities: Array(repeating: meal.tableSize, count: tableCount)) else {
                context.log.error(LogisticsCodes.tableShortage,
                                  "\(meal.date) \(meal.meal)就餐 \(diners.count) 人，每桌 \(meal.tableSize) 人需 \(needed) 桌，只有 \(tableCount) 桌",
                                  at: meal.marks["tables"])
                return AssignedMeal(meal: meal, tables: [], count: diners.count)
            }
            let tables = filled.filter { !$0.isEmpty }
            let why = meal.by == .group ? "同组同桌" : "同单位同桌"
            for (number, table) in tables.enumerated() {
                for id in table {
                    context.placements.add(id, .meal, "\(meal.id) 第\(number + 1)桌", "\(why)，位次高者桌号在前")
                }
            }
            return AssignedMeal(meal: meal, tables: tables, count: diners.count)
        }
    }
}

/// 乘车: a trip's people, less those in their own cars, fill its vehicles in order, kept together
/// by group or unit; with `stable`, people keep the vehicle of the previous version.
struct TripAssignment {
    let context: AssignmentContext

    func assign(groups: [AssignedGroup], previous: LogisticsPlan?) -> [AssignedTrip] {
        guard let transport = context.plan.logistics.transport else { return [] }
        return transport.trips.map { trip in
            let vehicles = trip.vehicles.map { ids in ids.compactMap { id in transport.vehicles.first { $0.id == id } } } ?? transport.vehicles
            let riders = riders(of: trip)
            let ownCars = riders.filter { id in
                guard let from = transport.ownCarFromLevel, let level = context.byID[id]?.rankLevel else { return false }
                return level <= from
            }
            for id in ownCars {
                context.placements.add(id, .trip, "\(trip.id) 自备车", "职级在 \(transport.ownCarFrom ?? "") 及以上，乘自备车")
            }
            var passengers = riders.filter { !ownCars.contains($0) }
            var loads: [[String]] = vehicles.map { _ in [] }
            var reasons: [String: String] = [:]
            if transport.stable, let before = previous?.trips.first(where: { $0.trip.id == trip.id }) {
                for (index, vehicle) in vehicles.enumerated() {
                    let kept = before.vehicles.first { $0.vehicle.id == vehicle.id }?.passengers.filter(passengers.contains) ?? []
                    loads[index] = Array(kept.prefix(vehicle.passengerPlaces))
                    for id in loads[index] { reasons[id] = "stable: true，保留上一版本的车辆" }
                }
                passengers.removeAll { reasons[$0] != nil }
            }
            let blocks = context.blocks(passengers, key: togetherKey(trip.by, context: context, groups: groups))
            let free = vehicles.indices.map { vehicles[$0].passengerPlaces - loads[$0].count }
            guard let filled = context.fill(blocks, capacities: free) else {
                let places = vehicles.reduce(0) { $0 + $1.passengerPlaces }
                context.log.error(LogisticsCodes.carShortage,
                                  "行程“\(quoted: trip.id)”乘车 \(riders.count - ownCars.count) 人，\(vehicles.count) 辆车只有 \(places) 个座位（不含驾驶员，7 座及以下车辆的副驾驶座留给工作人员）",
                                  at: trip.marks[trip.vehicles == nil ? "id" : "vehicles"])
                return AssignedTrip(trip: trip, vehicles: [], ownCars: ownCars)
            }
            let why = trip.by == .group ? "同组同车" : "同单位同车"
            for index in vehicles.indices {
                for id in filled[index] { reasons[id] = "\(why)，按车辆顺序依次坐满" }
                loads[index] += filled[index]
            }
            let used = vehicles.indices.filter { !loads[$0].isEmpty }.map { (vehicle: vehicles[$0], passengers: loads[$0]) }
            for load in used {
                for id in load.passengers {
                    context.placements.add(id, .trip, "\(trip.id) \(load.vehicle.plate ?? load.vehicle.id)", reasons[id] ?? "")
                }
            }
            return AssignedTrip(trip: trip, vehicles: used, ownCars: ownCars)
        }
    }

    /// Everyone on site on the trip's day whom the trip takes.
    private func riders(of trip: Trip) -> [String] {
        context.people.filter { person in
            guard context.present(person, on: trip.time.date) else { return false }
            switch trip.people {
            case .all, .rest: return context.attends(person)
            case .ids(let ids): return ids.contains(person.id)
            case .units(let units): return person.unit.map(units.contains) ?? false
            case .roles(let roles): return roles.contains(person.role)
            }
        }.map(\.id)
    }
}
