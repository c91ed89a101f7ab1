import Foundation
@testable import Documents
import MeetingPlan
import Testing
import TestSupport

/// What readers other than Word rely on in every DOCX: namespaces, properties, compatibility
/// mode, outline levels, cell margins, and tent-card names as real text.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct DOCXPackageTests {
    static func exampleFiles() throws -> [ExportFile] {
        let plan = try ExamplePlan.load()
        return try DocumentExport.files(plan, seats: try TestEnvironment.seat(plan), formats: [.docx]).filter { $0.name.hasSuffix(".docx") }
    }

    static func root(of xml: String) -> String {
        let afterDeclaration = xml.range(of: "?>").map { xml[$0.upperBound...] } ?? xml[...]
        return String(afterDeclaration.prefix { $0 != ">" })
    }

    @Test func everyWordprocessingPartDeclaresWordsNamespaces() throws {
        for file in try Self.exampleFiles() {
            for part in try ZipParts.read(file.bytes) where part.name.hasPrefix("word/") && part.name.hasSuffix(".xml") {
                let root = Self.root(of: String(decoding: part.bytes, as: UTF8.self))
                for prefix in ["w", "r", "v", "o", "m", "wp", "w10"] {
                    #expect(root.contains(" xmlns:\(prefix)=\""), "\(file.name) › \(part.name) lacks xmlns:\(prefix)")
                }
            }
        }
    }

    @Test func coreAndApplicationPropertiesNameTheDocument() throws {
        let notice = try #require(try Self.exampleFiles().first { $0.name == "notice.docx" })
        let core = try ZipParts.text(of: "docProps/core.xml", in: notice.bytes)
        #expect(core.contains("<dc:title>关于召开全县办公室工作会议的通知</dc:title>"))
        #expect(core.contains("<dc:creator>中共××县委办公室</dc:creator>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-20T00:00:00Z</dcterms:created>"))
        #expect(try ZipParts.text(of: "docProps/app.xml", in: notice.bytes).contains("<Application>banhui</Application>"))
        let relationships = try ZipParts.text(of: "_rels/.rels", in: notice.bytes)
        #expect(relationships.contains("metadata/core-properties\" Target=\"docProps/core.xml\""))
        #expect(relationships.contains("extended-properties\" Target=\"docProps/app.xml\""))
    }

    @Test func settingsDeclareWordsCurrentCompatibilityMode() throws {
        for file in try Self.exampleFiles() {
            let settings = try ZipParts.text(of: "word/settings.xml", in: file.bytes)
            #expect(settings.contains("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"))
        }
    }

    /// Titles are level 1 and 一、 headings level 2, under Word's own style names; other styles
    /// are direct formatting, so converters meet no style they do not know — except the styles of
    /// table cells (表格文字, 表头), defined once as custom styles rather than repeated in every cell.
    @Test func headingsCarryOutlineLevelsUnderWordsStyleNames() throws {
        let notice = try #require(try Self.exampleFiles().first { $0.name == "notice.docx" })
        let styles = try ZipParts.text(of: "word/styles.xml", in: notice.bytes)
        #expect(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:aliases w:val=\"公文标题\"/>"))
        #expect(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"))
        #expect(styles.components(separatedBy: "<w:outlineLvl ").count == 3)
        #expect(!styles.contains("GwOrganMark"))
        let custom = Set(styles.components(separatedBy: "w:customStyle=\"1\" w:styleId=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(custom == ["GwTableText", "GwTableHeader"], "\(custom)")
        let document = try ZipParts.text(of: "word/document.xml", in: notice.bytes)
        #expect(document.contains("<w:pStyle w:val=\"Heading2\"/>"))
        let used = Set(document.components(separatedBy: "<w:pStyle w:val=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(used.isSubset(of: ["Title", "Subtitle", "Heading2", "BodyText", "BodyText2", "GwTableText", "GwTableHeader"]), "\(used)")
    }

    /// A three-character name fits its seat cell between the cell margins at the size it is set
    /// in (四号 is 840 twips for 刘志强), so Word never breaks it as 刘志/强.
    @Test func threeCharacterNamesFitTheirSeatCells() throws {
        let seating = try #require(try Self.exampleFiles().first { $0.name == "seating.docx" })
        let document = try ZipParts.text(of: "word/document.xml", in: seating.bytes)
        let padding = Units.twips(mm: Table.cellPadding)
        #expect(document.contains("<w:tblCellMar><w:top w:w=\"\(padding)\" w:type=\"dxa\"/><w:left w:w=\"\(padding)\" w:type=\"dxa\"/>"))
        let cells = document.components(separatedBy: "<w:tc>").dropFirst().filter { $0.contains("刘志强") }
        #expect(cells.count == 1)
        for cell in cells {
            let width = try #require(Int(cell.components(separatedBy: "<w:tcW w:w=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""))
            let runWithName = try #require(cell.components(separatedBy: "<w:r>").first { $0.contains("刘志强") })
            let halfPoints = runWithName.components(separatedBy: "<w:sz w:val=\"").dropFirst().first.flatMap { Int($0.prefix { $0 != "\"" }) } ?? 28
            #expect(width - 2 * padding >= 3 * halfPoints * 10, "\(width) twips for three characters at \(halfPoints) half-points")
        }
    }

    @Test func tentCardNamesAreRealTextAndTheUpperFaceIsTurnedInThePageBody() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        let names = Attendance.seatedPeople(plan, seats: seats).map { NameCards.displayName($0.name) }
        let cards = try #require(try Self.exampleFiles().first { $0.name == "cards.docx" })
        let document = try ZipParts.text(of: "word/document.xml", in: cards.bytes)
        let texts = document.components(separatedBy: "<w:t>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(texts == names)
        #expect(document.components(separatedBy: "<w:framePr ").count == names.count + 1)
        // One section for all cards, no header parts: each turned face sits on its own page's body.
        #expect(document.components(separatedBy: "<w:sectPr").count == 2)
        #expect(!document.contains("w:headerReference"))
        #expect(try ZipParts.read(cards.bytes).allSatisfy { !$0.name.hasPrefix("word/header") })
        let pages = document.components(separatedBy: "<w:pageBreakBefore/>")
        #expect(pages.count == names.count)
        for (index, name) in names.enumerated() {
            #expect(pages[index].contains("rotation:180") && pages[index].contains("string=\"\(name)\""), "card \(index + 1)")
            #expect(pages[index].components(separatedBy: "<v:shape ").count == 2, "card \(index + 1) has one turned face")
        }
        #expect(document.components(separatedBy: "<v:shapetype ").count == 2, "the WordArt type is declared once")
    }

}
