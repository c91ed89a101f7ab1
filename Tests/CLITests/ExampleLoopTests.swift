import Foundation
import Testing
import TestSupport

/// The README's "When things change" walk-through, on a copy of the bundled example.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ExampleLoopTests {
    static func example() throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        let copy = (folder as NSString).appendingPathComponent("county-office-meeting")
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/county-office-meeting"), toPath: copy)
        return copy
    }

    @Test func theReturnedReceiptsGiveTheCommittedRoster() throws {
        let folder = try Self.example()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["receipts", "meeting.yaml", "回执", "--out", "fresh.csv"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.first == "已报 3 个单位 5 人：参会 4 人（含代会 1 人），请假 1 人")
        // The file lines add up to the total and say what they count.
        #expect(result.stdout.contains("县政协办公室  回执/县政协办公室.xlsx  2 人（参会 1 人，请假 1 人）"), "\(result.stdout)")
        #expect(result.stdout.contains("未报 6 个单位：县委、县政府、县委办公室、县人大常委会办公室、县政府办公室、西关镇"))
        let fresh = try String(contentsOfFile: (folder as NSString).appendingPathComponent("fresh.csv"), encoding: .utf8)
        let committed = try String(contentsOfFile: Fixtures.path("examples/county-office-meeting/receipts.csv"), encoding: .utf8)
        #expect(fresh == committed, "examples/county-office-meeting/receipts.csv is what banhui receipts writes")
    }

    @Test func theSecondVersionKeepsTheHallAndReseatsTheRostrum() throws {
        let folder = try Self.example()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["diff", "meeting.yaml", "meeting-v2.yaml", "--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let seats = try #require(json["seats"] as? [[String: Any]])
        let hall = seats.filter { $0["zone"] as? String == "台下" }
        #expect(hall.count == 4)
        #expect(hall.allSatisfy { $0["reason"] as? String == "added" && $0["from"] is NSNull })
        #expect(seats.contains { $0["person"] as? String == "P5" && $0["reason"] as? String == "removed" })
        #expect((json["reprint"] as? [String: [String]])?["cards"]?.count == 4)
        let text = try BanhuiProcess.run(["diff", "meeting.yaml", "meeting-v2.yaml"], in: folder)
        #expect(text.stdout.contains("  王海波（县委）  第1排第2座 → 第1排第1座  调整（按礼宾次序重排）"))
        #expect(text.stdout.contains("需重印桌签 4 张：唐敏、马建军、宋雨、韩冰"))
    }

    @Test func exportWithChangesFromWritesTheChangeDocuments() throws {
        let folder = try Self.example()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["export", "meeting-v2.yaml", "--changes-from", "meeting.yaml", "--out", "out"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let written = Set(result.stdoutLines.map { ($0 as NSString).lastPathComponent })
        #expect(written.isSuperset(of: ["receipt.xlsx", "changes.docx", "changes.odt", "cards-changed.docx", "cards-changed.odt",
                                        "notice-change.docx", "notice-change.odt"]))
        let bytes = try #require(FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("out/notice-change.odt")))
        let content = OfficeText.flattened(try ZipParts.text(of: "content.xml", in: [UInt8](bytes)))
        #expect(content.contains("关于全县办公室工作会议有关事项调整的通知"))
        #expect(content.contains("县委办发〔2026〕13号"))
    }
}
