import MeetingPlan
import PlanReading
import Seating

/// The seating environment tests use: the built-in layouts and the name data banhui would read
/// (`Tools.strokeDataPath`, `Tools.pinyinDataPath`), read once.
public enum TestEnvironment {
    public static let names = NameCollator(strokeDataPath: Tools.strokeDataPath, pinyinDataPath: Tools.pinyinDataPath,
                                           files: DiskFileReader())

    public static let seating = SeatingEnvironment(layouts: .builtIn, files: DiskFileReader(), collator: names)

    /// The same, with files read through `files` (tests that hold plans in memory).
    public static func seating(files: FileReader) -> SeatingEnvironment {
        SeatingEnvironment(layouts: .builtIn, files: files, collator: names)
    }

    /// Seats a plan with the standard environment.
    public static func seat(_ plan: Plan) throws -> SeatPlan {
        try SeatingEngine.seat(plan, environment: seating)
    }
}
