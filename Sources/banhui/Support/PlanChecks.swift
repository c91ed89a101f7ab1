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

    /// `meeting.yaml: 有效：全县办公室工作会议（2026-12-03 09:00—11:30），人员 5 名，座次区 2 个`, always one
    /// line (the title is escaped like a quoted value).
    static func summary(_ plan: Plan) -> String {
        let meeting = plan.meeting
        let endText = meeting.end.date == meeting.start.date ? "\(meeting.end.time)" : "\(meeting.end)"
        return "\(DiagnosticText.escaped(plan.file)): 有效：\(DiagnosticText.escaped(meeting.title))（\(meeting.start)—\(endText)），人员 \(plan.people.count) 名，座次区 \(plan.seating.count) 个"
    }
}
