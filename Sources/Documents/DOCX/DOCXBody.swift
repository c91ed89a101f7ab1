import XMLSupport

/// `word/document.xml`: the blocks, then the section properties.
///
/// 桌签: the upright face is real text in a frame (`w:framePr`), so every reader finds the names.
/// The face turned 180° is drawn as Word draws a watermark: a VML WordArt shape, the one turned
/// text LibreOffice renders (it ignores turns on text boxes and frames). The shape is anchored
/// in the page body, in a paragraph 1 pt high after the upright face's, so the cards are one section however many there
/// are (a section with a header part per card made LibreOffice's conversion grow with the
/// square of the cards).
struct DOCXBody {
    static let oddFooterID = "rId3"
    static let evenFooterID = "rId4"
    /// The empty footer of the 版记页 section.
    static let blankFooterID = "rId5"

    let document: OfficeDocument
    private let styles: StyleLookup
    private let fragments = Fragments()

    /// The document's paragraph styles by ID. The style looked up last is answered without
    /// hashing its ID again (a table's cells repeat it), and each is kept once, in an entry
    /// passed by reference instead of a copy of all its fields for every paragraph.
    private final class StyleLookup {
        final class Entry {
            let style: ParagraphStyle
            /// Paragraphs name the style (one of Word's own, or one of `namedStyles`) instead of
            /// carrying its properties.
            let named: Bool

            init(_ style: ParagraphStyle, named: Bool) {
                self.style = style
                self.named = named
            }
        }

        private let byID: [String: Entry]
        private var last: (id: String, entry: Entry?)?

        init(_ document: OfficeDocument, namedStyles: Set<String>) {
            byID = Dictionary(document.styles.map { ($0.id, Entry($0, named: $0.wordName != nil || namedStyles.contains($0.id))) },
                              uniquingKeysWith: { first, _ in first })
        }

        subscript(id: String) -> Entry? {
            if let last, last.id == id { return last.entry }
            let entry = byID[id]
            last = (id, entry)
            return entry
        }
    }

    /// The paragraph and run properties of the document, each distinct one written once: a
    /// 3,000-row 签到表 or 3,000 桌签 repeat a handful of them thousands of times, and writing
    /// their elements again for every paragraph and run was most of the body's time.
    private final class Fragments {
        struct ParagraphKey: Hashable {
            var style: String
            var overrides: ParagraphOverrides
            var frame: FramePlacement?
            var direct: Bool
        }

        struct RunKey: Hashable {
            var format: RunFormat
            var letterSpacing: Double?
        }

        private var paragraphs = Memo<ParagraphKey>()
        private var runs = Memo<RunKey>()

        /// A turned face's box on the page, in millimetres.
        struct ShapeBox: Hashable {
            var left: Double, top: Double, width: Double, height: Double
        }

        /// The start of a turned face's shape style for each box, up to its `z-index`: 3,000 桌签
        /// have a handful of boxes, and formatting their lengths for every card was most of the
        /// time of writing a card.
        private var shapeStyles: [ShapeBox: String] = [:]

        func shapeStyle(_ box: ShapeBox) -> String {
            if let known = shapeStyles[box] { return known }
            let style = """
                position:absolute;margin-left:\(Units.length(box.left, "mm"));margin-top:\(Units.length(box.top, "mm"));\
                width:\(Units.length(box.width, "mm"));height:\(Units.length(box.height, "mm"));rotation:180;z-index:
                """
            shapeStyles[box] = style
            return style
        }

        struct TextPathKey: Hashable {
            var font: FontFace
            var size: Double
        }

        /// A turned face's text style (font and size), the same on every card.
        private var textPathStyles: [TextPathKey: String] = [:]

        func textPathStyle(_ key: TextPathKey) -> String {
            if let known = textPathStyles[key] { return known }
            let style = "font-family:\"\(key.font.eastAsian)\";font-size:\(Units.length(key.size, "pt"))"
            textPathStyles[key] = style
            return style
        }

        func paragraphProperties(_ key: ParagraphKey, _ write: (XMLWriter) throws -> Void) throws -> XMLFragment {
            try paragraphs.fragment(key, write)
        }

        func runProperties(_ key: RunKey, _ write: (XMLWriter) throws -> Void) throws -> XMLFragment {
            try runs.fragment(key, write)
        }

        /// Fragments by key; the two used last are compared first, which spares hashing the key:
        /// a table's cells and runs mostly repeat one of the two before (a 签到表 row's number is
        /// a western run between the Chinese runs of the rows; a 桌签's name paragraph alternates
        /// with the page break before the next card).
        private struct Memo<Key: Hashable> {
            private var byKey: [Key: XMLFragment] = [:]
            /// The keys and fragments used last, the last first: two arrays rather than one of
            /// pairs, whose elements were copied through the runtime's generic tuple witnesses.
            private var recentKeys: [Key] = []
            private var recentFragments: [XMLFragment] = []

            mutating func fragment(_ key: Key, _ write: (XMLWriter) throws -> Void) throws -> XMLFragment {
                if !recentKeys.isEmpty && recentKeys[0] == key { return recentFragments[0] }
                if recentKeys.count > 1 && recentKeys[1] == key {
                    recentKeys.swapAt(0, 1)
                    recentFragments.swapAt(0, 1)
                    return recentFragments[0]
                }
                let fragment: XMLFragment
                if let known = byKey[key] {
                    fragment = known
                } else {
                    fragment = try XMLWriter.fragment(write)
                    byKey[key] = fragment
                }
                if recentKeys.count > 1 {
                    recentKeys.removeLast()
                    recentFragments.removeLast()
                }
                recentKeys.insert(key, at: 0)
                recentFragments.insert(fragment, at: 0)
                return fragment
            }
        }
    }

    /// `namedStyles`: `DOCXBody.namedStyles(document)`, which styles.xml defines.
    init(_ document: OfficeDocument, namedStyles: Set<String>) {
        self.document = document
        styles = StyleLookup(document, namedStyles: namedStyles)
    }

    /// The styles without a Word counterpart that more than one paragraph uses (table cells,
    /// 桌签 names, a guide's subheadings). DOCX defines each once in styles.xml and the paragraphs
    /// name it, instead of repeating its paragraph and run properties in every paragraph and run
    /// (they were 3.4 KB of each row of a 3,000-row 签到表 and 0.5 KB of each 桌签). A style used
    /// once (发文机关标志, 发文字号) stays direct formatting: naming it would save nothing.
    static func namedStyles(_ document: OfficeDocument) -> Set<String> {
        var seen = Set<String>(), named = Set<String>()
        // The last two styles found named: paragraphs mostly repeat one of them (a table's cells,
        // 桌签 faces between page breaks), which is then not hashed again.
        var recent: (String?, String?) = (nil, nil)
        func use(_ paragraph: Paragraph) {
            let style = paragraph.style
            if style == recent.0 || style == recent.1 { return }
            if !seen.insert(style).inserted {
                named.insert(style)
                recent = (style, recent.0)
            }
        }
        func use(_ table: Table) {
            for row in table.rows {
                for cell in row {
                    for paragraph in cell.paragraphs { use(paragraph) }
                }
            }
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): use(paragraph)
            // A turned face is a drawing, not a paragraph.
            case .frame(let frame) where !frame.upsideDown: use(frame.paragraph)
            case .table(let table), .recordPage(let table): use(table)
            case .frame, .tableOfContents: break
            }
        }
        return named.intersection(document.styles.filter { $0.wordName == nil }.map(\.id))
    }

    /// Writes the part into `xml`; the caller finishes it.
    func write(to xml: XMLWriter) throws {
        let headings = document.contentsHeadings
        let bookmarks = Dictionary(uniqueKeysWithValues: headings.enumerated().map { ($0.element.block, $0.offset) })
        try DOCXWriter.write("w:document", xml: xml) { xml in
            try xml.element("w:body") {
                // A turned face is written after the upright face it goes with: anchored before
                // that frame's paragraph, it hides it in LibreOffice.
                var turnedFrames = 0
                var held: [TextFrame] = []
                func writeHeld() throws {
                    for frame in held {
                        turnedFrames += 1
                        try writeTurned(frame, id: turnedFrames, xml: xml)
                    }
                    held = []
                }
                for (index, block) in document.blocks.enumerated() {
                    switch block {
                    case .frame(let frame) where frame.upsideDown: held.append(frame)
                    case .frame(let frame):
                        try write(frame, xml: xml)
                        // After the last of the face's upright frames (a name and its 列席 label).
                        let next = document.blocks.indices.contains(index + 1) ? document.blocks[index + 1] : nil
                        if case .frame(let following)? = next, !following.upsideDown { continue }
                        try writeHeld()
                    case .paragraph(let paragraph):
                        try writeHeld()
                        try write(paragraph, bookmark: bookmarks[index], xml: xml)
                    case .table(let table):
                        try writeHeld()
                        try write(table, xml: xml)
                    case .recordPage(let table):
                        try writeHeld()
                        try writeRecordPage(table, xml: xml)
                    case .tableOfContents(let levels):
                        try writeHeld()
                        try writeContents(levels, headings: headings, xml: xml)
                    }
                }
                try writeHeld()
                try sectionProperties(xml, recordPage: document.hasRecordPage)
            }
        }
    }

    /// The section properties; the 版记页's section starts on an even page and has empty footers.
    private func sectionProperties(_ xml: XMLWriter, recordPage: Bool) throws {
        let page = document.page
        try xml.element("w:sectPr") {
            if recordPage {
                try xml.element("w:footerReference", ["w:type": "default", "r:id": DOCXBody.blankFooterID])
                try xml.element("w:footerReference", ["w:type": "even", "r:id": DOCXBody.blankFooterID])
                try xml.element("w:type", ["w:val": "evenPage"])
            } else if document.pageNumbers {
                try xml.element("w:footerReference", ["w:type": "default", "r:id": DOCXBody.oddFooterID])
                try xml.element("w:footerReference", ["w:type": "even", "r:id": DOCXBody.evenFooterID])
            }
            let size = ["w:w": String(Units.twips(mm: page.width)), "w:h": String(Units.twips(mm: page.height))]
            if page.width > page.height {
                try xml.element("w:pgSz", ["w:w": size["w:w"]!, "w:h": size["w:h"]!, "w:orient": "landscape"])
            } else {
                try xml.element("w:pgSz", ["w:w": size["w:w"]!, "w:h": size["w:h"]!])
            }
            try xml.element("w:pgMar", [
                "w:top": String(Units.twips(mm: page.marginTop)), "w:right": String(Units.twips(mm: page.marginRight)),
                "w:bottom": String(Units.twips(mm: page.marginBottom)), "w:left": String(Units.twips(mm: page.marginLeft)),
                "w:header": "851", "w:footer": String(Units.twips(mm: page.footerDistance)), "w:gutter": "0",
            ])
            if let pitch = page.linePitch {
                try xml.element("w:docGrid", ["w:linePitch": String(Units.twips(pt: pitch))])
            }
        }
    }

    /// A paragraph either names its style (`StyleLookup.Entry.named`) and adds what differs (the
    /// overrides, a frame and its line height), or carries the style's properties itself.
    private func write(_ paragraph: Paragraph, frame: FramePlacement? = nil, bookmark: Int? = nil, xml: XMLWriter) throws {
        let entry = styles[paragraph.style]
        let isDirect = entry.map { !$0.named } ?? false
        try xml.element("w:p") {
            defer {
                if let bookmark { try? xml.element("w:bookmarkEnd", ["w:id": String(bookmark + 1)]) }
            }
            let key = Fragments.ParagraphKey(style: paragraph.style, overrides: paragraph.overrides, frame: frame, direct: isDirect)
            try xml.append(try fragments.paragraphProperties(key) { xml in
                try xml.element("w:pPr") {
                    if let style = entry?.style, isDirect {
                        try DOCXBody.paragraphProperties(style, pitch: document.page.linePitch, overrides: paragraph.overrides, frame: frame, xml: xml)
                        try DOCXBody.runProperties(RunFormat(font: style.font, size: style.size, color: style.color),
                                                   letterSpacing: style.letterSpacing, xml: xml)
                    } else {
                        let style = entry?.style
                        try xml.element("w:pStyle", ["w:val": style?.wordName.map(DOCXStyles.id) ?? paragraph.style])
                        let overrides = paragraph.overrides
                        if overrides.keepWithNext { try xml.element("w:keepNext") }
                        if overrides.keepTogether { try xml.element("w:keepLines") }
                        if overrides.pageBreakBefore { try xml.element("w:pageBreakBefore") }
                        if let frame { try DOCXBody.frameProperties(frame, xml: xml) }
                        try DOCXBody.tabs(overrides, xml: xml)
                        // A frame's line is as high as its text; the spacing before and after is the style's.
                        if let frame { try xml.element("w:spacing", ["w:line": String(Units.twips(pt: frame.lineHeight)), "w:lineRule": "exact"]) }
                        if overrides.indents { try DOCXBody.indent(style, overrides, xml: xml) }
                        if let alignment = overrides.alignment { try xml.element("w:jc", ["w:val": DOCXBody.justification(alignment)]) }
                    }
                }
            })
            if let bookmark {
                try xml.element("w:bookmarkStart", ["w:id": String(bookmark + 1), "w:name": OfficeDocument.contentsBookmark(bookmark)])
            }
            for run in paragraph.runs {
                try run.forEachLanguageStretch { index, text, western in
                    try xml.element("w:r") {
                        let key: Fragments.RunKey
                        if let entry, isDirect {
                            key = Fragments.RunKey(format: RunFormat(font: run.font ?? entry.style.font, size: run.size ?? entry.style.size,
                                                                     color: run.color ?? entry.style.color, western: western),
                                                   letterSpacing: entry.style.letterSpacing)
                        } else {
                            // What the named style says already is not said again (a 桌签's face).
                            var format = run.format
                            format.western = western
                            if let style = entry?.style {
                                if format.font == style.font { format.font = nil }
                                if format.size == style.size { format.size = nil }
                                if format.color == style.color { format.color = nil }
                            }
                            key = Fragments.RunKey(format: format, letterSpacing: nil)
                        }
                        try xml.append(try fragments.runProperties(key) { xml in
                            try DOCXBody.runProperties(key.format, letterSpacing: key.letterSpacing, xml: xml)
                        })
                        if index == 0, run.lineBreakBefore { try xml.element("w:br") }
                        if index == 0, run.tabBefore { try xml.element("w:tab") }
                        try DOCXBody.text(text, xml: xml)
                    }
                }
            }
        }
    }

    /// 目录: one paragraph per heading, as Word writes a TOC field's entries (a hyperlink to the
    /// heading's bookmark, a dotted tab and a PAGEREF field for the page number) but not inside a
    /// TOC field: LibreOffice keeps a TOC field's result as fixed text, so the page numbers, which
    /// only a layout knows, would stay empty, whereas it computes a free-standing PAGEREF as it lays
    /// the pages out. Word fills them in when it updates fields, which `w:updateFields` in the
    /// settings asks for on opening.
    private func writeContents(_ levels: ClosedRange<Int>, headings: [(block: Int, text: String, level: Int)], xml: XMLWriter) throws {
        let tab = String(Units.twips(mm: document.page.textWidth))
        func field(_ type: String) throws {
            try xml.element("w:r") { try xml.element("w:fldChar", ["w:fldCharType": type]) }
        }
        for (number, heading) in headings.enumerated() {
            try xml.element("w:p") {
                try xml.element("w:pPr") {
                    try xml.element("w:tabs") { try xml.element("w:tab", ["w:val": "right", "w:leader": "dot", "w:pos": tab]) }
                    try xml.element("w:spacing", ["w:line": String(Units.twips(pt: document.page.linePitch ?? 24)), "w:lineRule": "exact"])
                    try xml.element("w:ind", ["w:left": String(Units.twips(pt: Double(heading.level - levels.lowerBound) * 16))])
                    try DOCXBody.runProperties(RunFormat(font: .fangSong, size: 16, color: nil), xml: xml)
                }
                let bookmark = OfficeDocument.contentsBookmark(number)
                try xml.element("w:hyperlink", ["w:anchor": bookmark, "w:history": "1"]) {
                    let format = RunFormat(font: .fangSong, size: 16, color: nil)
                    try xml.element("w:r") { try DOCXBody.runProperties(format, xml: xml); try DOCXBody.text(heading.text, xml: xml) }
                    try xml.element("w:r") { try DOCXBody.runProperties(format, xml: xml); try xml.element("w:tab") }
                    try field("begin")
                    try xml.element("w:r") { try xml.element("w:instrText", ["xml:space": "preserve"], text: " PAGEREF \(bookmark) \\h ") }
                    try field("separate")
                    try field("end")
                }
            }
        }
    }

    /// Where a frame's one line of text sits: a box as high as the line, centred in the frame.
    struct FramePlacement: Hashable {
        var x: Double, y: Double, width: Double
        /// Points.
        var lineHeight: Double
    }

    /// The upright face: a frame of real text.
    private func write(_ frame: TextFrame, xml: XMLWriter) throws {
        let size = frame.paragraph.runs.first?.size ?? styles[frame.paragraph.style]?.style.size ?? 16
        let lineHeight = (size * 1.25).rounded()
        let placement = FramePlacement(x: frame.x, y: frame.y + (frame.height - lineHeight * 25.4 / 72) / 2, width: frame.width,
                                       lineHeight: lineHeight)
        try write(frame.paragraph, frame: placement, xml: xml)
    }

    /// Ends the text's section on a hairline paragraph (a full last page must not overflow), then
    /// the 版记 in a text box whose bottom is the bottom of the 版心: a VML box, as the tent cards
    /// use, placed on the page (LibreOffice ignores a floating table's bottom anchor, grows a
    /// fitted box downwards and misplaces a box aligned to the margin's bottom in a section of its
    /// own), so the rows get exact heights of whole grid lines and the box their sum.
    private func writeRecordPage(_ table: Table, xml: XMLWriter) throws {
        let id = 1  // the one VML shape of the document body
        let pitch = document.page.linePitch ?? 28.95
        let heights = table.rows.map { row -> Double in
            var column = 0
            let lines = row.map { cell -> Int in
                let width = table.columnWidths[column..<min(column + cell.span, table.columnWidths.count)].reduce(0, +) * 72 / 25.4
                column += cell.span
                return cell.paragraphs.reduce(0) { total, paragraph in
                    let style = styles[paragraph.style]?.style
                    let size = style?.size ?? 16
                    let left = paragraph.overrides.leftIndent ?? style?.leftIndent ?? 0
                    let right = paragraph.overrides.rightIndent ?? style?.rightIndent ?? 0
                    let first = paragraph.overrides.firstLineIndent ?? style?.firstLineIndent ?? 0
                    return total + TextMeasure.lines(paragraph.runs.map(\.text).joined(), size: size, spacing: style?.letterSpacing ?? 0,
                                                     width: width - left - right, firstLineIndent: first)
                }
            }
            return Double(lines.max() ?? 1) * pitch
        }
        try xml.element("w:p") {
            try xml.element("w:pPr") {
                try xml.element("w:spacing", ["w:line": "20", "w:lineRule": "exact"])
                try xml.element("w:rPr") { try xml.element("w:sz", ["w:val": "2"]) }
                try sectionProperties(xml, recordPage: false)
            }
        }
        let page = document.page
        let height = heights.reduce(0, +)
        let style = [
            "position:absolute", "margin-left:\(Units.length(page.marginLeft, "mm"))",
            "margin-top:\(Units.length((page.height - page.marginBottom) * 72 / 25.4 - height, "pt"))",
            "width:\(Units.length(table.columnWidths.reduce(0, +), "mm"))", "height:\(Units.length(height, "pt"))",
            "z-index:\(id)", "mso-position-horizontal-relative:page", "mso-position-vertical-relative:page",
        ].joined(separator: ";")
        try xml.element("w:p") {
            try xml.element("w:pPr") { try xml.element("w:spacing", ["w:line": "20", "w:lineRule": "exact"]) }
            try xml.element("w:r") {
                try xml.element("w:pict") {
                    try xml.element("v:shapetype", ["id": "_x0000_t202", "coordsize": "21600,21600", "o:spt": "202",
                                                    "path": "m,l,21600r21600,l21600,xe"]) {
                        try xml.element("v:path", ["gradientshapeok": "t", "o:connecttype": "rect"])
                    }
                    try xml.element("v:shape", ["id": "record\(id)", "type": "#_x0000_t202", "style": style,
                                                "filled": "f", "stroked": "f"]) {
                        try xml.element("v:textbox", ["inset": "0,0,0,0"]) {
                            try xml.element("w:txbxContent") {
                                try write(table, exactRowHeights: heights, xml: xml)
                                // A table cannot end a text box: a hairline paragraph closes it.
                                try xml.element("w:p") {
                                    try xml.element("w:pPr") { try xml.element("w:spacing", ["w:line": "20", "w:lineRule": "exact"]) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private struct CellKey: Hashable {
        var width: Int
        var span: Int
    }

    /// `exactRowHeights` (points) fixes the rows' heights, for a table whose height must be known.
    private func write(_ table: Table, exactRowHeights: [Double]? = nil, xml: XMLWriter) throws {
        let widths = table.columnWidths.map { Units.twips(mm: $0) }
        try xml.element("w:tbl") {
            try xml.element("w:tblPr") {
                try xml.element("w:tblW", ["w:w": String(widths.reduce(0, +)), "w:type": "dxa"])
                try xml.element("w:jc", ["w:val": "center"])
                try xml.element("w:tblBorders") {
                    switch table.borders {
                    case .grid(let width):
                        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                            try DOCXBody.border(side, width: width, color: .black, space: 0, xml: xml)
                        }
                    case .cutLines(let width):
                        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                            try DOCXBody.border(side, width: width, color: .black, space: 0, line: "dashed", xml: xml)
                        }
                    case .horizontalRules(let outer, let inner):
                        try DOCXBody.border("w:top", width: outer, color: .black, space: 0, xml: xml)
                        try xml.element("w:left", ["w:val": "nil"])
                        try DOCXBody.border("w:bottom", width: outer, color: .black, space: 0, xml: xml)
                        try xml.element("w:right", ["w:val": "nil"])
                        try DOCXBody.border("w:insideH", width: inner, color: .black, space: 0, xml: xml)
                        try xml.element("w:insideV", ["w:val": "nil"])
                    }
                }
                try xml.element("w:tblLayout", ["w:type": "fixed"])
                let padding = String(Units.twips(mm: Table.cellPadding))
                try xml.element("w:tblCellMar") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right"] { try xml.element(side, ["w:w": padding, "w:type": "dxa"]) }
                }
            }
            try xml.element("w:tblGrid") {
                for width in widths { try xml.element("w:gridCol", ["w:w": String(width)]) }
            }
            let rowHeight = table.minRowHeight.map { String(Units.twips(mm: $0)) }
            // Every row but the header rows has the same properties, and cells of the same
            // width and span the same: written once each.
            func rowProperties(header: Bool) throws -> XMLFragment {
                try XMLWriter.fragment { xml in
                    guard rowHeight != nil || header else { return }
                    try xml.element("w:trPr") {
                        try xml.element("w:cantSplit")
                        if let rowHeight { try xml.element("w:trHeight", ["w:val": rowHeight, "w:hRule": "atLeast"]) }
                        if header { try xml.element("w:tblHeader") }
                    }
                }
            }
            let bodyRow = try rowProperties(header: false)
            var cellProperties: [CellKey: XMLFragment] = [:]
            for (index, row) in table.rows.enumerated() {
                try xml.element("w:tr") {
                    let isHeader = index < table.headerRows
                    if let exact = exactRowHeights?[index] {
                        try xml.element("w:trPr") {
                            try xml.element("w:cantSplit")
                            try xml.element("w:trHeight", ["w:val": String(Units.twips(pt: exact)), "w:hRule": "exact"])
                        }
                    } else {
                        try xml.append(isHeader ? try rowProperties(header: true) : bodyRow)
                    }
                    var column = 0
                    for cell in row {
                        let covered = widths[min(column, widths.count)..<min(column + cell.span, widths.count)]
                        column += cell.span
                        try xml.element("w:tc") {
                            let key = CellKey(width: covered.reduce(0, +), span: cell.span)
                            let properties: XMLFragment
                            if let known = cellProperties[key] {
                                properties = known
                            } else {
                                properties = try XMLWriter.fragment { xml in
                                    try xml.element("w:tcPr") {
                                        try xml.element("w:tcW", ["w:w": String(key.width), "w:type": "dxa"])
                                        if key.span > 1 { try xml.element("w:gridSpan", ["w:val": String(key.span)]) }
                                        try xml.element("w:vAlign", ["w:val": "center"])
                                    }
                                }
                                cellProperties[key] = properties
                            }
                            try xml.append(properties)
                            for paragraph in cell.paragraphs { try write(paragraph, xml: xml) }
                        }
                    }
                }
            }
        }
    }

    /// A turned face as VML WordArt (a text path): the text is the shape's geometry, so the
    /// shape's rotation turns it. VML is the only such shape ECMA-376 Transitional offers without
    /// Word 2010 extension namespaces. It is anchored in a paragraph 1 pt high, so that it never
    /// pushes the page's text down; the first one declares the WordArt shape type.
    private func writeTurned(_ frame: TextFrame, id: Int, xml: XMLWriter) throws {
        try xml.element("w:p") {
            // No spacing before or after: Normal has none.
            try xml.element("w:pPr") { try xml.element("w:spacing", ["w:line": "20", "w:lineRule": "exact"]) }
            try xml.element("w:r") {
                try xml.element("w:pict") {
                    if id == 1 {
                        try xml.element("v:shapetype", ["id": "_x0000_t136", "coordsize": "21600,21600", "o:spt": "136",
                                                        "adj": "10800", "path": "m@7,l@8,m@5,21600l@6,21600e"]) {
                            try xml.element("v:path", ["textpathok": "t", "o:connecttype": "custom"])
                            try xml.element("v:textpath", ["on": "t", "fitshape": "t"])
                        }
                    }
                    try wordArt(frame, id: id, xml: xml)
                }
            }
        }
    }

    /// Share of the em a line of Chinese characters inks, across (the side bearings left out) and
    /// up: WordArt stretches the ink to the shape's box, so a box of the text's ink keeps the
    /// turned face near the upright face's size (LibreOffice and Word both stretch it; only the
    /// font knows each glyph's ink). Measured on 黑体 (FandolHei) at 150 pt: names ink 0.87–0.95
    /// em high, and 0.11–0.15 em less wide than their advance.
    static let wordArtInkHeight = 0.93, wordArtSideBearings = 0.12

    /// The face of the document's turned text, if it has any. LibreOffice sets a WordArt's
    /// Chinese characters in the document's default East Asian face (the shape's own
    /// `font-family` only reaches its Latin ones), so styles.xml makes this face the default.
    static func turnedFace(_ document: OfficeDocument) -> FontFace? {
        for case .frame(let frame) in document.blocks where frame.upsideDown {
            if let font = frame.paragraph.runs.first?.font ?? document.styles.first(where: { $0.id == frame.paragraph.style })?.font {
                return font
            }
        }
        return nil
    }

    private func wordArt(_ frame: TextFrame, id: Int, xml: XMLWriter) throws {
        let text = frame.paragraph.runs.map(\.text).joined()
        let size = frame.paragraph.runs.first?.size ?? styles[frame.paragraph.style]?.style.size ?? 16
        let font = frame.paragraph.runs.first?.font ?? styles[frame.paragraph.style]?.style.font ?? .fangSong
        // The path is stretched to the box: the box is the text's ink, centred in the frame.
        let em = size * 25.4 / 72
        let width = min(frame.width, (TextMeasure.ems(text) - Self.wordArtSideBearings) * em)
        let height = min(frame.height, Self.wordArtInkHeight * em)
        let box = Fragments.ShapeBox(left: frame.x + (frame.width - width) / 2, top: frame.y + (frame.height - height) / 2,
                                     width: width, height: height)
        let style = "\(fragments.shapeStyle(box))\(id);mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin"
        try xml.element("v:shape", ["id": "turned\(id)", "type": "#_x0000_t136", "style": style, "fillcolor": "black", "stroked": "f"]) {
            try xml.element("v:textpath", ["style": fragments.textPathStyle(Fragments.TextPathKey(font: font, size: size)), "string": text])
        }
    }

    // MARK: Shared by styles, footers and body

    static func justification(_ alignment: Alignment) -> String {
        switch alignment {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        case .justify: return "both"
        }
    }

    /// A style's paragraph properties in schema order, with a paragraph's overrides and frame.
    static func paragraphProperties(_ style: ParagraphStyle, pitch: Double?, overrides: ParagraphOverrides,
                                    frame: FramePlacement? = nil, xml: XMLWriter) throws {
        if style.keepWithNext || overrides.keepWithNext { try xml.element("w:keepNext") }
        if overrides.keepTogether { try xml.element("w:keepLines") }
        if overrides.pageBreakBefore { try xml.element("w:pageBreakBefore") }
        if let frame { try frameProperties(frame, xml: xml) }
        try xml.element("w:widowControl", ["w:val": "0"])
        if let rule = style.ruleBelow {
            try xml.element("w:pBdr") {
                try border("w:bottom", width: rule.width, color: rule.color, space: rule.spacing, xml: xml)
            }
        }
        try tabs(overrides, xml: xml)
        if let height = frame?.lineHeight ?? style.lineHeight ?? pitch {
            try xml.element("w:spacing", ["w:before": "0", "w:after": "0", "w:line": String(Units.twips(pt: height)), "w:lineRule": "exact"])
        } else {
            try xml.element("w:spacing", ["w:before": "0", "w:after": "0"])
        }
        try indent(style, overrides, xml: xml)
        try xml.element("w:jc", ["w:val": justification(overrides.alignment ?? style.alignment)])
        if let level = style.outlineLevel { try xml.element("w:outlineLvl", ["w:val": String(level - 1)]) }
    }

    /// `w:framePr`: a frame of one line's height at its place on the page, measured from the margins.
    static func frameProperties(_ frame: FramePlacement, xml: XMLWriter) throws {
        try xml.element("w:framePr", [
            "w:w": String(Units.twips(mm: frame.width)), "w:h": String(Units.twips(pt: frame.lineHeight)), "w:wrap": "around",
            "w:hAnchor": "margin", "w:vAnchor": "margin", "w:x": String(Units.twips(mm: frame.x)),
            "w:y": String(Units.twips(mm: frame.y)), "w:hRule": "exact",
        ])
    }

    static func tabs(_ overrides: ParagraphOverrides, xml: XMLWriter) throws {
        guard !overrides.tabStops.isEmpty else { return }
        try xml.element("w:tabs") {
            for stop in overrides.tabStops {
                try xml.element("w:tab", ["w:val": stop.side == .right ? "right" : "left", "w:pos": String(Units.twips(pt: stop.position))])
            }
        }
    }

    static func indent(_ style: ParagraphStyle?, _ overrides: ParagraphOverrides, xml: XMLWriter) throws {
        try indent(left: overrides.leftIndent ?? style?.leftIndent ?? 0, right: overrides.rightIndent ?? style?.rightIndent ?? 0,
                   firstLine: overrides.firstLineIndent ?? style?.firstLineIndent ?? 0, xml: xml)
    }

    /// `w:ind`: a negative first-line indent is written as a hanging indent.
    static func indent(left: Double, right: Double, firstLine: Double, xml: XMLWriter) throws {
        let (left, right) = (String(Units.twips(pt: left)), String(Units.twips(pt: right)))
        if firstLine < 0 {
            try xml.element("w:ind", ["w:left": left, "w:right": right, "w:hanging": String(Units.twips(pt: -firstLine))])
        } else {
            try xml.element("w:ind", ["w:left": left, "w:right": right, "w:firstLine": String(Units.twips(pt: firstLine))])
        }
    }

    static func border(_ side: String, width: Double, color: Colour, space: Double, line: String = "single", xml: XMLWriter) throws {
        try xml.element(side, ["w:val": line, "w:sz": String(Units.eighthPoints(width)),
                               "w:space": String(Int(space.rounded())), "w:color": color.hex])
    }

    /// `w:rPr` in schema order: fonts, colour, spacing, size.
    static func runProperties(_ format: RunFormat, letterSpacing: Double? = nil, xml: XMLWriter) throws {
        guard !format.isPlain || letterSpacing != nil else { return }
        try xml.element("w:rPr") {
            if let font = format.font { try fonts(font, xml: xml) }
            if let color = format.color { try xml.element("w:color", ["w:val": color.hex]) }
            if let letterSpacing { try xml.element("w:spacing", ["w:val": String(Units.twips(pt: letterSpacing))]) }
            if let size = format.size {
                try xml.element("w:sz", ["w:val": String(Units.halfPoints(size))])
                try xml.element("w:szCs", ["w:val": String(Units.halfPoints(size))])
            }
            if format.western { try xml.element("w:lang", ["w:val": "en-US"]) }
        }
    }

    static func fonts(_ font: FontFace, xml: XMLWriter) throws {
        try xml.element("w:rFonts", ["w:ascii": font.latin, "w:hAnsi": font.latin, "w:eastAsia": font.eastAsian, "w:cs": font.latin])
    }

    /// `w:t`; line feeds in user text become spaces (a paragraph is one line of thought). Spaces
    /// are kept: `xml:space="preserve"` marks a text that starts or ends with one or holds two in
    /// a row, the only texts a reader could change by trimming or collapsing.
    static func text(_ value: String, xml: XMLWriter) throws {
        var flat = value
        var spacing = TextScan.spacing(value)
        if spacing == .lineBreak {
            flat = String(value.map { $0.isNewline ? " " : $0 })
            spacing = TextScan.spacing(flat)
        }
        try xml.element("w:t", spacing == .preserve ? ["xml:space": "preserve"] : [:], text: flat)
    }
}
