import Foundation
import Testing
import TestSupport

/// The last details of the documents (issue 18) as a user exports them from a real plan: titles
/// that never break inside a word and are one paragraph, ODT headings, table columns fitted to their text, the 签到表's 应到, and the change documents.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct DocumentDetailsTests {
    /// A 常务会议 whose title needs two lines: the break may not fall inside 常务会议.
    static let standingMeeting = """
        version: 1
        meeting:
          id: cwhy-12
          title: ××县人民政府第十二次常务会议
          organizer: ××县人民政府办公室
          start: 2026-12-08 09:00
          end: 2026-12-08 11:30
          venue: {name: 县政府第一会议室}
          costs: {lodging: 300}
        units: [县政府, 县政府办公室, 县发展改革局]
        people:
          - {id: P1, name: 李文华, unit: 县政府, title: 县长, rank: 县处级正职}
          - {id: P2, name: 欧阳晓东, unit: 县政府, title: 县委常委、常务副县长, rank: 县处级副职}
          - {id: P3, name: 王强, unit: 县发展改革局, title: 局长, rank: 乡科级正职}
        seating:
          - {zone: 会议室, kind: hall, rows: [3], people: all}
        agenda: [{item: 研究年终工作, by: P1}]
        schedule:
          - {date: 2026-12-08, start: "09:00", end: "11:30", item: 全体会议, place: 县政府第一会议室}
        notice:
          to: [各乡镇人民政府, 县政府各部门]
          purpose: 经县政府同意，决定召开县政府第十二次常务会议。
          issued: 2026-12-01
        """

    static func exported(_ plan: String, _ extra: [String] = []) throws -> (folder: String, out: String) {
        let folder = try Fixtures.temporaryDirectory()
        try Fixtures.write(plan, to: "plan.yaml", in: folder)
        let result = try BanhuiProcess.run(["export", "plan.yaml", "--out", "out"] + extra, in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return (folder, folder + "/out")
    }

    static func part(_ name: String, of file: String, in out: String) throws -> String {
        try ZipParts.text(of: name, in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/" + file))))
    }

    static func matches(_ pattern: String, in text: String) throws -> [[String]] {
        let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    /// The text of each line of a title paragraph, split at its line breaks.
    static func titleLines(_ paragraph: String) throws -> [String] {
        try paragraph.components(separatedBy: "<w:br/>").map { piece in
            try matches("<w:t[^>]*>([^<]*)</w:t>", in: piece).map { $0[1] }.joined().replacingOccurrences(of: "\u{2060}", with: "")
        }
    }

    @Test func aTwoLineTitleIsOneParagraphBrokenBetweenWords() throws {
        let (folder, out) = try Self.exported(Self.standingMeeting, ["--only", "notice"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let document = try Self.part("word/document.xml", of: "notice.docx", in: out)
        let titles = try Self.matches("<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val=\"Title\"/>(?:(?!</w:p>).)*</w:p>", in: document).map { $0[0] }
        // The notice's title and the titles of its three attachments: one paragraph each.
        #expect(titles.count == 4)
        let lines = try Self.titleLines(titles[0])
        #expect(lines.joined() == "关于召开××县人民政府第十二次常务会议的通知")
        #expect(lines.count == 2)
        #expect(!lines.contains { $0.hasSuffix("常务") || $0.hasPrefix("会议") || $0.hasSuffix("人民") })
        // ODT: the same title is one heading of outline level 1 with a line break.
        let content = try Self.part("content.xml", of: "notice.odt", in: out)
        let headings = try Self.matches("<text:h [^>]*text:outline-level=\"1\"[^>]*>((?:(?!</text:h>).)*)</text:h>", in: content)
        #expect(headings.count == 4)
        #expect(headings.first?[1].contains("<text:line-break/>") == true)
        #expect(!content.contains("常务<text:line-break/>"))
    }

    @Test func odtHeadingsAreHeadingsWithTheirLevels() throws {
        let (folder, out) = try Self.exported(Self.standingMeeting, ["--only", "notice"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = try Self.part("content.xml", of: "notice.odt", in: out)
        let levels = try Self.matches("<text:h [^>]*text:outline-level=\"(\\d)\"", in: content).map { $0[1] }
        // 标题 (1), then 一、会议时间 … as level 2, then the attachments' titles (1): never deeper.
        #expect(levels.first == "1")
        #expect(levels.filter { $0 == "2" }.count >= 3)
        #expect(Set(levels).isSubset(of: ["1", "2"]))
        #expect(try Self.matches("<text:p [^>]*>一、会议时间", in: content).isEmpty)
    }

    /// Twips of the table's grid columns, in order, for each table of a document.
    static func gridColumns(_ document: String) throws -> [[Double]] {
        try matches("<w:tblGrid>(.*?)</w:tblGrid>", in: document).map { grid in
            try matches("<w:gridCol w:w=\"(\\d+)\"/>", in: grid[1]).map { Double($0[1])! }
        }
    }

    /// Twips a line of `characters` full-width characters of 四号 (14 pt) takes, with the cells' padding.
    static func twips(characters: Double) -> Double { characters * 14 * 20 + 2 * 0.5 / 25.4 * 1440 }

    @Test func tableColumnsFitTheirLongestText() throws {
        let (folder, out) = try Self.exported(Self.standingMeeting, ["--only", "notice,signin"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notice = try Self.gridColumns(try Self.part("word/document.xml", of: "notice.docx", in: out))
        // 参会回执 with lodging: 序号 姓名 性别 单位及职务 联系电话 是否住宿 抵离时间 备注.
        let reply = try #require(notice.first { $0.count == 8 })
        #expect(reply[5] >= Self.twips(characters: 4), "是否住宿 \(reply[5])")
        #expect(reply[6] >= Self.twips(characters: 4), "抵离时间 \(reply[6])")
        // 日程: 日期 时间 内容 地点; `12月8日（星期二）` is 8½ ems (digits are half) and three quarter-em gaps where digits meet Chinese.
        let schedule = try #require(notice.first { $0.count == 4 })
        #expect(schedule[0] >= Self.twips(characters: 8.5 + 0.75), "日期 \(schedule[0])")
        #expect(schedule[3] >= Self.twips(characters: 7), "地点 \(schedule[3])")
        let signin = try Self.gridColumns(try Self.part("word/document.xml", of: "signin.docx", in: out))
        let columns = try #require(signin.first)
        #expect(columns[3] >= Self.twips(characters: 10), "职务 县委常委、常务副县长 \(columns[3])")
        #expect(columns[1] >= Self.twips(characters: 6), "单位 县发展改革局 \(columns[1])")
        let total: Double = columns.reduce(0, +)
        let textWidth: Double = 156 / 25.4 * 1440
        #expect(abs(total - textWidth) < 30)
    }

    @Test func theSignInSheetCountsThePeopleItLists() throws {
        let (folder, out) = try Self.exported(Self.standingMeeting, ["--only", "signin"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let document = OfficeText.flattened(try Self.part("word/document.xml", of: "signin.docx", in: out))
        #expect(document.contains("应到 3 人"))
        #expect(document.contains("实到 ____ 人"))
        let odt = OfficeText.flattened(try Self.part("content.xml", of: "signin.odt", in: out))
        #expect(odt.contains("应到 3 人"))
    }

    /// The county example's 200 people: every 职务 fits one line of its column, so 9 mm rows hold
    /// at least 18 a page (225 mm less the title, time and place lines).
    @Test func signInRowsFitEighteenToAPage() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["export", Fixtures.path("examples/standing-committee/meeting.yaml"), "--out", folder, "--only", "signin"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try Self.part("word/document.xml", of: "signin.docx", in: folder)
        let columns = try #require(try Self.gridColumns(document).first)
        let rows = try Self.matches("<w:tr>(.*?)</w:tr>", in: document).dropFirst()
        for row in rows {
            let cells = try Self.matches("<w:tc>(.*?)</w:tc>", in: row[1]).map { cell in
                try Self.matches("<w:t[^>]*>([^<]*)</w:t>", in: cell[1]).map { $0[1] }.joined()
            }
            for (index, text) in cells.enumerated() where index < columns.count {
                let ems = text.unicodeScalars.reduce(0.0) { $0 + ($1 == "\u{2060}" ? 0 : $1.value < 0x100 ? 0.5 : 1) }
                #expect(Self.twips(characters: ems) <= columns[index], "\(text) in column \(index + 1)")
            }
        }
    }
}
