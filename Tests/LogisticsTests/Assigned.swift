import Foundation
import Logistics
import MeetingPlan
import PlanReading
import TestSupport

/// A small plan written to a temporary folder, read as `banhui` reads it and assigned with the
/// seating's precedence: what the unit tests of the assignment start from.
enum Assigned {
    static func plan(_ text: String) throws -> Plan {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try PlanLoader(files: DiskFileReader()).load(try Fixtures.write(text, to: "plan.yaml", in: folder))
    }

    static func assign(_ plan: Plan, after previous: (Plan, LogisticsPlan)? = nil) throws -> LogisticsPlan {
        try LogisticsEngine.assign(plan, precedence: Precedence(units: plan.units, tiebreak: plan.tiebreak, collation: TestEnvironment.names),
                                   previous: previous)
    }

    static func assign(_ text: String) throws -> LogisticsPlan { try assign(try plan(text)) }

    /// The problems the assignment of `text` reports (empty when it succeeds).
    static func errors(_ text: String) throws -> [Diagnostic] {
        do {
            _ = try assign(text)
            return []
        } catch let errors as InputErrors {
            return errors.diagnostics
        }
    }

    /// A two-day plan of four units with `people` (YAML flow mappings) and the logistics `sections`.
    static func text(people: [String], _ sections: String) -> String {
        """
        version: 1
        meeting: {id: t, title: 测试会议, start: 2026-12-14 09:00, end: 2026-12-15 11:30}
        units: [县委, 县政府, 县财政局, 县教育局]
        people:
        \(people.map { "  - \($0)" }.joined(separator: "\n"))
        \(sections)
        """
    }

    /// Eight people of four units: two 县处级正职 (P1 县委 男, P2 县政府 女), a 县处级副职 (P3 县委
    /// 男), and five 乡科级 or 科员 of 县财政局 and 县教育局.
    static let people = [
        "{id: P1, name: 张建国, unit: 县委, rank: 县处级正职, order: 1, gender: 男}",
        "{id: P2, name: 李文华, unit: 县政府, rank: 县处级正职, order: 2, gender: 女}",
        "{id: P3, name: 王海波, unit: 县委, rank: 县处级副职, gender: 男}",
        "{id: P4, name: 赵明, unit: 县财政局, rank: 乡科级正职, gender: 男}",
        "{id: P5, name: 钱红, unit: 县财政局, rank: 乡科级副职, gender: 男}",
        "{id: P6, name: 孙立, unit: 县教育局, rank: 乡科级副职, gender: 男}",
        "{id: P7, name: 周平, unit: 县教育局, rank: 乡科级副职, gender: 女}",
        "{id: P8, name: 吴静, unit: 县财政局, rank: 科员, gender: 女}",
    ]
}

extension LogisticsPlan {
    /// The occupants of the room `person` sleeps in.
    func roommates(of person: String) -> [String] { rooms.first { $0.occupants.contains(person) }?.occupants ?? [] }
}
