import XMLSupport

/// `content.xml`: automatic styles for tables, frames, overrides and runs, then the text.
struct ODTContent {
    let document: OfficeDocument
    /// Named as the text is written, which is why the text is written first.
    private let styles: ODTAutomaticStyles
    private let recurring: Recurring

    init(_ document: OfficeDocument) {
        self.document = document
        styles = ODTAutomaticStyles(document)
        recurring = Recurring(document)
    }

    private var endsWithTable: Bool {
        if case .table = document.blocks.last { return true } else { return false }
    }

    private static let root = ["office:document-content"]

    /// Adds `content.xml` to `package`, end first: writing the text names the automatic styles
    /// that precede it. Each is compressed as it is written (`ZipPackage.startPartEndFirst`);
    /// the part's bytes are those of the styles and text written in order.
    func write(into package: ZipPackage) throws {
        try package.startPartEndFirst("content.xml")
        let body = XMLWriter(continuingInside: Self.root, streamingTo: package.write)
        try writeBody(body)
        _ = try body.finish()
        try package.startHead()
        let xml = XMLWriter(streamingTo: package.write)
        try ODTWriter.startRoot(Self.root[0], xml: xml)
        try ODTWriter.fontFaceDeclarations(xml)
        try xml.element("office:automatic-styles") {
            try styles.writeParagraphAndTextStyles(xml)
            var tableNumber = 0
            for block in document.blocks {
                switch block {
                case .table(let table), .recordPage(let table):
                    tableNumber += 1
                    try writeStyles(of: table, name: "Table\(tableNumber)", xml: xml)
                case .paragraph, .frame, .tableOfContents: break
                }
            }
            if document.blocks.contains(where: { if case .tableOfContents = $0 { return true } else { return false } }) {
                try writeContentsStyles(xml)
            }
            if document.hasRecordPage { try writeRecordPageStyles(xml) }
            if endsWithTable {
                try xml.element("style:style", ["style:name": "TableEnd", "style:family": "paragraph"]) {
                    try xml.element("style:paragraph-properties", ["fo:line-height": "1pt", "fo:margin-top": "0pt", "fo:margin-bottom": "0pt"])
                    try ODTWriter.textProperties(RunFormat(font: nil, size: 1, color: nil), xml: xml)
                }
            }
            if document.blocks.contains(where: { if case .frame = $0 { return true } else { return false } }) {
                try xml.element("style:style", ["style:name": "Frame", "style:family": "graphic"]) {
                    try xml.element("style:graphic-properties", [
                        "draw:stroke": "none", "draw:fill": "none",
                        "draw:textarea-horizontal-align": "center", "draw:textarea-vertical-align": "middle",
                        "draw:auto-grow-height": "false", "fo:padding": "0mm",
                        "style:wrap": "run-through", "style:run-through": "foreground",
                        "style:vertical-pos": "from-top", "style:vertical-rel": "page-content",
                        "style:horizontal-pos": "from-left", "style:horizontal-rel": "page-content",
                    ])
                }
            }
        }
        _ = try xml.finish(continuedInside: Self.root)
        try package.endPart()
    }

    private func writeBody(_ xml: XMLWriter) throws {
        try xml.element("office:body") {
            try xml.element("office:text") {
                var tableNumber = 0
                var frameNumber = 0
                let headings = document.contentsHeadings
                let bookmarks = Dictionary(uniqueKeysWithValues: headings.enumerated().map { ($0.element.block, $0.offset) })
                for (index, block) in document.blocks.enumerated() {
                    switch block {
                    case .paragraph(let paragraph): try write(paragraph, bookmark: bookmarks.isEmpty ? nil : bookmarks[index], xml: xml)
                    case .tableOfContents(let levels): try writeContents(levels, headings: headings, xml: xml)
                    case .table(let table):
                        tableNumber += 1
                        try write(table, name: "Table\(tableNumber)", xml: xml)
                    case .frame(let frame):
                        frameNumber += 1
                        try write(frame, number: frameNumber, xml: xml)
                    case .recordPage(let table):
                        tableNumber += 1
                        try writeRecordPage(table, name: "Table\(tableNumber)", xml: xml)
                    }
                }
                // Writer adds a full-height empty paragraph after a table that ends the text,
                // which spills onto a blank page when the table fills the last one.
                if endsWithTable { try xml.element("text:p", ["text:style-name": "TableEnd"]) }
            }
        }
    }

    /// A paragraph of a style with an outline level is a heading (`text:h`): Writer's navigator,
    /// the PDF's bookmarks and readers such as pandoc take the document's tree from these.
    private func write(_ paragraph: Paragraph, bookmark: Int? = nil, xml: XMLWriter) throws {
        let level = recurring.outlineLevel(of: paragraph.style)
        try xml.startElement(level == nil ? "text:p" : "text:h")
        try xml.attribute("text:style-name", styles.name(of: paragraph))
        if let level { try xml.attribute("text:outline-level", String(level)) }
        if let bookmark { try xml.element("text:bookmark-start", ["text:name": OfficeDocument.contentsBookmark(bookmark)]) }
        var afterSpace = true
        for run in paragraph.runs {
            if run.lineBreakBefore {
                try xml.element("text:line-break")
                afterSpace = true
            }
            if run.tabBefore {
                try xml.element("text:tab")
                afterSpace = true
            }
            func write(_ text: String, western: Bool) throws {
                var format = run.format
                format.western = western
                if let name = styles.name(of: format) {
                    try xml.element("text:span", ["text:style-name": name]) {
                        try ODTWriter.text(text, afterSpace: &afterSpace, xml: xml)
                    }
                } else {
                    try ODTWriter.text(text, afterSpace: &afterSpace, xml: xml)
                }
            }
            if let western = run.uniformLanguage {
                try write(run.text, western: western)
            } else {
                for stretch in recurring.languageStretches(of: run) { try write(stretch.text, western: stretch.western) }
            }
        }
        if let bookmark { try xml.element("text:bookmark-end", ["text:name": OfficeDocument.contentsBookmark(bookmark)]) }
        try xml.endElement()
    }

    // MARK: Table of contents

    /// The entry paragraphs: 三号仿宋 with a dotted right tab for the page number.
    private func writeContentsStyles(_ xml: XMLWriter) throws {
        try xml.element("style:style", ["style:name": "ContentsEntry", "style:family": "paragraph"]) {
            try xml.element("style:paragraph-properties", ["fo:line-height": Units.length(document.page.linePitch ?? 24, "pt")]) {
                try xml.element("style:tab-stops") {
                    try xml.element("style:tab-stop", ["style:position": Units.length(document.page.textWidth, "mm"), "style:type": "right",
                                                       "style:leader-style": "dotted", "style:leader-text": "."])
                }
            }
            try ODTWriter.textProperties(RunFormat(font: .fangSong, size: 16, color: nil), xml: xml)
        }
    }

    /// `text:table-of-content` over the outline levels; its body holds the entries, each the
    /// heading's text and a reference to its bookmark's page that Writer computes as it lays out.
    private func writeContents(_ levels: ClosedRange<Int>, headings: [(block: Int, text: String, level: Int)], xml: XMLWriter) throws {
        try xml.element("text:table-of-content", ["text:name": "目录", "text:protected": "true"]) {
            try xml.element("text:table-of-content-source", ["text:outline-level": String(levels.upperBound), "text:use-index-marks": "false"]) {
                for level in 1...levels.upperBound {
                    try xml.element("text:table-of-content-entry-template", ["text:outline-level": String(level), "text:style-name": "ContentsEntry"]) {
                        try xml.element("text:index-entry-link-start")
                        try xml.element("text:index-entry-text")
                        try xml.element("text:index-entry-tab-stop", ["style:type": "right", "style:leader-char": "."])
                        try xml.element("text:index-entry-page-number")
                        try xml.element("text:index-entry-link-end")
                    }
                }
            }
            try xml.element("text:index-body") {
                for (number, heading) in headings.enumerated() {
                    let bookmark = OfficeDocument.contentsBookmark(number)
                    try xml.element("text:p", ["text:style-name": "ContentsEntry"]) {
                        var afterSpace = true
                        try ODTWriter.text(heading.text, afterSpace: &afterSpace, xml: xml)
                        try xml.element("text:tab")
                        try xml.element("text:bookmark-ref", ["text:reference-format": "page", "text:ref-name": bookmark], text: "")
                    }
                }
            }
        }
    }

    // MARK: Tables

    /// Cell styles by position: a grid boxes every cell; 版记 rules draw the first and last
    /// rule thick and the ones between thin.
    private enum CellKind: String, CaseIterable {
        case grid = "Cell", first = "First", middle = "Middle", last = "Last", only = "Only"
    }

    private func cellKinds(_ table: Table) -> [CellKind] {
        switch table.borders {
        case .grid, .cutLines: return [.grid]
        case .horizontalRules: return table.rows.count == 1 ? [.only] : [.first, .middle, .last]
        }
    }

    private func cellKind(row: Int, of table: Table) -> CellKind {
        switch table.borders {
        case .grid, .cutLines: return .grid
        case .horizontalRules:
            if table.rows.count == 1 { return .only }
            return row == 0 ? .first : row == table.rows.count - 1 ? .last : .middle
        }
    }

    private func writeStyles(of table: Table, name: String, xml: XMLWriter) throws {
        try xml.element("style:style", ["style:name": name, "style:family": "table"]) {
            try xml.element("style:table-properties", ["style:width": Units.length(table.columnWidths.reduce(0, +), "mm"),
                                                       "table:align": "center"])
        }
        for (index, width) in table.columnWidths.enumerated() {
            try xml.element("style:style", ["style:name": "\(name).C\(index + 1)", "style:family": "table-column"]) {
                try xml.element("style:table-column-properties", ["style:column-width": Units.length(width, "mm")])
            }
        }
        try xml.element("style:style", ["style:name": "\(name).Row", "style:family": "table-row"]) {
            try xml.element("style:table-row-properties") {
                if let height = table.minRowHeight { try xml.attribute("style:min-row-height", Units.length(height, "mm")) }
                try xml.attribute("fo:keep-together", "always")
            }
        }
        for kind in cellKinds(table) {
            try xml.element("style:style", ["style:name": "\(name).\(kind.rawValue)", "style:family": "table-cell"]) {
                try xml.element("style:table-cell-properties") {
                    try xml.attribute("style:vertical-align", "middle")
                    try xml.attribute("fo:padding", Units.length(Table.cellPadding, "mm"))
                    switch table.borders {
                    case .grid(let width):
                        try xml.attribute("fo:border", ODTWriter.border(width, .black))
                    case .cutLines(let width):
                        try xml.attribute("fo:border", ODTWriter.border(width, .black, line: "dashed"))
                    case .horizontalRules(let outer, let inner):
                        let top = kind == .first || kind == .only ? ODTWriter.border(outer, .black) : "none"
                        let bottom = kind == .last || kind == .only ? ODTWriter.border(outer, .black) : ODTWriter.border(inner, .black)
                        try xml.attribute("fo:border-top", top)
                        try xml.attribute("fo:border-bottom", bottom)
                        try xml.attribute("fo:border-left", "none")
                        try xml.attribute("fo:border-right", "none")
                    }
                }
            }
        }
    }

    /// The cell style most of a table's cells have (ties go to the kind listed first). A cell's
    /// style depends on its row only, so this is every column's usual style: each column names
    /// it as its default cell style, and a cell of that style is written without a style name
    /// of its own (ODF 1.3 part 3, `table:default-cell-style-name`: a cell without a style takes
    /// its row's default, else its column's; Writer reads it so).
    private func defaultCellKind(_ table: Table) -> CellKind {
        let kinds = cellKinds(table)
        var cells = [Int](repeating: 0, count: kinds.count)
        for (index, row) in table.rows.enumerated() { cells[kinds.firstIndex(of: cellKind(row: index, of: table))!] += row.count }
        return kinds[cells.firstIndex(of: cells.max()!)!]
    }

    /// Cells carry no `office:value-type`: in a text document's table it only marks a value for
    /// calculation (`string` with `office:string-value`), and a cell without one is shown by
    /// its paragraphs.
    private func write(_ table: Table, name: String, xml: XMLWriter) throws {
        try xml.element("table:table", ["table:name": name, "table:style-name": name]) {
            let defaultKind = defaultCellKind(table)
            let defaultStyle = "\(name).\(defaultKind.rawValue)"
            for index in table.columnWidths.indices {
                try xml.element("table:table-column", ["table:style-name": "\(name).C\(index + 1)",
                                                       "table:default-cell-style-name": defaultStyle])
            }
            // Each table's style names are made once, not for every row.
            let rowStyle = "\(name).Row"
            let cellStyles = Dictionary(uniqueKeysWithValues: cellKinds(table).map { ($0, "\(name).\($0.rawValue)") })
            func row(_ index: Int) throws {
                try xml.element("table:table-row", ["table:style-name": rowStyle]) {
                    let kind = cellKind(row: index, of: table)
                    let cellStyle = kind == defaultKind ? nil : cellStyles[kind]!
                    for cell in table.rows[index] {
                        try xml.element("table:table-cell") {
                            if let cellStyle { try xml.attribute("table:style-name", cellStyle) }
                            if cell.span > 1 { try xml.attribute("table:number-columns-spanned", String(cell.span)) }
                            for paragraph in cell.paragraphs { try write(paragraph, xml: xml) }
                        }
                        for _ in 1..<max(cell.span, 1) { try xml.element("table:covered-table-cell") }
                    }
                }
            }
            let headerCount = min(table.headerRows, table.rows.count)
            if headerCount > 0 {
                try xml.element("table:table-header-rows") {
                    for index in 0..<headerCount { try row(index) }
                }
            }
            for index in headerCount..<table.rows.count { try row(index) }
        }
    }

    // MARK: 版记页

    /// The anchor paragraph starts the 版记页 (its master page has left pages only and no
    /// footer); the frame sits at the bottom of the page's text area, growing upwards with its table.
    private func writeRecordPageStyles(_ xml: XMLWriter) throws {
        try xml.element("style:style", ["style:name": "RecordAnchor", "style:family": "paragraph",
                                        "style:master-page-name": ODTStyles.recordMasterPage]) {
            try xml.element("style:paragraph-properties", ["fo:line-height": "1pt", "fo:margin-top": "0pt", "fo:margin-bottom": "0pt"])
            try ODTWriter.textProperties(RunFormat(font: nil, size: 1, color: nil), xml: xml)
        }
        try xml.element("style:style", ["style:name": "RecordFrame", "style:family": "graphic", "style:parent-style-name": "Frame"]) {
            try xml.element("style:graphic-properties", [
                "fo:margin-left": "0mm", "fo:margin-right": "0mm", "fo:margin-top": "0mm", "fo:margin-bottom": "0mm",
                "fo:padding": "0mm", "fo:border": "none", "draw:fill": "none", "style:wrap": "none",
                "style:vertical-pos": "bottom", "style:vertical-rel": "page-content",
                "style:horizontal-pos": "center", "style:horizontal-rel": "page-content",
            ])
        }
    }

    private func writeRecordPage(_ table: Table, name: String, xml: XMLWriter) throws {
        try xml.element("text:p", ["text:style-name": "RecordAnchor"]) {
            try xml.element("draw:frame", ["draw:name": "版记", "draw:style-name": "RecordFrame", "text:anchor-type": "paragraph",
                                           "svg:width": Units.length(table.columnWidths.reduce(0, +), "mm"), "draw:z-index": "0"]) {
                try xml.element("draw:text-box", ["fo:min-height": "5mm"]) { try write(table, name: name, xml: xml) }
            }
        }
    }

    // MARK: Frames

    /// A drawing rectangle holding the text: Writer turns shapes with their text, where it
    /// cannot turn text frames. A half turn about the origin moves the box up and left by its
    /// size, so the translation adds the size back.
    private func write(_ frame: TextFrame, number: Int, xml: XMLWriter) throws {
        try xml.element("text:p", ["text:style-name": frame.paragraph.style]) {
            try xml.startElement("draw:rect")
            try xml.attribute("draw:name", "Frame\(number)")
            try xml.attribute("draw:style-name", "Frame")
            try xml.attribute("text:anchor-type", "paragraph")
            try xml.attribute("draw:z-index", String(number - 1))
            for (name, value) in recurring.placement(of: frame) { try xml.attribute(name, value) }
            try write(frame.paragraph, xml: xml)
            try xml.endElement()
        }
    }
}

/// What the text repeats, worked out once.
private final class Recurring {
    private struct Geometry: Hashable {
        var x, y, width, height: Double
        var upsideDown: Bool
    }

    /// The outline level of each paragraph style that has one (its paragraphs are headings).
    private let outlineLevels: [String: Int]
    /// The style looked up last: consecutive paragraphs mostly share one, and comparing its name
    /// is cheaper than hashing it.
    private var lastStyle: (id: String, level: Int?)?
    /// The stretches of the runs that mix Latin and Chinese, by text: a hall's seat labels (12座)
    /// recur in every row, and cutting one into characters costs twenty look-ups of it.
    private var stretches: [String: [(text: String, western: Bool)]] = [:]
    /// The size and position attributes of the frames, by geometry: the cards repeat a few
    /// geometries thousands of times, and formatting their lengths was most of a frame's time.
    private var placements: [Geometry: [(name: String, value: String)]] = [:]

    init(_ document: OfficeDocument) {
        outlineLevels = Dictionary(document.styles.compactMap { style in style.outlineLevel.map { (style.id, $0) } },
                                   uniquingKeysWith: { first, _ in first })
    }

    func outlineLevel(of style: String) -> Int? {
        if let lastStyle, lastStyle.id == style { return lastStyle.level }
        let level = outlineLevels[style]
        lastStyle = (style, level)
        return level
    }

    func languageStretches(of run: Run) -> [(text: String, western: Bool)] {
        if let known = stretches[run.text] { return known }
        let found = run.languageStretches
        stretches[run.text] = found
        return found
    }

    func placement(of frame: TextFrame) -> [(name: String, value: String)] {
        let geometry = Geometry(x: frame.x, y: frame.y, width: frame.width, height: frame.height, upsideDown: frame.upsideDown)
        if let attributes = placements[geometry] { return attributes }
        var attributes = [("svg:width", Units.length(frame.width, "mm")), ("svg:height", Units.length(frame.height, "mm"))]
        if frame.upsideDown {
            let x = Units.length(frame.x + frame.width, "mm"), y = Units.length(frame.y + frame.height, "mm")
            attributes.append(("draw:transform", "rotate (3.14159265358979) translate (\(x) \(y))"))
        } else {
            attributes += [("svg:x", Units.length(frame.x, "mm")), ("svg:y", Units.length(frame.y, "mm"))]
        }
        placements[geometry] = attributes
        return attributes
    }
}
