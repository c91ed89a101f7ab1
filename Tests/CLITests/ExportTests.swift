import Foundation
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ExportTests {
    static let example = "examples/county-office-meeting/meeting.yaml"
    /// The example's export as reviewed: snapshots beside this test, never the `exports/` folder
    /// users export into.
    static let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/CLITests/__Snapshots__/ExportTests/county-office-meeting")
    static let names = ["notice.docx", "notice.odt", "receipt.xlsx", "agenda.docx", "agenda.odt", "seating.docx", "seating.odt",
                        "seating-主席台.svg", "seating-台下.svg", "cards.docx", "cards.odt", "signin.docx", "signin.odt", "meeting.ics"]

    @Test func exampleExportMatchesItsSnapshotsAndIsValid() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path(Self.example), "--out", out], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == Self.names.map { (out as NSString).appendingPathComponent($0) })
        for name in Self.names {
            let written = try #require(FileManager.default.contents(atPath: (out as NSString).appendingPathComponent(name)), "\(name)")
            try Snapshot.assertFile([UInt8](written), at: Self.snapshots.appendingPathComponent(name))
        }
        let office = Self.names.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") || $0.hasSuffix(".xlsx") }.map { (out as NSString).appendingPathComponent($0) }
        try OfficeValidation.expectValid(paths: office)
    }

    /// ODT tables name each column's usual cell style once (`table:default-cell-style-name`);
    /// a cell names its own style only where it differs (the 版记's ruled rows), and no cell
    /// carries `office:value-type`.
    @Test func odtTableCellsNameOnlyTheStyleThatDiffersFromTheirColumn() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path(Self.example), "--out", out, "--format", "odt", "--only", "signin,notice"], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        func content(_ name: String) throws -> String {
            try ZipParts.text(of: "content.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent(name)))))
        }
        let signin = try content("signin.odt"), notice = try content("notice.odt")
        for xml in [signin, notice] {
            #expect(!xml.contains("office:value-type"))
            let columns = xml.components(separatedBy: "<table:table-column ").dropFirst()
            #expect(!columns.isEmpty && columns.allSatisfy { $0.hasPrefix("table:style-name=\"") && $0.contains("table:default-cell-style-name=\"Table") })
        }
        // The sign-in grid: one cell style, named by the columns only.
        #expect(signin.components(separatedBy: "<table:table-cell>").count > 10)
        #expect(!signin.contains("<table:table-cell table:style-name="))
        // The 版记 (Table2): its ruled rows differ, so its thick top rule keeps its cell's own name.
        #expect(notice.contains("<table:table-cell table:style-name=\"Table2.First\""))
        try OfficeValidation.expectValid(paths: ["signin.odt", "notice.odt"].map { (out as NSString).appendingPathComponent($0) })
    }

    /// 签到表 follows the plan's tie-breakers: with `tiebreak: [strokes]`, 丁一 (2 strokes) before 王五.
    @Test func signInSheetFollowsThePlansTieBreakers() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("""
            version: 1
            meeting: {id: order-test, title: 排序测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            tiebreak: [strokes]
            people:
              - {id: A, name: 王五, rank: 科员}
              - {id: B, name: 丁一, rank: 科员}
              - {id: C, name: 李四, rank: 副科}
            seating:
              - {zone: 会场, kind: hall, rows: [3], people: all}
            """, to: "plan.yaml", in: folder)
        let result = try BanhuiProcess.run(["export", "plan.yaml", "--only", "signin", "--format", "docx"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/exports/order-test/signin.docx"))))
        let positions = ["李四", "丁一", "王五"].map { document.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions[0]! < positions[1]! && positions[1]! < positions[2]!, "李四 (副科) first, then 丁一 before 王五")
    }

    @Test func formatAndOnlyNarrowTheFiles() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Self.example, "--out", out, "--format", "odt", "--only", "signin,ics"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["meeting.ics", "signin.odt"])
    }

    @Test func invalidPlanWritesNothingAndExits2() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let target = (out as NSString).appendingPathComponent("docs")
        let result = try BanhuiProcess.run(["export", Fixtures.path("Tests/CLITests/Fixtures/documents/invalid-person.yaml"), "--out", target])
        #expect(result.exitCode == 2)
        #expect(result.stderrLines.contains { $0.contains("error:") && $0.contains("P9") }, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func unknownDocumentIsAUsageError() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Self.example, "--out", out, "--only", "notice,minutes"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("minutes"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }
}
