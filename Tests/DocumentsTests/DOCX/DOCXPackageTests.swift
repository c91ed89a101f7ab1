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

    /// Titles are level 1 and 一、 headings level 2, under Word's own style names. Of the other
    /// styles, those more than one paragraph uses (table cells, the two 署名 lines, the 附件 labels,
    /// the 版记 lines) are custom styles defined once; those used once (发文机关标志, 发文字号) are
    /// direct formatting.
    @Test func headingsCarryOutlineLevelsUnderWordsStyleNames() throws {
        let notice = try #require(try Self.exampleFiles().first { $0.name == "notice.docx" })
        let styles = try ZipParts.text(of: "word/styles.xml", in: notice.bytes)
        #expect(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:aliases w:val=\"公文标题\"/>"))
        #expect(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"))
        #expect(styles.components(separatedBy: "<w:outlineLvl ").count == 3)
        #expect(!styles.contains("GwOrganMark") && !styles.contains("GwDocNumber"))
        let custom = Set(styles.components(separatedBy: "w:customStyle=\"1\" w:styleId=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(custom == ["GwTableText", "GwTableHeader", "GwSignature", "GwAttachmentLabel", "GwRecord"], "\(custom)")
        let document = try ZipParts.text(of: "word/document.xml", in: notice.bytes)
        #expect(document.contains("<w:pStyle w:val=\"Heading2\"/>"))
        let used = Set(document.components(separatedBy: "<w:pStyle w:val=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(used == custom.union(["Title", "Heading2", "BodyText", "BodyText2"]), "\(used)")
        // The red 发文机关标志 carries its own properties.
        #expect(document.contains("<w:color w:val=\"FF0000\"/><w:spacing w:val=\"0\"/><w:sz w:val=\"72\"/>"))
    }

    /// The rule on its own: a style without a Word counterpart is named when a second paragraph
    /// (body, cell or upright frame) uses it; a turned face is a drawing and does not count.
    @Test func customStylesAreNamedWhenMoreThanOneParagraphUsesThem() throws {
        let frame = { (style: ParagraphStyle, upsideDown: Bool) in
            Block.frame(TextFrame(x: 0, y: 0, width: 100, height: 50, upsideDown: upsideDown, paragraph: Paragraph(style, [Run("名")])))
        }
        let cell = TableCell([Paragraph(GongwenStyles.tableText, [Run("格")])])
        let document = OfficeDocument(title: "t", page: .gongwen, pageNumbers: false, styles: GongwenStyles.all, blocks: [
            .paragraph(Paragraph(GongwenStyles.organMark, [Run("一")])),
            .paragraph(Paragraph(GongwenStyles.signature, [Run("二")])),
            .paragraph(Paragraph(GongwenStyles.body, [Run("正文")])),
            .paragraph(Paragraph(GongwenStyles.signature, [Run("三")])),
            .table(Table(columnWidths: [50, 50], rows: [[cell, cell]])),
            frame(GongwenStyles.cardName, true), frame(GongwenStyles.cardName, false),
            frame(GongwenStyles.urgency, false), frame(GongwenStyles.urgency, false),
        ])
        #expect(DOCXBody.namedStyles(document) == ["GwSignature", "GwTableText", "GwUrgency"])
        let styles = String(decoding: try DOCXStyles.write(document, namedStyles: DOCXBody.namedStyles(document)), as: UTF8.self)
        #expect(styles.contains("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"GwSignature\"><w:name w:val=\"署名日期\"/>"))
        #expect(!styles.contains("GwCardName") && !styles.contains("GwOrganMark") && !styles.contains("w:styleId=\"GwBody\""))
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
        // The face's style is defined once and named; each card keeps only its frame, the frame's
        // line height and the name's size.
        let styles = try ZipParts.text(of: "word/styles.xml", in: cards.bytes)
        #expect(styles.components(separatedBy: "w:styleId=\"GwCardName\"").count == 2)
        let faces = document.components(separatedBy: "<w:p><w:pPr><w:pStyle w:val=\"GwCardName\"/><w:framePr ").dropFirst()
        #expect(faces.count == names.count)
        for face in faces {
            let paragraph = face.components(separatedBy: "</w:p>")[0]
            #expect(!paragraph.contains("<w:rFonts") && !paragraph.contains("<w:jc ") && !paragraph.contains("<w:ind "), "\(paragraph)")
            #expect(paragraph.contains("<w:r><w:rPr><w:sz w:val=\""), "\(paragraph)")
        }
    }

}
