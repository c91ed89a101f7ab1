import MeetingPlan
import Seating

/// Loading a plan for any command, with every check that the plan alone allows.
enum PlanChecks {
    static func load(_ path: String) throws -> Plan {
        try PlanLoader(files: DiskFileReader()).load(path)
    }

    /// Seats the plan's zones; seating errors are plan errors (exit 2); protocol warnings (a pin
    /// that seats a junior ahead of a senior) go to stderr and do not stop the command.
    static func seat(_ plan: Plan) throws -> SeatPlan {
        let seatPlan = try SeatingEngine.seat(plan, environment: SeatingSetup.environment())
        for warning in seatPlan.warnings { Console.err(warning.description) }
        return seatPlan
    }

    /// Versions of a plan, oldest first, each seated against the one before it (so that
    /// `stable: true` zones keep the seats they had in the previous version); returns the last two
    /// and every version before the last (`earlier`, oldest first). Problems of every plan are reported together.
    static func loadVersions(_ paths: [String]) throws -> (old: Plan, oldSeats: SeatPlan, new: Plan, newSeats: SeatPlan, earlier: [Plan]) {
        precondition(paths.count >= 2, "two versions at least")
        let environment = try SeatingSetup.environment()
        var problems: [Diagnostic] = []
        func attempt<Value>(_ step: () throws -> Value) throws -> Value? {
            do { return try step() } catch let errors as InputErrors {
                problems += errors.diagnostics
                return nil
            }
        }
        let plans = try paths.map { path in try attempt { try load(path) } }
        var seated: [(plan: Plan, seats: SeatPlan)?] = []
        for plan in plans {
            let previous = seated.last.flatMap { $0 }.map { PreviousSeating(plan: $0.plan, seats: $0.seats) }
            let seats = try plan.flatMap { plan in
                try attempt {
                    try previous.map { try SeatingEngine.seat(plan, environment: environment, previous: $0) }
                        ?? SeatingEngine.seat(plan, environment: environment)
                }
            }
            seated.append(plan.flatMap { plan in seats.map { (plan, $0) } })
        }
        guard problems.isEmpty, let old = seated[seated.count - 2], let new = seated[seated.count - 1] else { throw InputErrors(problems) }
        for warning in new.seats.warnings { Console.err(warning.description) }
        return (old.plan, old.seats, new.plan, new.seats, seated.dropLast().compactMap { $0?.plan })
    }

    /// `meeting.yaml: 有效：全县办公室工作会议（2026-12-03 09:00—11:30），人员 5 名，座次区 2 个`, always one
    /// line (the title is escaped like a quoted value).
    static func summary(_ plan: Plan) -> String {
        let meeting = plan.meeting
        let endText = meeting.end.date == meeting.start.date ? "\(meeting.end.time)" : "\(meeting.end)"
        return "\(DiagnosticText.escaped(plan.file)): 有效：\(DiagnosticText.escaped(meeting.title))（\(meeting.start)—\(endText)），人员 \(plan.people.count) 名，座次区 \(plan.seating.count) 个"
    }
}
