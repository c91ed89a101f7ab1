import Foundation
import Testing
import TestSupport

/// `banhui export --format xlsx`: seating.xlsx and signin.xlsx as a spreadsheet program reads them.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SpreadsheetExportTests {
    static let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/CLITests/__Snapshots__/SpreadsheetExportTests")

    static func export() throws -> (out: String, seating: [UInt8], signin: [UInt8], stdout: [String]) {
        let out = try Fixtures.temporaryDirectory()
        let result = try BanhuiProcess.run(["export", Fixtures.path(ExportTests.example), "--out", out, "--format", "xlsx",
                                            "--only", "seating,signin"], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent(name)))) }
        return (out, try read("seating.xlsx"), try read("signin.xlsx"), result.stdoutLines.map { ($0 as NSString).lastPathComponent })
    }

    @Test func exampleWorkbooksMatchTheirSnapshotsAndAreValid() throws {
        let export = try Self.export()
        defer { try? FileManager.default.removeItem(atPath: export.out) }
        #expect(export.stdout == ["seating.xlsx", "seating-主席台.svg", "seating-台下.svg", "signin.xlsx"])
        for (name, bytes) in [("seating.xlsx", export.seating), ("signin.xlsx", export.signin)] {
            try Snapshot.assertFile(bytes, at: Self.snapshots.appendingPathComponent(name))
            OfficeValidation.expectValid([(name, bytes)])
        }
    }

    /// The same people in the same order as the 座次表 and 签到表: a sheet per zone in the room
    /// frame, the list sheet in seating order, the sign-in sheet in precedence order.
    @Test func workbooksHoldTheSeatingAndSignInOrder() throws {
        let export = try Self.export()
        defer { try? FileManager.default.removeItem(atPath: export.out) }
        let seating = try SpreadsheetReader.sheets(export.seating)
        #expect(seating.map(\.name) == ["主席台", "台下", "名单"])
        let rostrum = seating[0].rows
        #expect(rostrum[0] == ["全县办公室工作会议座次表 · 主席台"] && rostrum[1] == ["台下视角，前排在下，从左至右"])
        #expect(rostrum[2] == ["排", "1号", "2号", "3号", "4号", "5号"])
        #expect(rostrum[3] == ["第1排", "欧阳晓东", "王海波", "张建国", "李文华", "赵明"])
        #expect(rostrum[4] == ["单位", "县政府", "县委", "县委", "县政府", "县委"])
        let hall = seating[1].rows
        #expect(hall[3].prefix(4) == ["第1排", "刘志强", "陈静", "田富"])
        let list = seating[2].rows.dropFirst(2)
        let gridNames = [rostrum, hall].flatMap { rows in rows.filter { $0.first?.hasPrefix("第") == true }.flatMap { $0.dropFirst() } }
        #expect(list.map { $0[3] } == gridNames.filter { !$0.isEmpty })

        let signin = try SpreadsheetReader.sheets(export.signin)
        #expect(signin.map(\.name) == ["签到表"])
        let table = signin[0].rows.drop { $0.first != "序号" }
        #expect(table.first == ["序号", "单位", "姓名", "职务", "签到"])
        #expect(table.dropFirst().map { $0[0] } == (1...17).map(String.init))
        #expect(table.dropFirst().prefix(3).map { $0[2] } == ["张建国", "李文华", "王海波"])
    }
}
