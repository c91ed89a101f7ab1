import XMLSupport

/// ODF has no direct formatting: every paragraph override and run format becomes an automatic
/// style. This names them in order of first use (P1, T1, …), so names are deterministic.
struct ODTAutomaticStyles {
    struct ParagraphKey: Hashable {
        var parent: String
        var overrides: ParagraphOverrides
    }

    private(set) var paragraphs: [ParagraphKey: String] = [:]
    private(set) var paragraphOrder: [ParagraphKey] = []
    private(set) var runs: [RunFormat: String] = [:]
    private(set) var runOrder: [RunFormat] = []
    let styles: [String: ParagraphStyle]

    init(_ document: OfficeDocument) {
        styles = Dictionary(document.styles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): add(paragraph)
            case .table(let table): table.rows.forEach { $0.forEach { $0.paragraphs.forEach { add($0) } } }
            case .frame(let frame): add(frame.paragraph)
            case .recordPage(let table): table.rows.forEach { $0.forEach { $0.paragraphs.forEach { add($0) } } }
            case .tableOfContents: break
            }
        }
    }

    private mutating func add(_ paragraph: Paragraph) {
        if !paragraph.overrides.isEmpty {
            let key = ParagraphKey(parent: paragraph.style, overrides: paragraph.overrides)
            if paragraphs[key] == nil {
                paragraphs[key] = "P\(paragraphOrder.count + 1)"
                paragraphOrder.append(key)
            }
        }
        for run in paragraph.runs {
            run.forEachLanguageStretch { _, _, western in
                var format = run.format
                format.western = western
                if !format.isPlain && runs[format] == nil {
                    runs[format] = "T\(runOrder.count + 1)"
                    runOrder.append(format)
                }
            }
        }
    }

    /// The style name a paragraph refers to.
    func name(of paragraph: Paragraph) -> String {
        paragraph.overrides.isEmpty ? paragraph.style : paragraphs[ParagraphKey(parent: paragraph.style, overrides: paragraph.overrides)]!
    }

    func name(of format: RunFormat) -> String? { format.isPlain ? nil : runs[format] }

    func writeParagraphAndTextStyles(_ xml: XMLWriter) throws {
        for key in paragraphOrder {
            try xml.element("style:style", ["style:name": paragraphs[key]!, "style:family": "paragraph",
                                            "style:parent-style-name": key.parent]) {
                try xml.element("style:paragraph-properties") {
                    let overrides = key.overrides
                    if overrides.indents {
                        // Writer keeps the three indents as one setting: one given alone resets the
                        // others, so all three are written.
                        let style = styles[key.parent]
                        let left = overrides.leftIndent ?? style?.leftIndent ?? 0
                        let right = overrides.rightIndent ?? style?.rightIndent ?? 0
                        let firstLine = overrides.firstLineIndent ?? style?.firstLineIndent ?? 0
                        try xml.attribute("fo:margin-left", Units.length(left, "pt"))
                        try xml.attribute("fo:margin-right", Units.length(right, "pt"))
                        try xml.attribute("fo:text-indent", Units.length(firstLine, "pt"))
                    }
                    if let alignment = overrides.alignment { try xml.attribute("fo:text-align", ODTWriter.textAlign(alignment)) }
                    if overrides.pageBreakBefore { try xml.attribute("fo:break-before", "page") }
                    if overrides.keepWithNext { try xml.attribute("fo:keep-with-next", "always") }
                    if overrides.keepTogether { try xml.attribute("fo:keep-together", "always") }
                    if !overrides.tabStops.isEmpty {
                        try xml.element("style:tab-stops") {
                            for stop in overrides.tabStops {
                                try xml.element("style:tab-stop", ["style:position": Units.length(stop.position, "pt"),
                                                                   "style:type": stop.side == .right ? "right" : "left"])
                            }
                        }
                    }
                }
            }
        }
        for format in runOrder {
            try xml.element("style:style", ["style:name": runs[format]!, "style:family": "text"]) {
                try ODTWriter.textProperties(format, xml: xml)
            }
        }
    }
}
