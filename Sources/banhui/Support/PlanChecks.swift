import MeetingPlan
import Seating

/// Loading a plan for any command, with every check that the plan alone allows.
enum PlanChecks {
    static func load(_ path: String) throws -> Plan {
        try PlanLoader(files: DiskFileReader()).load(path)
    }

    /// Seats the plan's zones; seating errors are plan errors (exit 2).
    static func seat(_ plan: Plan) throws -> SeatPlan {
        try SeatingEngine.seat(plan, environment: SeatingSetup.environment())
    }

    /// Two versions of a plan, each seated; the new one against the old one's seating, so that
    /// its `stable: true` zones keep their seats. Problems of both plans are reported together.
    static func loadVersions(old: String, new: String) throws -> (old: Plan, oldSeats: SeatPlan, new: Plan, newSeats: SeatPlan) {
        let environment = try SeatingSetup.environment()
        var problems: [Diagnostic] = []
        func attempt<Value>(_ step: () throws -> Value) throws -> Value? {
            do { return try step() } catch let errors as InputErrors {
                problems += errors.diagnostics
                return nil
            }
        }
        let oldPlan = try attempt { try load(old) }
        let newPlan = try attempt { try load(new) }
        let oldSeats = try oldPlan.flatMap { plan in try attempt { try SeatingEngine.seat(plan, environment: environment) } }
        let newSeats = try newPlan.flatMap { plan in
            try attempt {
                try oldSeats.map { try SeatingEngine.seat(plan, environment: environment, previous: PreviousSeating(plan: oldPlan!, seats: $0)) }
                    ?? SeatingEngine.seat(plan, environment: environment)
            }
        }
        guard let oldPlan, let oldSeats, let newPlan, let newSeats, problems.isEmpty else { throw InputErrors(problems) }
        return (oldPlan, oldSeats, newPlan, newSeats)
    }

    /// `meeting.yaml: 有效：全县办公室工作会议（2026-12-03 09:00—11:30），人员 5 名，座次区 2 个`
    static func summary(_ plan: Plan) -> String {
        let meeting = plan.meeting
        let endText = meeting.end.date == meeting.start.date ? "\(meeting.end.time)" : "\(meeting.end)"
        return "\(plan.file): 有效：\(meeting.title)（\(meeting.start)—\(endText)），人员 \(plan.people.count) 名，座次区 \(plan.seating.count) 个"
    }
}
