import XMLSupport

/// ODF has no direct formatting: every paragraph override and run format becomes an automatic
/// style. This names them in order of first use (P1, T1, …) as the text is written, so names are
/// deterministic; `content.xml` writes the styles after the text has named them (a separate pass
/// over every run to name them first was a sixth of the ODT's time).
final class ODTAutomaticStyles {
    struct ParagraphKey: Hashable {
        var parent: String
        var overrides: ParagraphOverrides
    }

    private var paragraphs: [ParagraphKey: String] = [:]
    private var paragraphOrder: [ParagraphKey] = []
    /// In order of first use. A document has a handful of run formats: finding one by comparing
    /// is cheaper than hashing it for every run.
    private var runs: [(format: RunFormat, name: String)] = []
    private let styles: [String: ParagraphStyle]

    init(_ document: OfficeDocument) {
        styles = Dictionary(document.styles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The style name a paragraph refers to.
    func name(of paragraph: Paragraph) -> String {
        if paragraph.overrides.isEmpty { return paragraph.style }
        let key = ParagraphKey(parent: paragraph.style, overrides: paragraph.overrides)
        if let name = paragraphs[key] { return name }
        let name = "P\(paragraphOrder.count + 1)"
        paragraphs[key] = name
        paragraphOrder.append(key)
        return name
    }

    /// The text style of a run format; nil for a plain one (the paragraph's).
    func name(of format: RunFormat) -> String? {
        if format.isPlain { return nil }
        if let known = runs.firstIndex(where: { $0.format == format }) { return runs[known].name }
        let name = "T\(runs.count + 1)"
        runs.append((format, name))
        return name
    }

    /// The styles named so far.
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
        for (format, name) in runs {
            try xml.element("style:style", ["style:name": name, "style:family": "text"]) {
                try ODTWriter.textProperties(format, xml: xml)
            }
        }
    }
}
