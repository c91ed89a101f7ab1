import MeetingPlan
import PlanReading
import Seating
import TestSupport

/// Plans written as YAML in the tests, loaded by the real loader from memory.
struct MemoryFiles: FileReader {
    var files: [String: String]
    let disk = DiskFileReader()

    func read(_ path: String) throws -> [UInt8] {
        if let text = files[path] { return Array(text.utf8) }
        return try disk.read(path)
    }
}

enum PlanText {
    /// Han names with stroke data, for people whose names do not matter.
    static let names = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜")

    /// `id`s with `order` 1, 2, 3 … and distinct names.
    static func people(_ ids: [String], extra: (String) -> String = { _ in "" }) -> String {
        ids.enumerated().map { index, id in
            "  - {id: \(id), name: \(names[index % names.count])明\(names[(index / names.count) % names.count]), order: \(index + 1)\(extra(id))}"
        }.joined(separator: "\n")
    }

    static func ids(_ prefix: String, _ count: Int) -> [String] { (1...max(count, 1)).prefix(count).map { "\(prefix)\($0)" } }

    static func plan(people: String, seating: String, units: [String] = [], extra: String = "") -> String {
        """
        version: 1
        meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
        units: [\(units.joined(separator: ", "))]
        \(extra)
        people:
        \(people)
        seating:
        \(seating)
        """
    }

    static func load(_ text: String, extraFiles: [String: String] = [:]) throws -> Plan {
        var files = extraFiles
        files["plan.yaml"] = text
        return try PlanLoader(files: MemoryFiles(files: files)).load("plan.yaml")
    }

    static func seat(_ text: String, extraFiles: [String: String] = [:]) throws -> SeatPlan {
        var files = extraFiles
        files["plan.yaml"] = text
        let memory = MemoryFiles(files: files)
        let plan = try PlanLoader(files: memory).load("plan.yaml")
        return try SeatingEngine.seat(plan, environment: TestEnvironment.seating(files: memory))
    }
}

extension Array where Element == String? {
    /// `P5 P3 P1 ∅`: ids joined by spaces, ∅ for an empty seat.
    var spelled: String { map { $0 ?? "∅" }.joined(separator: " ") }
}
