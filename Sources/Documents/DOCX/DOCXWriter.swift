import XMLSupport

/// Renders an `OfficeDocument` as WordprocessingML (ECMA-376 Transitional), every part in
/// schema order, zipped deterministically.
public enum DOCXWriter {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml."

    /// The namespaces Word declares on every part, less its extension namespaces. Readers such as
    /// docx2python look prefixes up in the root's declarations, whatever the part uses.
    static let namespaces: KeyValuePairs<String, String> = [
        "xmlns:o": "urn:schemas-microsoft-com:office:office",
        "xmlns:r": relationshipNamespace,
        "xmlns:m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "xmlns:v": "urn:schemas-microsoft-com:vml",
        "xmlns:wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "xmlns:w10": "urn:schemas-microsoft-com:office:word",
        "xmlns:w": wordNamespace,
    ]

    /// Markup compatibility (ECMA-376 Part 3) and Word 2013's namespace, which a part declares
    /// when it offers alternate content that only Word 2013 and later take (`DOCXStyles`).
    static let compatibilityNamespaces: KeyValuePairs<String, String> = [
        "xmlns:mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "xmlns:w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    ]

    /// A WordprocessingML part: the XML declaration, the root with every namespace, its content.
    static func part(_ root: String, extraNamespaces: KeyValuePairs<String, String> = [:],
                     _ content: (XMLWriter) throws -> Void) throws -> [UInt8] {
        let xml = XMLWriter()
        try write(root, extraNamespaces: extraNamespaces, xml: xml, content)
        return try xml.finish()
    }

    /// Writes a part as `part` returns it, into `xml` (which may stream it).
    static func write(_ root: String, extraNamespaces: KeyValuePairs<String, String> = [:], xml: XMLWriter,
                      _ content: (XMLWriter) throws -> Void) throws {
        try xml.startDocument(standalone: true)
        try xml.startElement(root)
        for (name, uri) in namespaces { try xml.attribute(name, uri) }
        for (name, uri) in extraNamespaces { try xml.attribute(name, uri) }
        try content(xml)
        try xml.endElement()
    }

    public static func write(_ document: OfficeDocument) throws -> [UInt8] {
        let package = try ZipPackage()
        let namedStyles = DOCXBody.namedStyles(document)
        try package.add(PackagePart("[Content_Types].xml", try contentTypes(document)))
        try package.add(PackagePart("_rels/.rels", try packageRelationships()))
        for part in try PackageProperties.parts(title: document.title, author: document.author, created: document.created) {
            try package.add(part)
        }
        // The body, which grows with the document, is compressed as it is written.
        try package.startPart("word/document.xml")
        let body = XMLWriter(streamingTo: package.write)
        try DOCXBody(document, namedStyles: namedStyles).write(to: body)
        _ = try body.finish()
        try package.endPart()
        try package.add(PackagePart("word/_rels/document.xml.rels", try documentRelationships(document)))
        try package.add(PackagePart("word/styles.xml", try DOCXStyles.write(document, namedStyles: namedStyles)))
        try package.add(PackagePart("word/settings.xml", try settings(document)))
        try package.add(PackagePart("word/fontTable.xml", try fontTable()))
        if document.pageNumbers {
            try package.add(PackagePart("word/footer1.xml", try footer(alignment: .right)))
            try package.add(PackagePart("word/footer2.xml", try footer(alignment: .left)))
        }
        if document.hasRecordPage { try package.add(PackagePart("word/footer3.xml", try blankFooter())) }
        return try package.finish()
    }

    private static func contentTypes(_ document: OfficeDocument) throws -> [UInt8] {
        var overrides = [("/word/document.xml", contentType + "document.main+xml"), ("/word/styles.xml", contentType + "styles+xml"),
                         ("/word/settings.xml", contentType + "settings+xml"), ("/word/fontTable.xml", contentType + "fontTable+xml")]
        if document.pageNumbers { overrides += ["/word/footer1.xml", "/word/footer2.xml"].map { ($0, contentType + "footer+xml") } }
        if document.hasRecordPage { overrides.append(("/word/footer3.xml", contentType + "footer+xml")) }
        return try PackageProperties.contentTypes(overrides)
    }

    private static func packageRelationships() throws -> [UInt8] {
        try PackageProperties.relationships([("rId1", relationshipType + "officeDocument", "word/document.xml")] + PackageProperties.relationships)
    }

    private static func documentRelationships(_ document: OfficeDocument) throws -> [UInt8] {
        var list = [("rId1", relationshipType + "styles", "styles.xml"), ("rId2", relationshipType + "settings", "settings.xml")]
        if document.pageNumbers {
            list += [(DOCXBody.oddFooterID, relationshipType + "footer", "footer1.xml"),
                     (DOCXBody.evenFooterID, relationshipType + "footer", "footer2.xml")]
        }
        if document.hasRecordPage { list.append((DOCXBody.blankFooterID, relationshipType + "footer", "footer3.xml")) }
        list.append(("rId6", relationshipType + "fontTable", "fontTable.xml"))
        return try PackageProperties.relationships(list)
    }

    private static func settings(_ document: OfficeDocument) throws -> [UInt8] {
        try part("w:settings") { xml in
            try xml.element("w:defaultTabStop", ["w:val": "420"])
            // Odd and even pages carry different footers (page number right / left).
            if document.pageNumbers { try xml.element("w:evenAndOddHeaders") }
            // 避头尾: what may not end and what may not start a line.
            try xml.element("w:noLineBreaksAfter", ["w:lang": "zh-CN", "w:val": LineBreaking.noLineEnd])
            try xml.element("w:noLineBreaksBefore", ["w:lang": "zh-CN", "w:val": LineBreaking.noLineStart])
            // A 目录's page numbers are PAGEREF fields: Word fills them in when it updates fields.
            if !document.contentsHeadings.isEmpty { try xml.element("w:updateFields", ["w:val": "true"]) }
            // Word 2013 and later layout; without it Word opens the file in 兼容模式.
            try xml.element("w:compat") {
                try xml.element("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
                                                    "w:val": "15"])
            }
        }
    }

    /// The faces the document names, with what to use where one is missing.
    private static func fontTable() throws -> [UInt8] {
        try part("w:fonts") { xml in
            for font in FontDeclaration.all {
                try xml.element("w:font", ["w:name": font.name]) {
                    if let alternative = font.alternative { try xml.element("w:altName", ["w:val": alternative]) }
                    try xml.element("w:charset", ["w:val": font.charset])
                    try xml.element("w:family", ["w:val": font.genericFamily])
                    try xml.element("w:pitch", ["w:val": font.pitch])
                }
            }
        }
    }

    /// The footer of pages without a number (the 版记页 and the blank page before it).
    private static func blankFooter() throws -> [UInt8] {
        try part("w:ftr") { xml in try xml.element("w:p") }
    }

    /// `— N —` in 四号宋体, one 字 (14 pt) in from the right (odd pages) or left (even pages).
    private static func footer(alignment: Alignment) throws -> [UInt8] {
        try part("w:ftr") { xml in
            try xml.element("w:p") {
                try xml.element("w:pPr") {
                    try xml.element("w:ind", alignment == .right ? ["w:right": "280", "w:firstLine": "0"] : ["w:left": "280", "w:firstLine": "0"])
                    try xml.element("w:jc", ["w:val": alignment == .right ? "right" : "left"])
                }
                let format = RunFormat(font: .songTi, size: 14, color: nil)
                func run(_ body: () throws -> Void) throws {
                    try xml.element("w:r") {
                        try DOCXBody.runProperties(format, xml: xml)
                        try body()
                    }
                }
                try run { try DOCXBody.text("— ", xml: xml) }
                try run { try xml.element("w:fldChar", ["w:fldCharType": "begin"]) }
                try run { try xml.element("w:instrText", ["xml:space": "preserve"], text: " PAGE ") }
                try run { try xml.element("w:fldChar", ["w:fldCharType": "separate"]) }
                try run { try DOCXBody.text("1", xml: xml) }
                try run { try xml.element("w:fldChar", ["w:fldCharType": "end"]) }
                try run { try DOCXBody.text(" —", xml: xml) }
            }
        }
    }
}
