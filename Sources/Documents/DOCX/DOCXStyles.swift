import XMLSupport

/// `word/styles.xml`: document defaults (三号仿宋 — 桌签: their turned face's —, widow control off), Normal, the styles that
/// stand for one of Word's own (`ParagraphStyle.wordName`) and the custom styles that more than one paragraph uses
/// (`DOCXBody.namedStyles`); the others are direct formatting.
enum DOCXStyles {
    /// `namedStyles`: `DOCXBody.namedStyles(document)`, which the body names too.
    static func write(_ document: OfficeDocument, namedStyles: Set<String>) throws -> [UInt8] {
        let pitch = document.page.linePitch
        return try DOCXWriter.part("w:styles", extraNamespaces: DOCXWriter.compatibilityNamespaces) { xml in
            try xml.element("w:docDefaults") {
                try xml.element("w:rPrDefault") {
                    try xml.element("w:rPr") {
                        try DOCXBody.fonts(DOCXBody.turnedFace(document) ?? .fangSong, xml: xml)
                        try xml.element("w:sz", ["w:val": "32"])
                        try xml.element("w:szCs", ["w:val": "32"])
                        // Chinese (PDF /Lang zh-CN); Latin and digit runs say en-US (`Run.languageStretches`).
                        try xml.element("w:lang", ["w:val": "zh-CN", "w:eastAsia": "zh-CN"])
                    }
                }
                try xml.element("w:pPrDefault") {
                    try xml.element("w:pPr") { try lineBreaking(xml) }
                }
            }
            // LibreOffice takes the grid's character pitch from Normal, so Normal repeats the defaults.
            try xml.element("w:style", ["w:type": "paragraph", "w:default": "1", "w:styleId": "Normal"]) {
                try xml.element("w:name", ["w:val": "Normal"])
                try xml.element("w:qFormat")
                try xml.element("w:pPr") { try lineBreaking(xml) }
                try xml.element("w:rPr") {
                    try DOCXBody.fonts(.fangSong, xml: xml)
                    try xml.element("w:sz", ["w:val": "32"])
                    try xml.element("w:szCs", ["w:val": "32"])
                }
            }
            for style in document.styles where style.wordName != nil { try write(style, pitch: pitch, xml: xml) }
            for style in document.styles where style.wordName == nil && namedStyles.contains(style.id) {
                try write(style, pitch: pitch, xml: xml)
            }
        }
    }

    /// Widow control off (GB/T 9704 fills every line of the 版心); 避头尾 on (`w:kinsoku`, with the
    /// lists in settings) and no punctuation hanging past the margin.
    private static func lineBreaking(_ xml: XMLWriter) throws {
        try xml.element("w:widowControl", ["w:val": "0"])
        try xml.element("w:kinsoku", ["w:val": "1"])
        try noOverflowingPunctuation(xml)
    }

    /// `w:overflowPunct` off, said to each reader as it reads it. LibreOffice's DOCX import inverts
    /// the element (writerfilter's DomainMapper: hanging = `val == 0`), so the value is offered as
    /// alternate content, which may stand anywhere in WordprocessingML (ECMA-376 Part 3; Part 4,
    /// "Roundtripping Alternate Content"): Word 2013 and later understand `w15` and take the
    /// choice, `0` as the standard means it; LibreOffice takes a choice only for wps, wpg, w14 and
    /// wpc, so it takes the fallback, `1`, which it reads as "do not hang".
    private static func noOverflowingPunctuation(_ xml: XMLWriter) throws {
        try xml.element("mc:AlternateContent") {
            try xml.element("mc:Choice", ["Requires": "w15"]) { try xml.element("w:overflowPunct", ["w:val": "0"]) }
            try xml.element("mc:Fallback") { try xml.element("w:overflowPunct", ["w:val": "1"]) }
        }
    }

    /// Word's style id for its own style name: `heading 2` → `Heading2`, `Body Text` → `BodyText`.
    static func id(wordName: String) -> String {
        wordName.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A style that stands for one of Word's own, under Word's name with the Chinese one as an alias
    /// (Word shows both), or a custom style under its Chinese name (表格文字, 桌签姓名): a style holding
    /// what direct formatting would repeat in every paragraph.
    private static func write(_ style: ParagraphStyle, pitch: Double?, xml: XMLWriter) throws {
        let attributes: KeyValuePairs<String, String>
        if let wordName = style.wordName {
            attributes = ["w:type": "paragraph", "w:styleId": id(wordName: wordName)]
        } else {
            attributes = ["w:type": "paragraph", "w:customStyle": "1", "w:styleId": style.id]
        }
        try xml.element("w:style", attributes) {
            try xml.element("w:name", ["w:val": style.wordName ?? style.name])
            if style.wordName != nil { try xml.element("w:aliases", ["w:val": style.name]) }
            try xml.element("w:basedOn", ["w:val": "Normal"])
            if style.wordName != nil { try xml.element("w:qFormat") }
            try xml.element("w:pPr") {
                try DOCXBody.paragraphProperties(style, pitch: pitch, overrides: ParagraphOverrides(), xml: xml)
            }
            try DOCXBody.runProperties(RunFormat(font: style.font, size: style.size, color: style.color),
                                       letterSpacing: style.letterSpacing, xml: xml)
        }
    }
}
