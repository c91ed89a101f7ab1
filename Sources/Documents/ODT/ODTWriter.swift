import XMLSupport

/// Renders an `OfficeDocument` as an ODF 1.3 text document: `mimetype` first and stored, then
/// content, styles, meta and the manifest.
public enum ODTWriter {
    static let mediaType = "application/vnd.oasis.opendocument.text"
    static let version = "1.3"
    static let namespaces: KeyValuePairs<String, String> = [
        "xmlns:office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "xmlns:style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "xmlns:text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "xmlns:table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "xmlns:draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "xmlns:fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "xmlns:svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        "xmlns:meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    ]

    public static func write(_ document: OfficeDocument) throws -> [UInt8] {
        let package = try ZipPackage()
        try package.add(PackagePart("mimetype", Array(mediaType.utf8), compressed: false))
        // The content, which grows with the document, is compressed as it is written.
        try ODTContent(document).write(into: package)
        try package.add(PackagePart("styles.xml", try ODTStyles.write(document)))
        try package.add(PackagePart("meta.xml", try meta(document)))
        try package.add(PackagePart("META-INF/manifest.xml", try manifest()))
        return try package.finish()
    }

    /// Starts a part's root element with every namespace and the ODF version.
    static func startRoot(_ name: String, xml: XMLWriter) throws {
        try xml.startDocument()
        try xml.startElement(name)
        for (key, value) in namespaces { try xml.attribute(key, value) }
        try xml.attribute("office:version", version)
    }

    private static func meta(_ document: OfficeDocument) throws -> [UInt8] {
        let xml = XMLWriter()
        try startRoot("office:document-meta", xml: xml)
        try xml.element("office:meta") {
            try xml.element("meta:generator", text: "banhui")
            try xml.element("dc:title", text: document.title)
            if let author = document.author { try xml.element("meta:initial-creator", text: author) }
            if let created = document.created { try xml.element("meta:creation-date", text: "\(created)T00:00:00") }
        }
        return try xml.finish()
    }

    private static func manifest() throws -> [UInt8] {
        let xml = XMLWriter()
        try xml.startDocument()
        try xml.element("manifest:manifest", ["xmlns:manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
                                              "manifest:version": version]) {
            try xml.element("manifest:file-entry", ["manifest:full-path": "/", "manifest:version": version,
                                                    "manifest:media-type": mediaType])
            for part in ["content.xml", "styles.xml", "meta.xml"] {
                try xml.element("manifest:file-entry", ["manifest:full-path": part, "manifest:media-type": "text/xml"])
            }
        }
        return try xml.finish()
    }

    // MARK: Shared by styles and content

    static func textAlign(_ alignment: Alignment) -> String {
        switch alignment {
        case .left: return "start"
        case .center: return "center"
        case .right: return "end"
        case .justify: return "justify"
        }
    }

    static func border(_ width: Double, _ color: Colour, line: String = "solid") -> String {
        "\(Units.length(width, "pt")) \(line) #\(color.hex)"
    }

    /// `style:text-properties` naming the face in the Western, Asian and complex slots.
    static func textProperties(_ format: RunFormat, letterSpacing: Double? = nil, language: Bool = false, xml: XMLWriter) throws {
        try xml.element("style:text-properties") {
            if let font = format.font { try xml.attribute("style:font-name", font.latin) }
            if let size = format.size { try xml.attribute("fo:font-size", Units.length(size, "pt")) }
            if let letterSpacing { try xml.attribute("fo:letter-spacing", Units.length(letterSpacing, "pt")) }
            if let color = format.color { try xml.attribute("fo:color", "#" + color.hex) }
            if language {
                // Chinese (PDF /Lang zh-CN); Latin and digit runs are spans in English
                // (`Run.languageStretches`), as Writer breaks Chinese between any two digits.
                try xml.attribute("fo:language", "zh")
                try xml.attribute("fo:country", "CN")
                try xml.attribute("style:language-asian", "zh")
                try xml.attribute("style:country-asian", "CN")
            } else if format.western {
                try xml.attribute("fo:language", "en")
                try xml.attribute("fo:country", "US")
            }
            if let font = format.font { try xml.attribute("style:font-name-asian", font.eastAsian) }
            if let size = format.size { try xml.attribute("style:font-size-asian", Units.length(size, "pt")) }
            if let font = format.font { try xml.attribute("style:font-name-complex", font.latin) }
            if let size = format.size { try xml.attribute("style:font-size-complex", Units.length(size, "pt")) }
        }
    }

    /// Declares every face once, with its generic family and pitch for a reader without it;
    /// style:name is what the styles refer to.
    static func fontFaceDeclarations(_ xml: XMLWriter) throws {
        try xml.element("office:font-face-decls") {
            for font in FontDeclaration.all {
                let family = font.name.contains(" ") ? "'\(font.name)'" : font.name
                try xml.element("style:font-face", ["style:name": font.name, "svg:font-family": family,
                                                    "style:font-family-generic": font.genericFamily,
                                                    "style:font-pitch": font.pitch])
            }
        }
    }

    /// Writes text so ODF keeps it as given: a space that ODF would collapse (at the start of a
    /// paragraph or after another space) becomes `text:s`; tabs become `text:tab`; line feeds
    /// become spaces, as in DOCX. `afterSpace` carries across the runs of a paragraph.
    static func text(_ value: String, afterSpace: inout Bool, xml: XMLWriter) throws {
        // Most text has no space, tab or line break: written as it is (a third of a large export
        // went into comparing its characters one by one).
        if !TextScan.containsSpaceOrBreak(value) {
            if !value.isEmpty {
                try xml.text(value)
                afterSpace = false
            }
            return
        }
        var pending = ""
        var spaces = 0
        func flush() throws {
            if !pending.isEmpty { try xml.text(pending); pending = "" }
            if spaces > 0 {
                try xml.element("text:s", spaces == 1 ? [:] : ["text:c": String(spaces)])
                spaces = 0
            }
        }
        for character in value {
            if character == "\t" {
                try flush()
                try xml.element("text:tab")
                afterSpace = false
            } else if character == " " || character.isNewline {
                if afterSpace {
                    if !pending.isEmpty { try xml.text(pending); pending = "" }
                    spaces += 1
                } else {
                    try flush()
                    pending.append(" ")
                }
                afterSpace = true
            } else {
                if spaces > 0 { try flush() }
                pending.append(character)
                afterSpace = false
            }
        }
        try flush()
    }
}
