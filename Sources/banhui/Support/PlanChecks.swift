import MeetingPlan
import PlanEngine

/// How every command runs the engine: problems of the input stop the command (exit 2, every
/// problem of every version listed), warnings and notes go to stderr and the command goes on.
enum PlanChecks {
    static func run(_ request: Engine.Request, engine: Engine) throws -> Engine.Outcome {
        let outcome = try engine.run(request)
        if outcome.hasErrors { throw InputErrors(outcome.diagnostics) }
        for note in outcome.notes { Console.err(note.description) }
        return outcome
    }

    /// `meeting.yaml: 有效：全县办公室工作会议（2026-12-03 09:00—11:30），人员 5 名，座次区 2 个`, always one
    /// line (the title is escaped like a quoted value).
    static func summary(_ plan: Plan) -> String {
        let meeting = plan.meeting
        let endText = meeting.end.date == meeting.start.date ? "\(meeting.end.time)" : "\(meeting.end)"
        return "\(DiagnosticText.escaped(plan.file)): 有效：\(DiagnosticText.escaped(meeting.title))（\(meeting.start)—\(endText)），人员 \(plan.people.count) 名，座次区 \(plan.seating.count) 个"
    }
}
