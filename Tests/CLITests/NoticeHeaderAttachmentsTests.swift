import Foundation
import Testing
import TestSupport

/// The notice's own attachments (`notice.attachments`) and the 版头 elements of GB/T 9704 §7.2
/// (份号, 密级和保密期限, 紧急程度, 签发人) and a 印发机关 apart from the organizer, as a user
/// exports them, in DOCX and ODT; and the located errors of a plan that gets them wrong.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct NoticeHeaderAttachmentsTests {
    static let fixture = "\(NoticeExportTests.fixtures)/headed.yaml"

    /// The text of a part with the word joiners (U+2060) taken out.
    static func text(_ part: String, of file: String, in folder: String) throws -> String {
        try NoticeExportTests.part(part, of: file, in: folder).replacingOccurrences(of: "\u{2060}", with: "")
    }

    /// The text of each DOCX paragraph (`w:p`), its runs joined: runs split by language or
    /// format read as one text.
    static func paragraphs(_ document: String) -> [String] {
        document.components(separatedBy: "</w:p>").map { paragraph in
            paragraph.components(separatedBy: "<w:t").dropFirst().compactMap { piece -> String? in
                guard let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</w:t>") else { return nil }
                return String(piece[piece.index(after: start)..<end.lowerBound])
            }.joined()
        }
    }

    /// The text of each ODT paragraph or heading, its spans joined.
    static func odtParagraphs(_ content: String) -> [String] {
        let body = content.components(separatedBy: "<office:text>").last ?? content
        return body.replacingOccurrences(of: "</text:h>", with: "</text:p>").components(separatedBy: "</text:p>").map { paragraph in
            // The last element a paragraph opens, then the text without tags.
            let start = paragraph.range(of: "<text:p ", options: .backwards) ?? paragraph.range(of: "<text:h ", options: .backwards)
            let own = start.map { String(paragraph[$0.lowerBound...]) } ?? paragraph
            return own.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        }
    }

    @Test func docxHasTheHeaderElementsInOrderTheSignerAndThePrintingOffice() throws {
        let (result, out) = try NoticeExportTests.export(Self.fixture, ["--only", "notice", "--format", "docx"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        try OfficeValidation.expectValid(paths: [(out as NSString).appendingPathComponent("notice.docx")])
        let document = try Self.text("word/document.xml", of: "notice.docx", in: out)
        // 份号 (six digits, leading zeros), 密级★保密期限, 紧急程度, then the 发文机关标志: top-down,
        // the first lines of the page.
        let texts = Self.paragraphs(document)
        #expect(Array(texts.prefix(4)) == ["000012", "秘密★1年", "特急", "××县人民政府文件"], "\(texts.prefix(6))")
        // 签发人 on the 发文字号's line: a right tab 1 字 (16 pt = 320 twips) in from the 版心's right
        // edge (442.2 pt = 8844 twips), the name in 楷体, the 发文字号 1 字 in from the left.
        #expect(document.contains(#"<w:tabs><w:tab w:val="right" w:pos="8524"/></w:tabs>"#), "\(document.prefix(4000))")
        #expect(texts.contains("\u{3000}××政发〔2026〕8号签发人：李文华"))
        #expect(document.contains(#"<w:tab/><w:t>签发人：</w:t>"#))
        #expect(document.contains(#"w:eastAsia="楷体_GB2312" w:cs="Times New Roman"/><w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t>李文华</w:t>"#))
        // The 版记's 印发机关 is `printed_by`, not the organizer (who signs the notice).
        #expect(texts.contains("××县人民政府办公室") && texts.contains("2026年12月10日印发"))
    }

    /// Five 签发人 of a 联合行文 (GB/T 9704 §7.2.6): two names a line in the order given, each
    /// line's names in the same columns, `签发人：` once before the first, the 发文字号 on the last
    /// line with the red rule under that line only; DOCX and ODT alike.
    @Test func severalSignersStandTwoALineWithTheNumberOnTheLast() throws {
        let (result, out) = try NoticeExportTests.export("\(NoticeExportTests.fixtures)/signers.yaml", ["--only", "notice"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        try OfficeValidation.expectValid(paths: ["notice.docx", "notice.odt"].map { (out as NSString).appendingPathComponent($0) })
        let docx = try Self.text("word/document.xml", of: "notice.docx", in: out)
        let odt = try Self.text("content.xml", of: "notice.odt", in: out)
        let lines = ["签发人：李文华王强", "欧阳晓东赵明", "\u{3000}××政发〔2026〕15号孙立新"]
        for (name, texts) in [("docx", Self.paragraphs(docx)), ("odt", Self.odtParagraphs(odt))] {
            let first = try #require(texts.firstIndex(of: lines[0]), "\(name): \(texts.prefix(10))")
            #expect(Array(texts[first..<min(texts.count, first + 3)]) == lines, "\(name)")
        }
        // Columns (twips): the 版心 is 8844 wide; the second column ends 1 字 (320) from its right
        // edge and is as wide as 王强 (2 × 315, a 字 less the −0.25 pt letter spacing): 7894. The
        // first is as wide as 欧阳晓东 (4 × 315) with 1 字 between: 6314. The label 签发人： (4 × 315)
        // ends where the first names start: 5054.
        let header = String(docx[..<docx.range(of: "关于召开")!.lowerBound])
        #expect(header.contains(#"<w:tabs><w:tab w:val="left" w:pos="5054"/><w:tab w:val="left" w:pos="7894"/></w:tabs>"#))
        #expect(header.components(separatedBy: #"<w:tabs><w:tab w:val="left" w:pos="6314"/><w:tab w:val="left" w:pos="7894"/></w:tabs>"#).count - 1 == 2)
        for signer in ["李文华", "王强", "欧阳晓东", "赵明", "孙立新"] {
            let text = try #require(header.range(of: "<w:t>\(signer)</w:t>"), "\(signer)")
            let run = try #require(header[..<text.lowerBound].range(of: "<w:r>", options: .backwards))
            #expect(header[run.lowerBound..<text.lowerBound].contains(#"w:eastAsia="楷体_GB2312""#), "\(signer) in 楷体")
        }
        // The red rule under the 发文字号's line only (Word joins like borders of adjacent paragraphs).
        #expect(header.components(separatedBy: "<w:pBdr>").count - 1 == 1)
        let ruled = try #require(header.range(of: "<w:pBdr>"))
        #expect(header[ruled.lowerBound...].contains("孙立新") && !header[ruled.lowerBound...].contains("赵明"))
        // ODT: the same stops in points.
        for stops in [#"<style:tab-stop style:position="252.705pt" style:type="left"/><style:tab-stop style:position="394.705pt" style:type="left"/>"#,
                      #"<style:tab-stop style:position="315.705pt" style:type="left"/><style:tab-stop style:position="394.705pt" style:type="left"/>"#] {
            #expect(odt.contains(stops))
        }
        #expect(odt.contains(#"<text:tab/>签发人：<text:span text:style-name="T1">李文华</text:span><text:tab/><text:span text:style-name="T1">王强</text:span>"#))
    }

    @Test func attachmentsFollowTheBuiltInOnesInBothFormats() throws {
        let (result, out) = try NoticeExportTests.export(Self.fixture, ["--only", "notice"])
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        try OfficeValidation.expectValid(paths: ["notice.docx", "notice.odt"].map { (out as NSString).appendingPathComponent($0) })
        let docx = try Self.text("word/document.xml", of: "notice.docx", in: out)
        let odt = try Self.text("content.xml", of: "notice.odt", in: out)
        for (name, texts) in [("docx", Self.paragraphs(docx)), ("odt", Self.odtParagraphs(odt))] {
            // 附件说明: the built-in ones, then the plan's, numbered on.
            for note in ["附件：1. 参会回执", "2. 会议日程", "3. 分组讨论名单", "4. 会议材料目录"] {
                #expect(texts.contains(note), "\(name): \(note)")
            }
            let label3 = try #require(texts.firstIndex(of: "附件3"), "\(name)")
            let label4 = try #require(texts.firstIndex(of: "附件4"), "\(name)")
            let table = try #require(texts.firstIndex(of: "组别"), "\(name): the CSV's header")
            let cell = try #require(texts.firstIndex(of: "县农业农村局、县水利局、县自然资源局"), "\(name): a CSV cell")
            let paragraph = try #require(texts.firstIndex(of: "3. 县发展改革局汇报材料"), "\(name): a line of the text")
            #expect(label3 < table && table < cell && cell < label4 && label4 < paragraph)
            let titles = [label3, label4].map { label in texts[(label + 1)...].first { !$0.isEmpty } }
            #expect(titles == ["分组讨论名单", "会议材料目录"], "\(name): each title follows its label")
        }
        // Each attachment starts a page; the CSV's header row repeats on every page.
        #expect(docx.components(separatedBy: "<w:pageBreakBefore/>").count - 1 == 4)
        #expect(docx.components(separatedBy: "<w:tblHeader/>").count - 1 == 3, "回执, 日程 and 分组讨论名单 headers")
        #expect(OfficeText.flattened(odt).contains("附件4") && odt.contains("<table:table-header-rows>"))
        // ODT: the 签发人's right tab stop and the tab itself.
        #expect(odt.contains(#"<style:tab-stop style:position="426.205pt" style:type="right"/>"#))
        #expect(odt.contains("<text:tab/>签发人："))
    }

    @Test func withoutAVersionHeadTheMarksStandAboveTheTitle() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("""
            version: 1
            meeting: {id: m, title: 碰头会, organizer: ××县委办公室, start: 2026-12-03 09:00, end: 2026-12-03 10:00}
            notice: {copy_number: 7, secrecy: 机密, secrecy_period: 长期, urgency: 加急, to: [各科室], issued: 2026-12-01}
            """, to: "plan.yaml", in: folder)
        let result = try BanhuiProcess.run(["export", "plan.yaml", "--out", "out", "--only", "notice", "--format", "odt"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let content = try Self.text("content.xml", of: "notice.odt", in: folder + "/out")
        let copy = try #require(content.range(of: ">000007<"))
        let secrecy = try #require(content.range(of: ">机密★长期<"))
        let urgency = try #require(content.range(of: ">加急<"))
        let title = try #require(content.range(of: "关于召开碰头会的通知"))
        #expect(copy.lowerBound < secrecy.lowerBound && secrecy.lowerBound < urgency.lowerBound && urgency.lowerBound < title.lowerBound)
        #expect(!content.contains("文件<"), "no 版头 without a 发文字号")
        #expect(content.contains(">××县委办公室<"), "印发机关 defaults to the organizer")
    }

    /// A plan with one bad notice key: `check` and `export` refuse it with the located diagnostic,
    /// exit 2, and write nothing.
    static let base = """
        version: 1
        meeting: {id: m, title: 碰头会, organizer: ××县委办公室, start: 2026-12-03 09:00, end: 2026-12-03 10:00}
        notice:
          to: [各科室]
          issued: 2026-12-01

        """

    static let badPlans: [(name: String, notice: String, files: [String: String], expected: String)] = [
        ("missing file", "  attachments: [{title: 名单, file: nowhere.csv}]", [:], "plan.yaml:6:35: error: [NOTICE001] 无法读取附件文件“nowhere.csv”：文件不存在"),
        ("not a CSV", "  attachments: [{title: 名单, file: list.xlsx}]", ["list.xlsx": "PK"], "plan.yaml:6:35: error: [NOTICE002] 附件文件“list.xlsx”须为 .csv 表格"),
        ("unclosed quote", "  attachments: [{title: 名单, file: list.csv}]", ["list.csv": "组别,成员\n第一组,\"县财政局\n"],
         "list.csv:2:2: error: [NOTICE002] 附件表格“list.csv”：第2行的引号没有闭合"),
        ("not UTF-8 or GB18030", "  attachments: [{title: 名单, file: list.csv}]", ["list.csv": "\u{FFFF}"], ""),
        ("neither file nor text", "  attachments: [{title: 名单}]", [:], "plan.yaml:6:17: error: [NOTICE003] 附件须有 file（CSV 表格）或 text（文字）之一"),
        ("both file and text", "  attachments: [{title: 名单, file: a.csv, text: 名单}]", [:], "plan.yaml:6:48: error: [NOTICE003] 附件只能有 file 或 text 之一，不能两者都有"),
        ("13 columns", "  attachments: [{title: 名单, file: wide.csv}]",
         ["wide.csv": (1...13).map { "列\($0)" }.joined(separator: ",") + "\n" + Array(repeating: "x", count: 13).joined(separator: ",") + "\n"],
         "plan.yaml:6:35: error: [LIMIT009] 附件表格“wide.csv”有 13 列，超过 12 列（版心放不下）"),
        ("2,001 rows", "  attachments: [{title: 名单, file: long.csv}]",
         ["long.csv": "序号,姓名\n" + (1...2_001).map { "\($0),某某" }.joined(separator: "\n") + "\n"],
         "plan.yaml:6:35: error: [LIMIT009] 附件表格“long.csv”超过 2000 行"),
        ("21 attachments", "  attachments: [" + (1...21).map { "{title: 附\($0), text: 文字}" }.joined(separator: ", ") + "]", [:],
         "error: [LIMIT009] 附件超过 20 个"),
        ("row longer than the header", "  attachments: [{title: 名单, file: list.csv}]",
         ["list.csv": "组别,成员\n第一组,县财政局\n第二组,县水利局,\"县农业农村局\",县林业局\n"],
         "list.csv:3:3: error: [NOTICE002] 附件表格“list.csv”第3行有第3个单元格“县农业农村局”，而标题行只有 2 列"),
        ("copy number", "  copy_number: A12", [:], "plan.yaml:6:16: error: [NOTICE004] 份号“A12”应为 1–6 位阿拉伯数字（印为 6 位，前补 0）"),
        ("secrecy period", "  copy_number: 1\n  secrecy: 秘密\n  secrecy_period: 一年", [:],
         "plan.yaml:8:19: error: [NOTICE004] 保密期限“一年”应为“N年”“N个月”或“长期”（N 为阿拉伯数字）"),
        ("period without secrecy", "  secrecy_period: 6个月", [:], "plan.yaml:6:19: error: [NOTICE004] 有保密期限而没有密级"),
        ("secrecy without copy number", "  secrecy: 绝密", [:], "plan.yaml:6:12: error: [NOTICE004] 涉密公文应当标注份号（copy_number）"),
        ("secrecy outside its set", "  copy_number: 1\n  secrecy: 内部", [:], "plan.yaml:7:12: error: [PLAN004]"),
        ("signer without number", "  signer: 李文华", [:], "plan.yaml:6:11: error: [NOTICE004] 签发人与发文字号同行编排（上行文），须同时给出发文字号（number）"),
        ("signers without number", "  signer: [李文华, 王强]", [:], "plan.yaml:6:11: error: [NOTICE004] 签发人与发文字号同行编排（上行文），须同时给出发文字号（number）"),
        ("empty signer list", "  number: ××政发〔2026〕8号\n  signer: []", [:], "plan.yaml:7:11: error: [NOTICE004] 签发人列表不能为空"),
        ("signer item a mapping", "  number: ××政发〔2026〕8号\n  signer: [李文华, {name: 王强}]", [:],
         "plan.yaml:7:17: error: [PLAN003] “notice.signer[1]”应为文本，实为映射"),
        ("empty signer item", "  number: ××政发〔2026〕8号\n  signer: [李文华, '']", [:], "plan.yaml:7:17: error: [PLAN014] “notice.signer[1]”不能为空"),
        ("11 signers", "  number: ××政发〔2026〕8号\n  signer: [" + (1...11).map { "签发人\($0)" }.joined(separator: ", ") + "]", [:],
         "plan.yaml:7:" + String(12 + (1...10).map { "签发人\($0), ".count }.reduce(0, +)) + ": error: [NOTICE004] 签发人有 11 人，超过 10 人"),
    ]

    @Test(arguments: badPlans.indices)
    func badNoticeKeysAreLocatedErrorsAndNothingIsWritten(case index: Int) throws {
        let bad = Self.badPlans[index]
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(Self.base + bad.notice + "\n", to: "plan.yaml", in: folder)
        for (name, text) in bad.files {
            if name == "list.csv" && bad.expected.isEmpty {
                // UTF-16: neither UTF-8 nor GB18030.
                try Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]).write(to: URL(fileURLWithPath: folder + "/" + name))
            } else {
                _ = try Fixtures.write(text, to: name, in: folder)
            }
        }
        let check = try BanhuiProcess.run(["check", "plan.yaml"], in: folder)
        #expect(check.exitCode == 2, "\(bad.name): \(check.stderr)")
        let expected = bad.expected.isEmpty ? "plan.yaml:6:35: error: [NOTICE002] 附件文件“list.csv”既不是 UTF-8 也不是 GB18030 编码" : bad.expected
        #expect(check.stderrLines.contains { $0.hasPrefix(expected) || ($0.contains(expected) && expected.hasPrefix("error:")) },
                "\(bad.name): expected “\(expected)” in \(check.stderr)")
        let export = try BanhuiProcess.run(["export", "plan.yaml", "--out", "out"], in: folder)
        #expect(export.exitCode == 2, "\(bad.name): \(export.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "\(bad.name): nothing written")
    }

    /// A row shorter than the header gets empty cells; empty cells past the header (a
    /// spreadsheet's trailing commas) are no error and add no column.
    @Test func shortRowsAreFilledAndTrailingEmptyCellsIgnored() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(Self.base + "  attachments: [{title: 名单, file: list.csv}]\n", to: "plan.yaml", in: folder)
        try Fixtures.write("组别,成员,备注\n第一组,县财政局\n第二组,县水利局,牵头,, \n", to: "list.csv", in: folder)
        let result = try BanhuiProcess.run(["export", "plan.yaml", "--out", "out", "--only", "notice", "--format", "odt"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let content = try Self.text("content.xml", of: "notice.odt", in: folder + "/out")
        let table = try #require(content.range(of: ">组别<").map { String(content[$0.lowerBound...]) })
        let rows = table.components(separatedBy: "</table:table-row>").dropLast().prefix(3).map { row in
            row.components(separatedBy: "</table:table-cell>").dropLast().map { $0.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression) }
        }
        #expect(rows.map(\.count) == [3, 3, 3], "three columns in every row: \(rows)")
        #expect(rows.dropFirst().map { $0.suffix(2) } == [["县财政局", ""], ["县水利局", "牵头"]], "\(rows)")
    }

    @Test func aGB18030AttachmentIsRead() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(Self.base + "  attachments: [{title: 名单, file: list.csv}]\n", to: "plan.yaml", in: folder)
        // 组别,成员 / 第一组,县财政局 in GB18030, as Excel on Chinese Windows saves "CSV".
        let gb: [UInt8] = [0xD7, 0xE9, 0xB1, 0xF0, 0x2C, 0xB3, 0xC9, 0xD4, 0xB1, 0x0A,
                           0xB5, 0xDA, 0xD2, 0xBB, 0xD7, 0xE9, 0x2C, 0xCF, 0xD8, 0xB2, 0xC6, 0xD5, 0xFE, 0xBE, 0xD6, 0x0A]
        try Data(gb).write(to: URL(fileURLWithPath: folder + "/list.csv"))
        let result = try BanhuiProcess.run(["export", "plan.yaml", "--out", "out", "--only", "notice", "--format", "docx"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try Self.text("word/document.xml", of: "notice.docx", in: folder + "/out")
        #expect(document.contains(">组别<") && document.contains(">县财政局<") && OfficeText.flattened(document).contains("2. 名单"))
    }
}
