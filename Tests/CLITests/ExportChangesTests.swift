import Foundation
import Testing
import TestSupport

/// `banhui export NEW --changes-from OLD` on the 200-person versions of DiffCommandTests.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ExportChangesTests {
    static func export(_ new: String, extra: [String] = []) throws -> (folder: String, out: String, result: CommandResult) {
        let folder = try DiffCommandTests.folder()
        let out = (folder as NSString).appendingPathComponent("out")
        let result = try BanhuiProcess.run(["export", new, "--changes-from", "plan-v1.yaml", "--out", out] + extra, in: folder)
        return (folder, out, result)
    }

    static func text(_ name: String, in out: String, part: String) throws -> String {
        let bytes = try #require(FileManager.default.contents(atPath: (out as NSString).appendingPathComponent(name)), "\(name)")
        return try ZipParts.text(of: part, in: [UInt8](bytes))
    }

    @Test func writesTheChangeDocumentsBesideTheUsualOnes() throws {
        let (folder, out, result) = try Self.export("plan-v2-stable.yaml")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        let written = result.stdoutLines.map { ($0 as NSString).lastPathComponent }
        for name in ["notice.docx", "cards.docx", "changes.docx", "changes.odt", "cards-changed.docx", "cards-changed.odt",
                     "notice-change.docx", "notice-change.odt", "seating-台下.svg"] {
            #expect(written.contains(name), "\(name)")
        }
        // The charts are written once, marked.
        #expect(written.filter { $0 == "seating-台下.svg" }.count == 1)
        let office = written.filter { $0.hasPrefix("changes.") || $0.hasPrefix("cards-changed.") || $0.hasPrefix("notice-change.") }
        #expect(office.count == 6)
        try OfficeValidation.expectValid(paths: (office + ["receipt.xlsx"]).map { (out as NSString).appendingPathComponent($0) })
    }

    /// The folder of a change export holds only files an export writes, so later exports replace it.
    @Test func laterExportsReplaceAChangeExport() throws {
        let (folder, out, result) = try Self.export("plan-v2-stable.yaml")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        let again = try BanhuiProcess.run(["export", "plan-v2-stable.yaml", "--changes-from", "plan-v1.yaml", "--out", out], in: folder)
        #expect(again.exitCode == 0, "\(again.stderr)")
        let plain = try BanhuiProcess.run(["export", "plan-v2-stable.yaml", "--out", out], in: folder)
        #expect(plain.exitCode == 0, "\(plain.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!left.contains { $0.hasPrefix("changes.") || $0.hasPrefix("cards-changed.") || $0.hasPrefix("notice-change.") })
        #expect(left.contains("receipt.xlsx"))
    }

    @Test func theChangeSheetListsEachZonesMovesAndTheMeetingChanges() throws {
        let (folder, out, result) = try Self.export("plan-v2-stable.yaml")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        let sheet = OfficeText.flattened(try Self.text("changes.docx", in: out, part: "word/document.xml"))
        for text in ["全县经济工作会议座次调整单", "2026年11月25日", "主席台（按礼宾次序重排）", "原座位", "新座位", "周国平", "撤出",
                     "贺新民", "第10排第11座", "新增", "开始时间：原为2026年12月3日9:00，现为2026年12月3日14:30。", "需重印桌签1张：贺新民。"] {
            #expect(sheet.contains(text), "\(text)")
        }
        let odt = OfficeText.flattened(try Self.text("changes.odt", in: out, part: "content.xml"))
        #expect(odt.contains("贺新民") && odt.contains("第10排第11座"))
    }

    @Test func onlyTheCardsToReprint() throws {
        let (folder, out, result) = try Self.export("plan-v2-stable.yaml")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        let reprint = try Self.text("cards-changed.docx", in: out, part: "word/document.xml")
        let all = try Self.text("cards.docx", in: out, part: "word/document.xml")
        #expect(reprint.contains("贺新民"))
        #expect(!reprint.contains("张建国"))
        // One card, two faces: in the DOCX the upright face is text and the turned face a WordArt
        // shape in the page body, in the ODT both faces are text; the full set holds every seated person.
        #expect(reprint.components(separatedBy: ">贺新民</w:t>").count - 1 == 1)
        #expect(reprint.components(separatedBy: "string=\"贺新民\"").count - 1 == 1)
        let reprintODT = try Self.text("cards-changed.odt", in: out, part: "content.xml")
        #expect(reprintODT.components(separatedBy: "贺新民").count - 1 == 2)
        #expect(all.contains("张建国") && all.contains("贺新民"))
        // Same type size as the full set, so the reprinted card matches the others.
        let size = { (xml: String) in xml.components(separatedBy: "<w:sz w:val=\"").dropFirst().map { $0.prefix { $0 != "\"" } }.last }
        #expect(size(reprint) == size(all))
    }

    @Test func theChangeNoticeSaysWhatWasPlannedAndWhatItIsNow() throws {
        let (folder, out, result) = try Self.export("plan-v2-stable.yaml")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        // Word joiners (U+2060) keep dates and numbers unbroken on the page; they are not text.
        let notice = OfficeText.flattened(try Self.text("notice-change.docx", in: out, part: "word/document.xml"))
        for text in ["关于全县经济工作会议有关事项调整的通知", "各乡镇党委、政府，县直各部门：", "一、会议时间",
                     "原定2026年12月3日（星期四）9:00—11:30，现调整为2026年12月3日（星期四）14:30—17:00。",
                     "中共××县委办公室", "2026年11月25日"] {
            #expect(notice.contains(text), "\(text)")
        }
        #expect(!notice.contains("会议地点"), "the place did not change")
    }

    @Test func chartsMarkTheChangedSeatsWithALegend() throws {
        let (folder, out, result) = try Self.export("plan-v2-stable.yaml")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        let hall = try String(contentsOfFile: (out as NSString).appendingPathComponent("seating-台下.svg"), encoding: .utf8)
        for label in [">新增<", ">调整<", ">空出<"] { #expect(hall.contains(label), "\(label)") }
        let rostrum = try String(contentsOfFile: (out as NSString).appendingPathComponent("seating-主席台.svg"), encoding: .utf8)
        // The chart's stylesheet fills each mark's class with its colour.
        for chart in [hall, rostrum] {
            for rule in ["rect.added { fill: #cdeccd }", "rect.moved { fill: #ffe9a8 }", "rect.vacated { fill: #f6d0cf }"] {
                #expect(chart.contains(rule), "\(rule)")
            }
        }
        // Exactly one seat filled with the 新增 colour besides its legend swatch; nobody else moved in the stable hall.
        #expect(hall.components(separatedBy: "<rect class=\"box added\"").count - 1 == 2)
        #expect(hall.components(separatedBy: "<rect class=\"box moved\"").count - 1 == 1)
        #expect(rostrum.components(separatedBy: "<rect class=\"box moved\"").count - 1 == 4, "3 protocol moves and the swatch")
    }

    @Test func noChangeNoticeWhenOnlyPeopleChanged() throws {
        let folder = try DiffCommandTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sameTime = try String(contentsOfFile: (folder as NSString).appendingPathComponent("plan-v2.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "2026-12-03 14:30", with: "2026-12-03 09:00").replacingOccurrences(of: "2026-12-03 17:00", with: "2026-12-03 11:30")
        try Fixtures.write(sameTime, to: "same-time.yaml", in: folder)
        let result = try BanhuiProcess.run(["export", "same-time.yaml", "--changes-from", "plan-v1.yaml", "--out", "out", "--format", "docx"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let written = result.stdoutLines.map { ($0 as NSString).lastPathComponent }
        #expect(written.contains("changes.docx"))
        #expect(!written.contains { $0.hasPrefix("notice-change") })
        #expect(!written.contains("changes.odt"), "--format narrows the change documents too")
    }

    @Test func anInvalidOldPlanWritesNothing() throws {
        let folder = try DiffCommandTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("version: 1\nmeeting: {title: 坏}\n", to: "bad.yaml", in: folder)
        let result = try BanhuiProcess.run(["export", "plan-v2.yaml", "--changes-from", "bad.yaml", "--out", "out"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("bad.yaml:"))
        #expect(!FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("out")))
    }

    /// Both versions with `cards: {zones: [主席台]}`, the new one holding 台下 第1排第1座: who sat
    /// there is moved 因座位保留调整; 桌签 are reprinted for the rostrum only, and 周国平's, who
    /// left the rostrum, is listed to take away.
    @Test func cardsWithinTheirZonesAndHeldSeatsExplained() throws {
        let folder = try DiffCommandTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["plan-v1.yaml", "plan-v2-stable.yaml"] {
            let path = (folder as NSString).appendingPathComponent(name)
            var text = try String(contentsOfFile: path, encoding: .utf8)
            text += "cards: {zones: [主席台]}\n"
            if name == "plan-v2-stable.yaml" {
                text = text.replacingOccurrences(of: "    stable: true\n", with: "    stable: true\n    hold: [{row: 1, seat: 1}]\n")
            }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let out = (folder as NSString).appendingPathComponent("out")
        let result = try BanhuiProcess.run(["export", "plan-v2-stable.yaml", "--changes-from", "plan-v1.yaml", "--out", out], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let sheet = OfficeText.flattened(try Self.text("changes.docx", in: out, part: "word/document.xml"))
        #expect(sheet.contains("因座位保留调整"))
        #expect(sheet.contains("第1排第1座"))
        #expect(sheet.contains("桌签无需重印。"))
        #expect(sheet.contains("需撤下桌签1张：周国平。"))
        // 贺新民 is new in the hall, which has no 桌签: no cards to reprint at all.
        #expect(!FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent("cards-changed.docx")))
        let diff = try BanhuiProcess.run(["diff", "plan-v1.yaml", "plan-v2-stable.yaml", "--format", "json"], in: folder)
        #expect(diff.stdout.contains("\"reason\": \"held\""), "\(diff.stdout)")
        #expect(diff.stdout.contains("\"withdraw\": [\"P7\"]"), "\(diff.stdout)")
    }
}
