import Foundation
import Testing
import TestSupport

/// A calendar that imports `meeting.ics` files as a calendar application does (RFC 5546 §2.1.5):
/// events keyed by UID; an event replaces the stored one only with a higher SEQUENCE; a
/// `STATUS:CANCELLED` event removes it.
struct CalendarStore {
    struct Event: Equatable {
        var sequence: Int
        var properties: [String: String]
    }

    private(set) var events: [String: Event] = [:]

    /// The VEVENTs of an ICS text, each as its unfolded properties (parameters kept in the name).
    static func parse(_ text: String) -> [[String: String]] {
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var result: [[String: String]] = []
        var current: [String: String]?
        for line in lines {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT", let event = current { result.append(event); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]).split(separator: ";")[0]
            current?[String(name)] = String(line[line.index(after: colon)...])
        }
        return result
    }

    mutating func apply(_ text: String) {
        for properties in Self.parse(text) {
            guard let uid = properties["UID"], let sequence = Int(properties["SEQUENCE"] ?? "0") else { continue }
            if let stored = events[uid], stored.sequence >= sequence { continue }
            if properties["STATUS"] == "CANCELLED" {
                events[uid] = nil
            } else {
                events[uid] = Event(sequence: sequence, properties: properties)
            }
        }
    }

    /// What a user sees of each event: UID → start, end, summary, place.
    var visible: [String: [String?]] {
        events.mapValues { event in ["DTSTART", "DTEND", "SUMMARY", "LOCATION"].map { event.properties[$0] } }
    }
}

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct CalendarVersionsTests {
    static let fixtures = "Tests/CLITests/Fixtures/calendar"

    static func folder() throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path(fixtures)) {
            try FileManager.default.copyItem(atPath: Fixtures.path("\(fixtures)/\(name)"), toPath: (folder as NSString).appendingPathComponent(name))
        }
        return folder
    }

    /// `banhui export … --only ics` and the calendar it wrote.
    static func calendar(_ arguments: [String], in folder: String) throws -> String {
        let out = "out-\(UUID().uuidString)"
        let result = try BanhuiProcess.run(["export"] + arguments + ["--only", "ics", "--out", out], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let data = try #require(FileManager.default.contents(atPath: "\(folder)/\(out)/meeting.ics"))
        return String(decoding: data, as: UTF8.self)
    }

    @Test func importingV1ThenV2GivesExactlyV2sEvents() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var store = CalendarStore()
        store.apply(try Self.calendar(["plan-v1.yaml"], in: folder))
        #expect(store.events.count == 4, "the meeting and three slots")
        let v2 = try Self.calendar(["plan-v2.yaml", "--changes-from", "plan-v1.yaml"], in: folder)
        store.apply(v2)
        var alone = CalendarStore()
        alone.apply(try Self.calendar(["plan-v2.yaml"], in: folder))
        #expect(store.visible == alone.visible, "v1 then v2 leaves exactly v2's events")
        #expect(store.visible.count == 3)
        #expect(store.visible.values.contains { $0[2] == "全县财务培训班：结业测试" && $0[0] == "20261204T140000" })
        #expect(store.visible.values.contains { $0[2] == "全县财务培训班：分组讨论" && $0[3] == "5号教室" }, "a place-only change is taken")
        #expect(store.visible.values.contains { $0[2] == "全县财务培训班" && $0[0] == "20261203T083000" }, "a meeting moved earlier is taken")
        let cancelled = CalendarStore.parse(v2).filter { $0["STATUS"] == "CANCELLED" }
        #expect(cancelled.map { $0["SUMMARY"] } == ["全县财务培训班：报到"])
        #expect(CalendarStore.parse(v2).allSatisfy { $0["SEQUENCE"] == "1" })
    }

    @Test func aRevisionIsTheSequenceAndEveryEarlierEventGoneIsCancelled() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var store = CalendarStore()
        store.apply(try Self.calendar(["plan-v1.yaml"], in: folder))
        let v3 = try Self.calendar(["plan-v3.yaml", "--changes-from", "plan-v1.yaml", "--changes-from", "plan-v2.yaml"], in: folder)
        let events = CalendarStore.parse(v3)
        #expect(events.allSatisfy { $0["SEQUENCE"] == "5" })
        #expect(Set(events.filter { $0["STATUS"] == "CANCELLED" }.compactMap { $0["SUMMARY"] })
            == ["全县财务培训班：报到", "全县财务培训班：分组讨论"])
        store.apply(v3)
        #expect(store.visible.count == 2)
    }

    @Test func slotIDsAreSafeNamesUniqueAmongTheSlots() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["check", "duplicate-ids.yaml"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("duplicate-ids.yaml:5:10: error: [PLAN015] 日程 id“a”重复（首次出现于 duplicate-ids.yaml:4:10）"), "\(result.stderr)")
        #expect(result.stderr.contains("duplicate-ids.yaml:6:10: error: [PLAN020]"), "\(result.stderr)")
    }
}
