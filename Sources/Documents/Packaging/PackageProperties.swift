import MeetingPlan
import XMLSupport

/// `docProps/core.xml` and `docProps/app.xml` of DOCX and XLSX packages: the title (what PDFs
/// made from the file show), the author (the organizer) and the date (成文日期).
enum PackageProperties {
    static let relationships: [(id: String, type: String, target: String)] = [
        ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rIdApp", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
    ]
    static let contentTypes = [
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]

    static func parts(title: String, author: String?, created: LocalDate?) throws -> [PackagePart] {
        [PackagePart("docProps/core.xml", try core(title: title, author: author, created: created)),
         PackagePart("docProps/app.xml", try application(author: author))]
    }

    private static func core(title: String, author: String?, created: LocalDate?) throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:dcmitype": "http://purl.org/dc/dcmitype/", "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ]) {
            try xml.element("dc:title", text: title)
            if let author { try xml.element("dc:creator", text: author) }
            try xml.element("dc:language", text: "zh-CN")
            if let created { try xml.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: "\(created)T00:00:00Z") }
        }
        return try xml.finish()
    }

    private static func application(author: String?) throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                                       "xmlns:vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"]) {
            if let author { try xml.element("Company", text: author) }
            try xml.element("Application", text: "banhui")
        }
        return try xml.finish()
    }

    /// `_rels/.rels`-style relationships and `[Content_Types].xml`, shared by both packages.
    static func relationships(_ list: [(id: String, type: String, target: String)]) throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"]) {
            for item in list {
                try xml.element("Relationship", ["Id": item.id, "Type": item.type, "Target": item.target])
            }
        }
        return try xml.finish()
    }

    static func contentTypes(_ overrides: [(part: String, type: String)]) throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument(standalone: true)
        try xml.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            try xml.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            try xml.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
            for item in contentTypes + overrides { try xml.element("Override", ["PartName": item.0, "ContentType": item.1]) }
        }
        return try xml.finish()
    }
}
