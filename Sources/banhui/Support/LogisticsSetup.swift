import Logistics
import MeetingPlan
import Seating

extension PlanChecks {
    /// Seats the plan and assigns its groups, rooms, tables and cars; the problems of both are
    /// reported together (exit 2).
    static func arrange(_ plan: Plan, previous: (plan: Plan, logistics: LogisticsPlan)? = nil) throws -> (seats: SeatPlan, logistics: LogisticsPlan) {
        var problems: [Diagnostic] = []
        var seats: SeatPlan?
        do { seats = try seat(plan) } catch let errors as InputErrors { problems += errors.diagnostics }
        var logistics: LogisticsPlan?
        do { logistics = try assignLogistics(plan, previous: previous) } catch let errors as InputErrors { problems += errors.diagnostics }
        guard problems.isEmpty, let seats, let logistics else { throw InputErrors(problems) }
        return (seats, logistics)
    }

    /// Two versions' assignments, the new one made against the old (`stable: true` keeps rooms,
    /// groups and cars).
    static func assignLogistics(versions old: Plan, _ new: Plan) throws -> (old: LogisticsPlan, new: LogisticsPlan) {
        let before = try assignLogistics(old)
        return (before, try assignLogistics(new, previous: (old, before)))
    }

    /// The logistics assignment by the plan's precedence (the names ordered with the same data
    /// as seating).
    static func assignLogistics(_ plan: Plan, previous: (plan: Plan, logistics: LogisticsPlan)? = nil) throws -> LogisticsPlan {
        let precedence = Precedence(units: plan.units, tiebreak: plan.tiebreak, collation: try SeatingSetup.environment().collator)
        return try LogisticsEngine.assign(plan, precedence: precedence, previous: previous)
    }
}
