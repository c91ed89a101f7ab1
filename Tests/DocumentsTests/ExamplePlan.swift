import MeetingPlan
import PlanReading
import TestSupport

/// The bundled example plan, loaded as the CLI loads it.
enum ExamplePlan {
    static let path = Fixtures.path("examples/county-office-meeting/meeting.yaml")

    static func load() throws -> Plan {
        try PlanLoader(files: DiskFileReader()).load(path)
    }
}
