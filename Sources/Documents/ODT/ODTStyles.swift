import XMLSupport

/// `styles.xml`: fonts, the default and named paragraph styles, the page layout, and the
/// master page whose footers carry `— N —` right on odd pages and left on even pages.
enum ODTStyles {
    /// ODF footers sit inside the bottom margin: this much of it is footer and its spacing
    /// (6 mm high, 7 mm below the 版心, as GB/T 9704 places the page number).
    private static let footerHeight = 6.0, footerSpacing = 7.0

    static func write(_ document: OfficeDocument) throws -> [UInt8] {
        let xml = XMLWriter()
        try ODTWriter.startRoot("office:document-styles", xml: xml)
        try ODTWriter.fontFaceDeclarations(xml)
        try xml.element("office:styles") {
            try xml.element("style:default-style", ["style:family": "paragraph"]) {
                // 避头尾 without hanging punctuation: nothing leaves the 版心.
                try xml.element("style:paragraph-properties", ["fo:widows": "0", "fo:orphans": "0",
                                                               "style:punctuation-wrap": "simple", "style:line-break": "strict"])
                try ODTWriter.textProperties(RunFormat(font: .fangSong, size: 16, color: nil), language: true, xml: xml)
            }
            try xml.element("style:style", ["style:name": "Standard", "style:family": "paragraph", "style:class": "text"])
            for style in document.styles { try write(style, pitch: document.page.linePitch, xml: xml) }
            for (name, alignment) in [("FooterOdd", Alignment.right), ("FooterEven", .left)] where document.pageNumbers {
                try xml.element("style:style", ["style:name": name, "style:family": "paragraph",
                                                "style:parent-style-name": "Standard", "style:class": "extra"]) {
                    try xml.element("style:paragraph-properties") {
                        try xml.attribute("fo:text-align", ODTWriter.textAlign(alignment))
                        // One 字 of 四号 (14 pt) in from the outer edge.
                        try xml.attribute(alignment == .right ? "fo:margin-right" : "fo:margin-left", "14pt")
                        // A fixed height keeps the footer at its 6 mm: a taller one would take the
                        // 22nd line of the 版心.
                        try xml.attribute("fo:line-height", Units.length(footerHeight, "mm"))
                    }
                    try ODTWriter.textProperties(RunFormat(font: .songTi, size: 14, color: nil), xml: xml)
                }
            }
            // Text frames (the 版记) take their defaults from the graphic style LibreOffice calls
            // Frame; without it Writer lays the frame out but does not draw its text.
            if document.hasRecordPage {
                try xml.element("style:style", ["style:name": "Frame", "style:family": "graphic"])
            }
        }
        try xml.element("office:automatic-styles") {
            try pageLayout(document, xml: xml)
            if document.hasRecordPage { try recordPageLayout(document, xml: xml) }
        }
        try xml.element("office:master-styles") {
            try xml.element("style:master-page", ["style:name": "Standard", "style:page-layout-name": "Page"]) {
                if document.pageNumbers {
                    try footer("style:footer", paragraphStyle: "FooterOdd", xml: xml)
                    try footer("style:footer-left", paragraphStyle: "FooterEven", xml: xml)
                }
            }
            if document.hasRecordPage {
                try xml.element("style:master-page", ["style:name": recordMasterPage, "style:page-layout-name": "RecordPage"])
            }
        }
        try xml.endElement()
        return try xml.finish()
    }

    private static func write(_ style: ParagraphStyle, pitch: Double?, xml: XMLWriter) throws {
        try xml.element("style:style", ["style:name": style.id, "style:display-name": style.name, "style:family": "paragraph",
                                        "style:parent-style-name": "Standard", "style:class": "text"]) {
            if let level = style.outlineLevel { try xml.attribute("style:default-outline-level", String(level)) }
            try xml.element("style:paragraph-properties") {
                try xml.attribute("fo:margin-left", Units.length(style.leftIndent, "pt"))
                try xml.attribute("fo:margin-right", Units.length(style.rightIndent, "pt"))
                try xml.attribute("fo:margin-top", "0pt")
                try xml.attribute("fo:margin-bottom", "0pt")
                try xml.attribute("fo:text-indent", Units.length(style.firstLineIndent, "pt"))
                if let height = style.lineHeight ?? pitch { try xml.attribute("fo:line-height", Units.length(height, "pt")) }
                try xml.attribute("fo:text-align", ODTWriter.textAlign(style.alignment))
                if style.keepWithNext { try xml.attribute("fo:keep-with-next", "always") }
                try xml.attribute("fo:widows", "0")
                try xml.attribute("fo:orphans", "0")
                if let rule = style.ruleBelow {
                    try xml.attribute("fo:border-bottom", ODTWriter.border(rule.width, rule.color))
                    try xml.attribute("fo:padding-bottom", Units.length(rule.spacing, "pt"))
                }
            }
            try ODTWriter.textProperties(RunFormat(font: style.font, size: style.size, color: style.color),
                                         letterSpacing: style.letterSpacing, xml: xml)
        }
    }

    private static func pageLayout(_ document: OfficeDocument, xml: XMLWriter) throws {
        let page = document.page
        let bottom = document.pageNumbers ? page.marginBottom - footerHeight - footerSpacing : page.marginBottom
        // `all`, not `mirrored`: the 订口 is 28 mm on every page (GB/T 9704 5.2.1); left and right
        // pages still alternate, so `style:footer-left` keeps the even page numbers on the left.
        try xml.element("style:page-layout", ["style:name": "Page", "style:page-usage": "all"]) {
            try xml.element("style:page-layout-properties", [
                "fo:page-width": Units.length(page.width, "mm"), "fo:page-height": Units.length(page.height, "mm"),
                "style:print-orientation": page.width > page.height ? "landscape" : "portrait",
                "fo:margin-top": Units.length(page.marginTop, "mm"), "fo:margin-bottom": Units.length(bottom, "mm"),
                "fo:margin-left": Units.length(page.marginLeft, "mm"), "fo:margin-right": Units.length(page.marginRight, "mm"),
                "style:writing-mode": "lr-tb", "style:layout-grid-mode": "none",
            ])
            if document.pageNumbers {
                try xml.element("style:footer-style") {
                    try xml.element("style:header-footer-properties", [
                        "fo:min-height": Units.length(footerHeight, "mm"), "fo:margin-top": Units.length(footerSpacing, "mm"),
                    ])
                }
            }
        }
    }

    /// The master page of the 版记页: no footer (no page number).
    static let recordMasterPage = "RecordPage"

    /// Left (even) pages only: Writer puts a blank page before it when the text ends on an even
    /// page. No footer, so the bottom margin is the whole 35 mm.
    private static func recordPageLayout(_ document: OfficeDocument, xml: XMLWriter) throws {
        let page = document.page
        try xml.element("style:page-layout", ["style:name": "RecordPage", "style:page-usage": "left"]) {
            try xml.element("style:page-layout-properties", [
                "fo:page-width": Units.length(page.width, "mm"), "fo:page-height": Units.length(page.height, "mm"),
                "style:print-orientation": "portrait",
                "fo:margin-top": Units.length(page.marginTop, "mm"), "fo:margin-bottom": Units.length(page.marginBottom, "mm"),
                "fo:margin-left": Units.length(page.marginLeft, "mm"), "fo:margin-right": Units.length(page.marginRight, "mm"),
                "style:writing-mode": "lr-tb", "style:layout-grid-mode": "none",
            ])
        }
    }

    private static func footer(_ element: String, paragraphStyle: String, xml: XMLWriter) throws {
        try xml.element(element) {
            try xml.element("text:p", ["text:style-name": paragraphStyle]) {
                try xml.text("— ")
                try xml.element("text:page-number", ["text:select-page": "current"], text: "1")
                try xml.text(" —")
            }
        }
    }
}
