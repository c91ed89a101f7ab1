import Foundation
import Testing
import TestSupport

/// `banhui diff` on two versions of a 200-person plan (Fixtures/changes, written by make_plans.py):
/// P7 withdrawn from the rostrum, 贺新民 inserted in the middle of the roster (no id column, so
/// every later row's R<line> shifts), one title renamed, the start moved from 09:00 to 14:30.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct DiffCommandTests {
    static let fixtures = "Tests/CLITests/Fixtures/changes"
    static let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/CLITests/__Snapshots__/DiffCommandTests")

    /// A temporary folder holding the fixture plans and rosters, as a user's folder would.
    static func folder() throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path(fixtures)) where !name.hasSuffix(".py") {
            try FileManager.default.copyItem(atPath: Fixtures.path("\(fixtures)/\(name)"), toPath: (folder as NSString).appendingPathComponent(name))
        }
        return folder
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonDiffOfTwoVersions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["diff", "plan-v1.yaml", "plan-v2.yaml", "--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try Snapshot.assertText(result.stdout, at: Self.snapshots.appendingPathComponent("v1-v2.json"))
        let json = try Self.json(result.stdout)
        let people = try #require(json["people"] as? [String: Any])
        #expect(people["added"] as? [String] == ["R62"])
        #expect(people["removed"] as? [String] == ["P7"])
        let changed = try #require(people["changed"] as? [[String: Any]])
        #expect(changed.count == 1)
        #expect((changed[0]["fields"] as? [String: [String]])?["title"] == ["副局长", "副局长（主持工作）"])
        #expect((json["meeting_changes"] as? [String: [String]])?["start"] == ["2026-12-03 09:00", "2026-12-03 14:30"])
        let seats = try #require(json["seats"] as? [[String: Any]])
        // Without stable seating the hall re-flows behind the newcomer; the rostrum always re-seats.
        #expect(seats.filter { $0["zone"] as? String == "台下" && $0["reason"] as? String == "moved" }.count > 100)
        #expect(seats.filter { $0["zone"] as? String == "主席台" }.allSatisfy { ["protocol", "removed"].contains($0["reason"] as? String) })
        #expect((json["reprint"] as? [String: [String]])?["cards"] == ["R62"])
    }

    @Test func stableHallMovesOnlyTheNewcomer() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["diff", "plan-v1.yaml", "plan-v2-stable.yaml", "--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        try Snapshot.assertText(result.stdout, at: Self.snapshots.appendingPathComponent("v1-v2-stable.json"))
        let seats = try #require(try Self.json(result.stdout)["seats"] as? [[String: Any]])
        let hall = seats.filter { $0["zone"] as? String == "台下" }
        #expect(hall.count == 1)
        #expect(hall.first?["person"] as? String == "R62")
        #expect(hall.first?["from"] is NSNull)
        let rostrum = seats.filter { $0["zone"] as? String == "主席台" }
        #expect(rostrum.contains { $0["person"] as? String == "P7" && $0["to"] is NSNull })
        #expect(rostrum.contains { $0["reason"] as? String == "protocol" })
    }

    @Test func textDiffIsChineseGroupedByZone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["diff", "plan-v1.yaml", "plan-v2-stable.yaml"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        try Snapshot.assertText(result.stdout, at: Self.snapshots.appendingPathComponent("v1-v2-stable.txt"))
        #expect(result.stdout.contains("  开始时间：2026-12-03 09:00 → 2026-12-03 14:30"))
        #expect(result.stdout.contains("【主席台】（每次按礼宾次序重排）"))
        #expect(result.stdout.contains("  贺新民（县财政局）  （无） → 第10排第11座  新增"))
        #expect(result.stdout.contains("需重印桌签 1 张：贺新民"))
    }

    @Test func seatWithChangesFromKeepsTheStableHall() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try BanhuiProcess.run(["seat", "plan-v1.yaml", "--format", "csv"], in: folder)
        let after = try BanhuiProcess.run(["seat", "plan-v2-stable.yaml", "--changes-from", "plan-v1.yaml", "--format", "csv"], in: folder)
        let fresh = try BanhuiProcess.run(["seat", "plan-v2-stable.yaml", "--format", "csv"], in: folder)
        #expect(after.exitCode == 0, "\(after.stderr)")
        // zone,row,seat,person,name,…: the hall's seats by name; ids of roster rows shift, names do not.
        func hall(_ result: CommandResult) -> [String: String] {
            Dictionary(result.stdoutLines.filter { $0.hasPrefix("台下,") }.map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return ("\(fields[1])-\(fields[2])", fields[4])
            }, uniquingKeysWith: { first, _ in first })
        }
        let old = hall(before), kept = hall(after)
        let differing = kept.filter { old[$0.key] != $0.value }
        #expect(differing.map(\.value) == ["贺新民"])
        #expect(hall(fresh).filter { old[$0.key] != $0.value }.count > 100, "without --changes-from the hall is seated afresh")
    }

    /// A third version: each version is seated against the one before, so the newcomer of v2
    /// keeps the seat v2 gave him; compared with v2 alone, v2's hall would be seated afresh.
    @Test func aChainOfVersionsKeepsEachVersionsSeats() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let v3 = try String(contentsOfFile: (folder as NSString).appendingPathComponent("plan-v2-stable.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "2026-12-03 14:30", with: "2026-12-03 15:00")
        try Fixtures.write(v3, to: "plan-v3.yaml", in: folder)
        func seatOf(_ name: String, _ arguments: [String]) throws -> String? {
            let result = try BanhuiProcess.run(["seat", "plan-v3.yaml", "--format", "csv"] + arguments, in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            return result.stdoutLines.first { $0.hasPrefix("台下,") && $0.contains(",\(name),") }
                .map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        }
        let chained = try seatOf("贺新民", ["--changes-from", "plan-v1.yaml", "--changes-from", "plan-v2-stable.yaml"])
        #expect(chained == "台下,10,11")
        #expect(try seatOf("贺新民", ["--changes-from", "plan-v2-stable.yaml"]) != "台下,10,11")
        let diff = try BanhuiProcess.run(["diff", "plan-v1.yaml", "plan-v2-stable.yaml", "plan-v3.yaml", "--format", "json"], in: folder)
        #expect(diff.exitCode == 0, "\(diff.stderr)")
        let json = try Self.json(diff.stdout)
        #expect((json["seats"] as? [Any])?.isEmpty == true)
        #expect((json["meeting_changes"] as? [String: [String]])?["start"] == ["2026-12-03 14:30", "2026-12-03 15:00"])
        let one = try BanhuiProcess.run(["diff", "plan-v1.yaml"], in: folder)
        #expect(one.exitCode == 2)
    }

    @Test func sameVersionTwiceHasNoChangesAndExitsZero() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["diff", "plan-v1.yaml", "plan-v1.yaml"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "会议“xian-200”：两个版本没有差别。\n")
    }

    @Test func anInvalidPlanIsExitTwoWithItsLocatedErrors() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = try String(contentsOfFile: (folder as NSString).appendingPathComponent("plan-v2.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    rows: [10]\n", with: "    rows: [10]\n    stable: true\n")
        try Fixtures.write(broken, to: "broken.yaml", in: folder)
        let result = try BanhuiProcess.run(["diff", "plan-v1.yaml", "broken.yaml", "--format", "json"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken.yaml:"))
        #expect(result.stderr.contains("error: [CHANGE001]"))
        let missing = try BanhuiProcess.run(["diff", "plan-v1.yaml", "no-such.yaml"], in: folder)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("no-such.yaml"))
    }
}
