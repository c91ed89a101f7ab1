import Foundation
import Testing
import TestSupport

/// Issue 18, the 桌签 and big-hall half, through the `banhui` executable on real plans: both card
/// faces in one face, 列席 named on a 列席's card, unit blocks that close up, partial bands
/// centred, and no section narrower than four seats alone in the 座次表.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct CardsAndBlocksTests {
    static let observers = "Tests/CLITests/Fixtures/seating/observers/meeting.yaml"
    static let aisleHall = "Tests/CLITests/Fixtures/seating/big-hall-aisles/meeting.yaml"

    /// The exported `only` document's `document.xml`, ODT `content.xml` and DOCX `styles.xml`.
    static func export(_ plan: String, only name: String, in out: String) throws -> (docx: String, odt: String, styles: String) {
        let result = try BanhuiProcess.run(["export", plan, "--out", out, "--only", name, "--format", "docx,odt"], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let docx = Array(try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("\(name).docx"))))
        let odt = Array(try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("\(name).odt"))))
        return (try ZipParts.text(of: "word/document.xml", in: docx), try ZipParts.text(of: "content.xml", in: odt),
                try ZipParts.text(of: "word/styles.xml", in: docx))
    }

    /// Every value of `attribute="…"` in `xml`, in order.
    static func values(_ attribute: String, in xml: String) -> [String] {
        xml.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    // MARK: 桌签

    @Test func bothFacesOfTheDocxCardAreSetInTheCardFace() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (docx, _, styles) = try Self.export(Fixtures.path(Self.observers), only: "cards", in: out)
        // The upright face: real text in 黑体, from the face's style (桌签姓名), which every face names
        // and no run overrides. The turned face: WordArt naming 黑体, and 黑体 the document's
        // default East Asian face, which is what LibreOffice sets WordArt's Chinese in.
        let faceStyle = try #require(styles.components(separatedBy: "w:styleId=\"GwCardName\">").dropFirst().first?.components(separatedBy: "</w:style>").first)
        #expect(Self.values("w:eastAsia", in: faceStyle) == ["黑体"], "\(faceStyle)")
        #expect(Self.values("w:eastAsia", in: docx).isEmpty)
        let faces = docx.components(separatedBy: "<w:framePr ").count - 1
        #expect(faces > 0 && docx.components(separatedBy: "<w:pStyle w:val=\"GwCardName\"/><w:framePr ").count - 1 == faces)
        let turned = Set(Self.values("style", in: docx).filter { $0.hasPrefix("font-family:") })
        #expect(!turned.isEmpty && turned.allSatisfy { $0.hasPrefix("font-family:&quot;黑体&quot;") }, "\(turned)")
        let defaults = try #require(styles.components(separatedBy: "<w:docDefaults>").dropFirst().first?.components(separatedBy: "</w:docDefaults>").first)
        #expect(defaults.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"黑体\""), "\(defaults)")
        // Other documents keep 仿宋 as their default.
        let notice = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: notice) }
        let (_, _, noticeStyles) = try Self.export(Fixtures.path("examples/county-office-meeting/meeting.yaml"), only: "signin", in: notice)
        #expect(noticeStyles.contains("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\""))
    }

    @Test func aObserversCardSaysSoUnderTheNameOnBothFacesInBothFormats() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (docx, odt, _) = try Self.export(Fixtures.path(Self.observers), only: "cards", in: out)
        // 93 people (3 on the rostrum, 72 出席, 18 列席 of whom Q1 and Q2 by `role: 列席`): 18 labels a face.
        let cards = docx.components(separatedBy: "<w:pageBreakBefore/>").count
        #expect(cards == 93)
        #expect(docx.components(separatedBy: "<w:t>列席</w:t>").count - 1 == 18)
        #expect(docx.components(separatedBy: "string=\"列席\"").count - 1 == 18)
        #expect(odt.components(separatedBy: ">列席<").count - 1 == 36)
        // 欧阳晓东 (Q1, 列席) has the label; 张建国 (出席, on the rostrum) has none.
        let pages = docx.components(separatedBy: "<w:pageBreakBefore/>")
        let observer = try #require(pages.first { $0.contains(">欧阳晓东<") })
        #expect(observer.contains(">列席<") && observer.contains("string=\"列席\""))
        #expect(!(try #require(pages.first { $0.contains(">张建国<") })).contains("列席"))
        // Under the name as each face is read: the upright label's frame lower on the page than
        // the name's, the turned label's shape higher; both at 二号 (22 pt), the name's face.
        let frameY = Self.values("w:y", in: observer).compactMap(Int.init)
        #expect(frameY.count == 2 && frameY[1] > frameY[0], "\(frameY)")
        let shapeTop = Self.values("style", in: observer).filter { $0.hasPrefix("position:absolute") }.compactMap { style in
            style.components(separatedBy: "margin-top:").dropFirst().first.flatMap { Double($0.prefix { $0 != "m" }) }
        }
        #expect(shapeTop.count == 2 && shapeTop[1] < shapeTop[0], "\(shapeTop)")
        #expect(observer.contains("<w:sz w:val=\"44\"/>") && observer.contains("font-family:&quot;黑体&quot;;font-size:22pt"))
    }

    // MARK: Blocks

    /// A hall 8 rows deep: unit 甲 (9) needs two columns and shares them 5 + 4; the last band of a
    /// hall split front to back stands in the middle.
    @Test func aUnitClosesUpAndAPartialBandIsCentred() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let people = (1...9).map { "  - {id: A\($0), name: 甲\($0)号, unit: 甲单位, order: \($0)}" }
            + (1...3).map { "  - {id: B\($0), name: 乙\($0)号, unit: 乙单位, order: \(10 + $0)}" }
        let plan = try Fixtures.write("""
            version: 1
            meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            units: [甲单位, 乙单位]
            people:
            \(people.joined(separator: "\n"))
            seating:
              - zone: 会场
                kind: hall
                rows: [6, 6, 6, 6, 6, 6, 6, 6]
                mode: blocks
                people: all
            """, to: "plan.yaml", in: dir)
        let result = try BanhuiProcess.run(["seat", plan, "--format", "csv"], in: dir)
        #expect(result.exitCode == 0, "\(result.stderr)")
        // zone,row,seat,person,…: the seats of each unit by column.
        var columns: [String: [Int: Int]] = [:]
        for line in result.stdoutLines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 3, let seat = Int(fields[2]), !fields[3].isEmpty else { continue }
            columns[String(fields[3].prefix(1)), default: [:]][seat, default: 0] += 1
        }
        #expect(columns["A"] == [2: 5, 3: 4], "\(columns)")
        #expect(columns["B"] == [4: 3], "\(columns)")

        // 8 units of 2 in a 2 × 6 hall: one column each needs 8 columns, so two bands of one row;
        // the second band (units 7 and 8) in seats 3 and 4 of row 2, not 1 and 2.
        let banded = (1...16).map { "  - {id: P\($0), name: 某\($0)号, unit: 单位\(($0 + 1) / 2), order: \($0)}" }
        let bandPlan = try Fixtures.write("""
            version: 1
            meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            units: [\((1...8).map { "单位\($0)" }.joined(separator: ", "))]
            people:
            \(banded.joined(separator: "\n"))
            seating:
              - zone: 会场
                kind: hall
                rows: [6, 6, 6, 6]
                mode: blocks
                people: all
            """, to: "banded.yaml", in: dir)
        let bandResult = try BanhuiProcess.run(["seat", bandPlan, "--format", "csv"], in: dir)
        #expect(bandResult.exitCode == 0, "\(bandResult.stderr)")
        let seated = bandResult.stdoutLines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count > 3 && !$0[3].isEmpty }
        let back = seated.filter { $0[1] == "3" || $0[1] == "4" }.map { Int($0[2])! }
        #expect(Set(back) == [3, 4], "\(seated)")
    }

    // MARK: 座次表

    @Test func noSectionNarrowerThanFourSeatsStandsAloneInTheSeatingSheet() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (docx, odt, _) = try Self.export(Fixtures.path(Self.aisleHall), only: "seating", in: out)
        // Rows of 3 | 14 | 3: the 14 cut 7 + 7, each side section joined to its neighbour.
        for document in [docx, odt].map(OfficeText.flattened) {
            let ranges = document.components(separatedBy: "（第").dropFirst().compactMap { piece -> (Int, Int)? in
                let numbers = piece.prefix { $0 != "座" }.split(separator: "—").compactMap { Int($0) }
                return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
            }
            #expect(ranges.map { "\($0.0)-\($0.1)" } == ["1-10", "11-20"], "\(ranges)")
        }
    }
}
