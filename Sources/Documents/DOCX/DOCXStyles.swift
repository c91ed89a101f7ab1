import XMLSupport

/// `word/styles.xml`: document defaults (三号仿宋, widow control off) and the named styles.
enum DOCXStyles {
    static func write(_ document: OfficeDocument) throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        let pitch = document.page.linePitch
        try xml.element("w:styles", ["xmlns:w": DOCXWriter.wordNamespace]) {
            try xml.element("w:docDefaults") {
                try xml.element("w:rPrDefault") {
                    try xml.element("w:rPr") {
                        try DOCXBody.fonts(.fangSong, xml: xml)
                        try xml.element("w:sz", ["w:val": "32"])
                        try xml.element("w:szCs", ["w:val": "32"])
                        try xml.element("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN"])
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
            for style in document.styles { try write(style, pitch: pitch, xml: xml) }
        }
        return try xml.finish()
    }

    /// Widow control off (GB/T 9704 fills every line of the 版心); 避头尾 on (`w:kinsoku`, with the
    /// lists in settings) and no punctuation hanging past the margin (`w:overflowPunct` off).
    private static func lineBreaking(_ xml: XMLWriter) throws {
        try xml.element("w:widowControl", ["w:val": "0"])
        try xml.element("w:kinsoku", ["w:val": "1"])
        try xml.element("w:overflowPunct", ["w:val": "0"])
    }

    private static func write(_ style: ParagraphStyle, pitch: Double?, xml: XMLWriter) throws {
        try xml.element("w:style", ["w:type": "paragraph", "w:customStyle": "1", "w:styleId": style.id]) {
            try xml.element("w:name", ["w:val": style.name])
            try xml.element("w:basedOn", ["w:val": "Normal"])
            try xml.element("w:qFormat")
            try xml.element("w:pPr") {
                if style.keepWithNext { try xml.element("w:keepNext") }
                try xml.element("w:widowControl", ["w:val": "0"])
                if let rule = style.ruleBelow {
                    try xml.element("w:pBdr") {
                        try DOCXBody.border("w:bottom", width: rule.width, color: rule.color, space: rule.spacing, xml: xml)
                    }
                }
                if let height = style.lineHeight ?? pitch {
                    try xml.element("w:spacing", ["w:before": "0", "w:after": "0",
                                                  "w:line": String(Units.twips(pt: height)), "w:lineRule": "exact"])
                } else {
                    try xml.element("w:spacing", ["w:before": "0", "w:after": "0"])
                }
                try DOCXBody.indent(left: style.leftIndent, right: style.rightIndent, firstLine: style.firstLineIndent, xml: xml)
                try xml.element("w:jc", ["w:val": DOCXBody.justification(style.alignment)])
            }
            try DOCXBody.runProperties(RunFormat(font: style.font, size: style.size, color: style.color),
                                       letterSpacing: style.letterSpacing, xml: xml)
        }
    }
}
