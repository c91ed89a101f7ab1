import XMLSupport

/// `word/document.xml`: the blocks, then the section properties.
struct DOCXBody {
    static let oddFooterID = "rId3"
    static let evenFooterID = "rId4"

    let document: OfficeDocument
    private let styles: [String: ParagraphStyle]

    init(_ document: OfficeDocument) {
        self.document = document
        styles = Dictionary(document.styles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func write() throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("w:document", ["xmlns:w": DOCXWriter.wordNamespace, "xmlns:r": DOCXWriter.relationshipNamespace,
                                       "xmlns:v": "urn:schemas-microsoft-com:vml",
                                       "xmlns:o": "urn:schemas-microsoft-com:office:office"]) {
            try xml.element("w:body") {
                var shapeID = 0  // VML shape ids are unique in the document
                for block in document.blocks {
                    switch block {
                    case .paragraph(let paragraph): try write(paragraph, xml: xml)
                    case .table(let table): try write(table, xml: xml)
                    case .frame(let frame):
                        shapeID += 1
                        try write(frame, id: shapeID, xml: xml)
                    }
                }
                try sectionProperties(xml)
            }
        }
        return try xml.finish()
    }

    private func sectionProperties(_ xml: XMLWriter) throws {
        let page = document.page
        try xml.element("w:sectPr") {
            if document.pageNumbers {
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

    private func write(_ paragraph: Paragraph, xml: XMLWriter) throws {
        try xml.element("w:p") {
            try xml.element("w:pPr") {
                try xml.element("w:pStyle", ["w:val": paragraph.style])
                let overrides = paragraph.overrides
                if overrides.pageBreakBefore { try xml.element("w:pageBreakBefore") }
                if overrides.leftIndent != nil || overrides.rightIndent != nil {
                    let style = styles[paragraph.style]
                    try xml.element("w:ind", [
                        "w:left": String(Units.twips(pt: overrides.leftIndent ?? style?.leftIndent ?? 0)),
                        "w:right": String(Units.twips(pt: overrides.rightIndent ?? style?.rightIndent ?? 0)),
                        "w:firstLine": String(Units.twips(pt: style?.firstLineIndent ?? 0)),
                    ])
                }
                if let alignment = overrides.alignment { try xml.element("w:jc", ["w:val": DOCXBody.justification(alignment)]) }
            }
            for run in paragraph.runs {
                try xml.element("w:r") {
                    try DOCXBody.runProperties(run.format, xml: xml)
                    try DOCXBody.text(run.text, xml: xml)
                }
            }
        }
    }

    private func write(_ table: Table, xml: XMLWriter) throws {
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
            }
            try xml.element("w:tblGrid") {
                for width in widths { try xml.element("w:gridCol", ["w:w": String(width)]) }
            }
            let rowHeight = table.minRowHeight.map { String(Units.twips(mm: $0)) }
            for (index, row) in table.rows.enumerated() {
                try xml.element("w:tr") {
                    let isHeader = index < table.headerRows
                    if rowHeight != nil || isHeader {
                        try xml.element("w:trPr") {
                            try xml.element("w:cantSplit")
                            if let rowHeight { try xml.element("w:trHeight", ["w:val": rowHeight, "w:hRule": "atLeast"]) }
                            if isHeader { try xml.element("w:tblHeader") }
                        }
                    }
                    var column = 0
                    for cell in row {
                        let covered = widths[min(column, widths.count)..<min(column + cell.span, widths.count)]
                        column += cell.span
                        try xml.element("w:tc") {
                            try xml.element("w:tcPr") {
                                try xml.element("w:tcW", ["w:w": String(covered.reduce(0, +)), "w:type": "dxa"])
                                if cell.span > 1 { try xml.element("w:gridSpan", ["w:val": String(cell.span)]) }
                                try xml.element("w:vAlign", ["w:val": "center"])
                            }
                            for paragraph in cell.paragraphs { try write(paragraph, xml: xml) }
                        }
                    }
                }
            }
        }
    }

    /// A VML WordArt shape (text path): the text is the shape's geometry, so the shape's
    /// rotation turns it — LibreOffice ignores rotation on VML text boxes. VML is the only
    /// such shape ECMA-376 Transitional offers without Word 2010 extension namespaces.
    private func write(_ frame: TextFrame, id: Int, xml: XMLWriter) throws {
        let text = frame.paragraph.runs.map(\.text).joined()
        let size = frame.paragraph.runs.first?.size ?? styles[frame.paragraph.style]?.size ?? 16
        let font = frame.paragraph.runs.first?.font ?? styles[frame.paragraph.style]?.font ?? .fangSong
        // The path is stretched to the box: the box is the text's own size, centred in the frame.
        let width = min(frame.width, TextMeasure.ems(text) * size * 25.4 / 72)
        let height = min(frame.height, size * 25.4 / 72)
        let style = [
            "position:absolute",
            "margin-left:\(Units.length(frame.x + (frame.width - width) / 2, "mm"))",
            "margin-top:\(Units.length(frame.y + (frame.height - height) / 2, "mm"))",
            "width:\(Units.length(width, "mm"))", "height:\(Units.length(height, "mm"))",
            frame.upsideDown ? "rotation:180" : nil,
            "z-index:\(id)",
            "mso-position-horizontal-relative:margin", "mso-position-vertical-relative:margin",
        ].compactMap { $0 }.joined(separator: ";")
        try xml.element("w:p") {
            try xml.element("w:r") {
                try xml.element("w:pict") {
                    if id == 1 {
                        try xml.element("v:shapetype", ["id": "_x0000_t136", "coordsize": "21600,21600", "o:spt": "136",
                                                        "adj": "10800", "path": "m@7,l@8,m@5,21600l@6,21600e"]) {
                            try xml.element("v:path", ["textpathok": "t", "o:connecttype": "custom"])
                            try xml.element("v:textpath", ["on": "t", "fitshape": "t"])
                        }
                    }
                    try xml.element("v:shape", ["id": "frame\(id)", "type": "#_x0000_t136", "style": style,
                                                "fillcolor": "black", "stroked": "f"]) {
                        try xml.element("v:textpath", ["style": "font-family:\"\(font.eastAsian)\";font-size:\(Units.length(size, "pt"))",
                                                       "string": text])
                    }
                }
            }
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

    static func border(_ side: String, width: Double, color: Colour, space: Double, xml: XMLWriter) throws {
        try xml.element(side, ["w:val": "single", "w:sz": String(Units.eighthPoints(width)),
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
        }
    }

    static func fonts(_ font: FontFace, xml: XMLWriter) throws {
        try xml.element("w:rFonts", ["w:ascii": font.latin, "w:hAnsi": font.latin, "w:eastAsia": font.eastAsian, "w:cs": font.latin])
    }

    /// `w:t`, keeping spaces; line feeds in user text become spaces (a paragraph is one line of thought).
    static func text(_ value: String, xml: XMLWriter) throws {
        let flat = value.contains(where: \.isNewline) ? String(value.map { $0.isNewline ? " " : $0 }) : value
        try xml.element("w:t", ["xml:space": "preserve"], text: flat)
    }
}
