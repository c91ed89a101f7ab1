import Foundation
import Testing
import TestSupport

/// Every built-in layout works with every command, run from a folder that is not the
/// repository, with the binary as built and with a copy installed elsewhere.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct LayoutUseTests {
    static let layouts = [
        ("rostrum-1-row", "rostrum"), ("rostrum-2-rows", "rostrum"), ("county-auditorium", "hall"),
        ("meeting-room-long-table", "talks"), ("u-shaped-room", "talks"), ("banquet-1", "banquet"),
        ("banquet-3", "banquet"), ("banquet-5", "banquet"), ("banquet-10", "banquet"), ("photo-stand", "photo"),
    ]

    /// A plan with one zone in `layout`.
    static func plan(layout: String, kind: String) -> String {
        let zone: String
        switch kind {
        case "talks":
            let arrangement = layout == "u-shaped-room" ? ", arrangement: side-by-side" : ""
            zone = "{zone: 会见, kind: talks, layout: \(layout), hosts: [P1, P2, P3], guests: [G1, G2, G3]\(arrangement)}"
        case "banquet":
            zone = "{zone: 宴请, kind: banquet, layout: \(layout), hosts: [P1], guests: [G1], people: all}"
        default:
            zone = "{zone: 座区, kind: \(kind), layout: \(layout), people: [P1, P2, P3, P4, P5, P6]}"
        }
        return """
            version: 1
            meeting: {id: layout-\(layout), title: 布局测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            units: [县委, 县政府, 市外事办]
            people:
              - {id: P1, name: 张建国, unit: 县委, rank: 县处级正职, order: 1, role: host}
              - {id: P2, name: 李文华, unit: 县政府, rank: 县处级正职, order: 2, role: host}
              - {id: P3, name: 王海波, unit: 县委, rank: 县处级副职, role: host}
              - {id: P4, name: 赵明, unit: 县委, rank: 县处级副职}
              - {id: P5, name: 欧阳晓东, unit: 县政府, rank: 县处级副职}
              - {id: P6, name: 刘志强, unit: 县政府, rank: 乡科级正职}
              - {id: G1, name: 孙丽, unit: 市外事办, rank: 厅局级副职, role: guest}
              - {id: G2, name: 周磊, unit: 市外事办, rank: 县处级正职, role: guest}
              - {id: G3, name: 郑涛, unit: 市外事办, rank: 县处级副职, role: guest}
            seating:
              - \(zone)
            """
    }

    @Test(arguments: layouts)
    func everyCommandAcceptsTheLayoutFromAnyFolder(_ layout: String, _ kind: String) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(Self.plan(layout: layout, kind: kind), to: "plans/meeting.yaml", in: folder)
        let check = try BanhuiProcess.run(["check", "plans/meeting.yaml"], in: folder)
        #expect(check.exitCode == 0, "check: \(check.stderr)")
        let seat = try BanhuiProcess.run(["seat", "plans/meeting.yaml", "--format", "json"], in: folder)
        #expect(seat.exitCode == 0, "seat: \(seat.stderr)")
        #expect(seat.stdout.contains("张建国"))
        let export = try BanhuiProcess.run(["export", "plans/meeting.yaml", "--only", "seating", "--format", "docx"], in: folder)
        #expect(export.exitCode == 0, "export: \(export.stderr)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/exports/layout-\(layout)")) ?? []
        #expect(written.contains("seating.docx") && written.contains { $0.hasSuffix(".svg") }, "\(written)")
        let quota = try BanhuiProcess.run(["quota", "plans"], in: folder)
        #expect(quota.exitCode == 0 || quota.exitCode == 1, "quota: \(quota.stderr)")
        #expect(!quota.stderr.contains("SEAT003"))
    }

    @Test func anInstalledCopyFindsItsLayoutsAndSchemas() throws {
        let prefix = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: BanhuiProcess.executable.path, toPath: prefix + "/bin/banhui")
        let elsewhere = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        let installed = URL(fileURLWithPath: prefix + "/bin/banhui")

        let list = try BanhuiProcess.run(program: installed, ["layouts", "list"], in: elsewhere)
        #expect(list.exitCode == 0, "\(list.stderr)")
        #expect(list.stdoutLines.count == Self.layouts.count)

        try Fixtures.write(Self.plan(layout: "county-auditorium", kind: "hall"), to: "meeting.yaml", in: elsewhere)
        let export = try BanhuiProcess.run(program: installed, ["export", "meeting.yaml", "--format", "docx"], in: elsewhere)
        #expect(export.exitCode == 0, "\(export.stderr)")

        // Without its schemas an installed copy says where to put them; with them it validates.
        let notice = elsewhere + "/exports/layout-county-auditorium/signin.docx"
        let missing = try BanhuiProcess.run(program: installed, ["validate", notice], in: elsewhere)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("share/banhui/schemas"))
        try FileManager.default.createDirectory(atPath: prefix + "/share/banhui", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("schemas"), toPath: prefix + "/share/banhui/schemas")
        let valid = try BanhuiProcess.run(program: installed, ["validate", notice], in: elsewhere)
        #expect(valid.exitCode == 0, "\(valid.stderr)")
        #expect(valid.stdoutLines == ["\(notice): 有效"])
    }

    @Test func aLayoutsFolderFromTheEnvironmentServesEveryCommand() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("title: 小会议室\nkind: hall\nrows: [\"sss.sss\", \"sss.sss\"]\n", to: "venues/small-room.yaml", in: folder)
        try Fixtures.write(Self.plan(layout: "small-room", kind: "hall"), to: "meeting.yaml", in: folder)
        let environment = ["BANHUI_LAYOUTS": folder + "/venues"]
        for arguments in [["check", "meeting.yaml"], ["seat", "meeting.yaml"], ["export", "meeting.yaml", "--only", "seating"],
                          ["quota", "meeting.yaml"]] {
            let result = try BanhuiProcess.run(arguments, in: folder, environment: environment)
            #expect(result.exitCode == 0 || (arguments[0] == "quota" && result.exitCode == 1), "\(arguments[0]): \(result.stderr)")
            #expect(!result.stderr.contains("SEAT003"), "\(arguments[0]): \(result.stderr)")
        }
        // Without the folder, small-room is unknown to every command that seats, quota included.
        for arguments in [["check", "meeting.yaml"], ["quota", "meeting.yaml"]] {
            let builtIn = try BanhuiProcess.run(arguments, in: folder)
            #expect(builtIn.exitCode == 2 && builtIn.stderr.contains("meeting.yaml:15:"), "\(arguments[0]): \(builtIn.stderr)")
            #expect(builtIn.stderr.contains("[SEAT003]"), "\(arguments[0]): small-room is not built in: \(builtIn.stderr)")
        }
    }
}
