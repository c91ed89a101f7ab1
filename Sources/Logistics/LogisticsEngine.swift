import MeetingPlan

/// Assigns groups, rooms, meal tables and car places: a pure function of the plan and the
/// precedence (logistics.md). Pins are placed first; every shortage is an error.
public enum LogisticsEngine {
    /// Throws `InputErrors` with every conflict and shortage found.
    public static func assign(_ plan: Plan, precedence: Precedence, previous: (plan: Plan, logistics: LogisticsPlan)? = nil) throws -> LogisticsPlan {
        let log = DiagnosticLog()
        let context = AssignmentContext(plan: plan, precedence: precedence, log: log)
        var result = LogisticsPlan()
        result.registrationOrder = context.registrationOrder
        let groups = GroupAssignment(context: context)
        result.groups = groups.assign(previous: previous?.logistics)
        let lodging = RoomAssignment(context: context)
        result.rooms = lodging.assign(previous: previous?.logistics)
        result.meals = MealAssignment(context: context).assign(groups: result.groups)
        result.trips = TripAssignment(context: context).assign(groups: result.groups, previous: previous?.logistics)
        try log.throwIfErrors()
        result.placements = context.placements.items
        result.warnings = unlistedStaff(plan)
        return result
    }

    /// LOG110: with rooms or meals to plan, `meeting.staff` staff who are not people of the plan
    /// (role: staff) are counted by the head-count rules but have no room or table, and the
    /// person-nights and person-meals (so the 会议费) leave them out.
    static func unlistedStaff(_ plan: Plan) -> [Diagnostic] {
        guard let declared = plan.meeting.staff, declared > 0, plan.logistics.lodging != nil || !plan.logistics.meals.isEmpty else { return [] }
        let listed = plan.people.filter { $0.role == .staff }.count
        let message = "meeting.staff 另计工作人员 \(declared) 名，people 中列出的工作人员（role: staff）\(listed) 名；"
            + "工作人员共 \(declared + listed) 名，其中 \(declared) 名未列入 people，不分房、不排桌，人晚、人次和会议费估算只计列出的 \(listed) 名"
            + "（把他们列入 people 并写 role: staff，或删去 meeting.staff）"
        return [Diagnostic(LogisticsCodes.unlistedStaff, message, at: plan.meeting.marks["staff"], severity: .warning)]
    }
}

/// What every part of the assignment shares: the plan, ranking and logs.
final class AssignmentContext {
    let plan: Plan
    let log: DiagnosticLog
    let people: [Person]
    let byID: [String: Person]
    /// Rank position of each person (0 = most senior).
    let rankOf: [String: Int]
    let placements = PlacementLog()

    init(plan: Plan, precedence: Precedence, log: DiagnosticLog) {
        self.plan = plan
        self.log = log
        people = precedence.sorted(plan.people)
        byID = plan.peopleByID
        rankOf = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($0.element.id, $0.offset) })
        unitPosition = { precedence.unitPosition($0) }
    }

    let unitPosition: (String?) -> Int

    /// 报到 order: unit, then precedence.
    var registrationOrder: [String] {
        // Positions are sorted, each unit looked up once: sorting (position, person) pairs moved
        // whole `Person` values, and a lookup per comparison hashed the unit names n log n times.
        let units = people.map { unitPosition($0.unit) }
        return people.indices.sorted { a, b in
            if units[a] != units[b] { return units[a] < units[b] }
            if units[a] == Int.max, people[a].unit != people[b].unit { return (people[a].unit ?? "") < (people[b].unit ?? "") }
            return a < b
        }.map { people[$0].id }
    }

    /// `ids` by rank (a stable sort), each rank looked up once rather than at every comparison.
    func ranked(_ ids: [String]) -> [String] {
        let ranks = ids.map { rankOf[$0, default: .max] }
        return ids.indices.sorted { ranks[$0] < ranks[$1] }.map { ids[$0] }
    }

    /// Attending: everyone but staff.
    func attends(_ person: Person) -> Bool { person.role != .staff }

    /// On site on `date`: from the day of `arrive` to the day of `leave`.
    func present(_ person: Person, on date: LocalDate) -> Bool {
        if let arrive = person.stay.arrive, date < arrive.date { return false }
        if let leave = person.stay.leave, leave.date < date { return false }
        return true
    }

    func name(_ id: String) -> String { byID[id].map { "\($0.name)（\(id)）" } ?? id }

    /// Up to ten names, then how many more.
    func names(_ ids: [String]) -> String {
        let shown = ids.prefix(10).map(name).joined(separator: "、")
        return ids.count > 10 ? "\(shown) 等 \(ids.count) 人" : shown
    }

    /// People in blocks kept together (by a key such as the unit or the group), the blocks in
    /// the order of their most senior member and each block by precedence.
    func blocks(_ ids: [String], key: (String) -> String) -> [[String]] {
        var order: [String] = []
        var members: [String: [String]] = [:]
        for id in ranked(ids) {
            let block = key(id)
            if members[block] == nil { order.append(block) }
            members[block, default: []].append(id)
        }
        return order.map { members[$0]! }
    }

    /// Fills places of the given sizes in order with blocks: a block that fits in one place but not
    /// in what is left of the current one starts the next; if that wastes too many places, the
    /// blocks are poured in tightly instead. Nil when even that does not fit.
    func fill(_ blocks: [[String]], capacities: [Int]) -> [[String]]? {
        func pour(keepBlocks: Bool) -> [[String]]? {
            var filled = capacities.map { _ in [String]() }
            var index = 0
            for block in blocks {
                if keepBlocks, index < capacities.count, !filled[index].isEmpty,
                   capacities[index] - filled[index].count < block.count, block.count <= capacities[index] {
                    index += 1
                }
                for id in block {
                    while index < capacities.count && filled[index].count >= capacities[index] { index += 1 }
                    guard index < capacities.count else { return nil }
                    filled[index].append(id)
                }
            }
            return filled
        }
        return pour(keepBlocks: true) ?? pour(keepBlocks: false)
    }
}

final class PlacementLog: @unchecked Sendable {
    var items: [Placement] = []
    func add(_ person: String, _ kind: Placement.Kind, _ place: String, _ reason: String) {
        items.append(Placement(person: person, kind: kind, place: place, reason: reason))
    }
}
