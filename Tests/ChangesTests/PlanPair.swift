import Foundation
import MeetingPlan
import PlanReading
import Seating
import TestSupport

/// Two versions of a small plan written to a temporary folder and seated, as `banhui diff` sees them.
struct PlanPair {
    let old: Plan
    let oldSeats: SeatPlan
    let new: Plan
    let newSeats: SeatPlan

    init(old oldText: String, new newText: String, files: [String: String] = [:]) throws {
        let folder = try Fixtures.temporaryDirectory()
        for (name, text) in files { try Fixtures.write(text, to: name, in: folder) }
        let loader = PlanLoader(files: DiskFileReader())
        old = try loader.load(try Fixtures.write(oldText, to: "old.yaml", in: folder))
        new = try loader.load(try Fixtures.write(newText, to: "new.yaml", in: folder))
        oldSeats = try TestEnvironment.seat(old)
        newSeats = try SeatingEngine.seat(new, environment: TestEnvironment.seating, previous: PreviousSeating(plan: old, seats: oldSeats))
    }

    /// A plan of one rostrum row and a hall of rows, with `people` (YAML items) and `extra` top-level text.
    static func plan(start: String = "2026-12-03 09:00", people: [String], rostrum: [String], hall: String = "rows: [4, 4]",
                     stable: Bool = false, extra: String = "") -> String {
        """
        version: 1
        meeting: {id: t, title: 测试会议, start: \(start), end: 2026-12-03 18:00, venue: {name: 县委大礼堂}}
        units: [县委, 县政府, 城关镇, 东关镇]
        people:
        \(people.map { "  - \($0)" }.joined(separator: "\n"))
        seating:
          - {zone: 主席台, kind: rostrum, rows: [5], people: [\(rostrum.joined(separator: ", "))]}
          - {zone: 台下, kind: hall, \(hall), group: unit, people: rest\(stable ? ", stable: true" : "")}
        \(extra)
        """
    }

    static let leaders = [
        "{id: P1, name: 张建国, unit: 县委, title: 县委书记, order: 1}",
        "{id: P2, name: 李文华, unit: 县政府, title: 县长, order: 2}",
        "{id: P3, name: 王海波, unit: 县委, title: 县委副书记, order: 3}",
        "{id: P4, name: 赵明, unit: 县委, title: 县委常委, order: 4}",
    ]

    static let roster = "姓名,单位,职务\n刘志强,城关镇,镇长\n陈静,城关镇,副镇长\n孙丽,东关镇,镇长\n周磊,东关镇,副镇长\n"
}
