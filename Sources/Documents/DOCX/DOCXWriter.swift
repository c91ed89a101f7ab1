import XMLSupport

/// Renders an `OfficeDocument` as WordprocessingML (ECMA-376 Transitional), every part in
/// schema order, zipped deterministically.
public enum DOCXWriter {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml."

    public static func write(_ document: OfficeDocument) throws -> [UInt8] {
        var parts = [
            PackagePart("[Content_Types].xml", try contentTypes(document)),
            PackagePart("_rels/.rels", try packageRelationships()),
            PackagePart("word/document.xml", try DOCXBody(document).write()),
            PackagePart("word/_rels/document.xml.rels", try documentRelationships(document)),
            PackagePart("word/styles.xml", try DOCXStyles.write(document)),
            PackagePart("word/settings.xml", try settings(document)),
            PackagePart("word/fontTable.xml", try fontTable()),
        ]
        if document.pageNumbers {
            parts.append(PackagePart("word/footer1.xml", try footer(alignment: .right)))
            parts.append(PackagePart("word/footer2.xml", try footer(alignment: .left)))
        }
        if document.hasRecordPage { parts.append(PackagePart("word/footer3.xml", try blankFooter())) }
        return try ZipPackage.make(parts)
    }

    private static func contentTypes(_ document: OfficeDocument) throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            try xml.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            try xml.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
            try xml.element("Override", ["PartName": "/word/document.xml", "ContentType": contentType + "document.main+xml"])
            try xml.element("Override", ["PartName": "/word/styles.xml", "ContentType": contentType + "styles+xml"])
            try xml.element("Override", ["PartName": "/word/settings.xml", "ContentType": contentType + "settings+xml"])
            try xml.element("Override", ["PartName": "/word/fontTable.xml", "ContentType": contentType + "fontTable+xml"])
            if document.pageNumbers {
                for footer in ["/word/footer1.xml", "/word/footer2.xml"] {
                    try xml.element("Override", ["PartName": footer, "ContentType": contentType + "footer+xml"])
                }
            }
            if document.hasRecordPage {
                try xml.element("Override", ["PartName": "/word/footer3.xml", "ContentType": contentType + "footer+xml"])
            }
        }
        return try xml.finish()
    }

    private static func packageRelationships() throws -> [UInt8] {
        try relationships([("rId1", "officeDocument", "word/document.xml")])
    }

    private static func documentRelationships(_ document: OfficeDocument) throws -> [UInt8] {
        var list = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml")]
        if document.pageNumbers {
            list += [(DOCXBody.oddFooterID, "footer", "footer1.xml"), (DOCXBody.evenFooterID, "footer", "footer2.xml")]
        }
        if document.hasRecordPage { list.append((DOCXBody.blankFooterID, "footer", "footer3.xml")) }
        list.append(("rId6", "fontTable", "fontTable.xml"))
        return try relationships(list)
    }

    private static func relationships(_ list: [(id: String, type: String, target: String)]) throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"]) {
            for item in list {
                try xml.element("Relationship", ["Id": item.id, "Type": relationshipType + item.type, "Target": item.target])
            }
        }
        return try xml.finish()
    }

    private static func settings(_ document: OfficeDocument) throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("w:settings", ["xmlns:w": wordNamespace]) {
            try xml.element("w:defaultTabStop", ["w:val": "420"])
            // Odd and even pages carry different footers (page number right / left).
            if document.pageNumbers { try xml.element("w:evenAndOddHeaders") }
            // 避头尾: what may not end and what may not start a line.
            try xml.element("w:noLineBreaksAfter", ["w:lang": "zh-CN", "w:val": LineBreaking.noLineEnd])
            try xml.element("w:noLineBreaksBefore", ["w:lang": "zh-CN", "w:val": LineBreaking.noLineStart])
        }
        return try xml.finish()
    }

    /// The faces the document names, with what to use where one is missing.
    private static func fontTable() throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("w:fonts", ["xmlns:w": wordNamespace]) {
            for font in FontDeclaration.all {
                try xml.element("w:font", ["w:name": font.name]) {
                    if let alternative = font.alternative { try xml.element("w:altName", ["w:val": alternative]) }
                    try xml.element("w:charset", ["w:val": font.charset])
                    try xml.element("w:family", ["w:val": font.genericFamily])
                    try xml.element("w:pitch", ["w:val": font.pitch])
                }
            }
        }
        return try xml.finish()
    }

    /// The footer of pages without a number (the 版记页 and the blank page before it).
    private static func blankFooter() throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("w:ftr", ["xmlns:w": wordNamespace]) { try xml.element("w:p") }
        return try xml.finish()
    }

    /// `— N —` in 四号宋体, one 字 (14 pt) in from the right (odd pages) or left (even pages).
    private static func footer(alignment: Alignment) throws -> [UInt8] {
        let xml = try XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("w:ftr", ["xmlns:w": wordNamespace]) {
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
        return try xml.finish()
    }
}
