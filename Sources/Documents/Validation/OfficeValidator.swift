import Foundation
import MeetingPlan
import XMLSupport
import ZIPFoundation

/// One problem of an office file: the part it is in (nil for the package itself), the line in
/// that part (0 when unknown) and the message.
public struct OfficeProblem: Equatable, Sendable, CustomStringConvertible {
    public let part: String?
    public let line: Int
    public let message: String

    public init(part: String?, line: Int = 0, message: String) {
        self.part = part
        self.line = line
        self.message = message
    }

    public var description: String {
        guard let part else { return message }
        return line > 0 ? "\(part):\(line): \(message)" : "\(part): \(message)"
    }
}

/// The official schemas, compiled on first use from a folder laid out as the repository's
/// `schemas/` (ODF 1.3 RELAX NG, ECMA-376 Transitional and OPC XSDs).
public final class OfficeSchemas: @unchecked Sendable {
    public let directory: String
    private var compiled: [String: XMLSchema] = [:]
    private let lock = NSLock()

    public init(directory: String) {
        self.directory = directory
    }

    static let odfDocument = "odf1.3/OpenDocument-v1.3-schema.rng"
    static let odfManifest = "odf1.3/OpenDocument-v1.3-manifest-schema.rng"
    static let contentTypes = "ooxml/opc/opc-contentTypes.xsd"
    static let relationships = "ooxml/opc/opc-relationships.xsd"
    static let extendedProperties = "ooxml/shared-documentPropertiesExtended.xsd"
    static let wordprocessing = "ooxml/wml-driver.xsd"
    static let spreadsheet = "ooxml/sml.xsd"
    /// The schema files, relative to the folder, that validation compiles.
    public static let required = [odfDocument, odfManifest, contentTypes, relationships, extendedProperties,
                           wordprocessing, spreadsheet]

    func schema(_ relative: String) throws -> XMLSchema {
        lock.lock()
        defer { lock.unlock() }
        if let schema = compiled[relative] { return schema }
        let path = (directory as NSString).appendingPathComponent(relative)
        let schema = try XMLSchema(path: path, language: relative.hasSuffix(".rng") ? .relaxNG : .xsd)
        compiled[relative] = schema
        return schema
    }
}

/// Checks DOCX, XLSX and ODT/ODS packages: the zip rules of their formats, then every XML part
/// against the official schema for it. Input is untrusted: part sizes are checked against the
/// zip directory before anything is inflated.
public struct OfficeValidator: Sendable {
    public let schemas: OfficeSchemas
    /// The largest uncompressed part read (64 MB, as for rosters).
    public static let maximumPartSize: UInt64 = 64 << 20

    public init(schemas: OfficeSchemas) {
        self.schemas = schemas
    }

    /// The code `banhui validate` reports problems under.
    public static let invalidDocument = DocumentCodes.invalidDocument

    public enum Format: String, CaseIterable, Sendable {
        case docx, xlsx, odt, ods

        /// The format of a file name, nil when it is none of these.
        public init?(fileName: String) {
            self.init(rawValue: (fileName as NSString).pathExtension.lowercased())
        }
    }

    /// The problems of a package; empty when it is valid.
    public func problems(in bytes: [UInt8], format: Format) -> [OfficeProblem] {
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read) else {
            return [OfficeProblem(part: nil, message: "不是 zip 包")]
        }
        let package = PackageCheck(archive: archive, schemas: schemas)
        let oversized = package.entries.filter { $0.uncompressedSize > Self.maximumPartSize }
        guard oversized.isEmpty else {
            return oversized.map { OfficeProblem(part: $0.path, message: "部件解压后超过 64 MB") }
        }
        switch format {
        case .odt, .ods: checkOpenDocument(package, format: format)
        case .docx, .xlsx: checkOpenXML(package, format: format)
        }
        return package.problems
    }

    private func checkOpenDocument(_ package: PackageCheck, format: Format) {
        let mediaType = format == .odt ? "application/vnd.oasis.opendocument.text" : "application/vnd.oasis.opendocument.spreadsheet"
        if let first = package.entries.first, first.path == "mimetype" {
            if first.isCompressed { package.report("mimetype", "必须以不压缩方式存储") }
            if package.read("mimetype") != Array(mediaType.utf8) { package.report("mimetype", "内容必须恰为 \(mediaType)") }
        } else {
            package.report(nil, "第一个 zip 条目必须是 mimetype")
        }
        let names = package.names
        guard let manifestBytes = package.read("META-INF/manifest.xml") else {
            package.report(nil, "缺少 META-INF/manifest.xml")
            return
        }
        let listed = Self.manifestPaths(manifestBytes)
        for name in names where name != "mimetype" && name != "META-INF/manifest.xml" && !name.hasSuffix("/") && !listed.contains(name) {
            package.report(name, "未列在 META-INF/manifest.xml 中")
        }
        for name in listed.sorted() where name != "/" && !name.hasSuffix("/") && !names.contains(name) {
            package.report("META-INF/manifest.xml", "列出了包中没有的 \(name)")
        }
        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] where names.contains(part) {
            guard let bytes = package.read(part) else { continue }
            guard String(decoding: bytes.prefix(4000), as: UTF8.self).contains("office:version=\"1.3\"") else {
                package.report(part, "office:version 必须为 1.3")
                continue
            }
            package.validate(part, against: OfficeSchemas.odfDocument, extensions: Self.openDocumentExtensions)
        }
        package.validate("META-INF/manifest.xml", against: OfficeSchemas.odfManifest, extensions: Self.openDocumentExtensions)
    }

    private func checkOpenXML(_ package: PackageCheck, format: Format) {
        let names = package.names
        let main = format == .docx ? "word/document.xml" : "xl/workbook.xml"
        let missing = ["[Content_Types].xml", "_rels/.rels", main].filter { !names.contains($0) }
        guard missing.isEmpty else {
            for name in missing { package.report(nil, "缺少 \(name)") }
            return
        }
        package.validate("[Content_Types].xml", against: OfficeSchemas.contentTypes)
        for name in names {
            if name.hasSuffix(".rels") { package.validate(name, against: OfficeSchemas.relationships) }
            // The core-properties schema imports Dublin Core from the web: checked as well-formed only.
            if name == "docProps/core.xml" { package.checkWellFormed(name) }
            if name == "docProps/app.xml" { package.validate(name, against: OfficeSchemas.extendedProperties, extensions: Self.markupCompatibility) }
            if format == .docx, Self.isWordprocessingPart(name) { package.validate(name, against: OfficeSchemas.wordprocessing, extensions: Self.markupCompatibility) }
            if format == .xlsx, Self.isSpreadsheetPart(name) { package.validate(name, against: OfficeSchemas.spreadsheet, extensions: Self.markupCompatibility) }
        }
        let types = String(decoding: package.read("[Content_Types].xml") ?? [], as: UTF8.self)
        for name in names where !name.hasSuffix("/") && name != "[Content_Types].xml" {
            // `_rels/.rels` has the extension `rels` (a dot-file to NSString).
            let fileExtension = name.split(separator: ".").last.map(String.init) ?? ""
            if !types.contains("PartName=\"/\(name)\"") && !types.contains("Extension=\"\(fileExtension)\"") {
                package.report(name, "[Content_Types].xml 中没有它的内容类型")
            }
        }
    }

    /// The namespaces the bundled ECMA-376 Transitional schemas define: markup in any other
    /// namespace that a part marks ignorable (Word 2010+ `w14:`, WPS, LibreOffice) is dropped.
    static let markupCompatibility = XMLExtensionRules.markupCompatibility(
        understood: Set(["drawingml/2006/chart", "drawingml/2006/chartDrawing", "drawingml/2006/diagram",
                         "drawingml/2006/lockedCanvas", "drawingml/2006/main", "drawingml/2006/picture",
                         "drawingml/2006/spreadsheetDrawing", "drawingml/2006/wordprocessingDrawing",
                         "officeDocument/2006/bibliography", "officeDocument/2006/characteristics",
                         "officeDocument/2006/custom-properties", "officeDocument/2006/customXml",
                         "officeDocument/2006/docPropsVTypes", "officeDocument/2006/extended-properties",
                         "officeDocument/2006/math", "officeDocument/2006/relationships",
                         "officeDocument/2006/sharedTypes", "schemaLibrary/2006/main",
                         "spreadsheetml/2006/main", "wordprocessingml/2006/main"]
                .map { "http://schemas.openxmlformats.org/\($0)" })
            .union(["urn:schemas-microsoft-com:office:excel", "urn:schemas-microsoft-com:office:office",
                    "urn:schemas-microsoft-com:office:word", "urn:schemas-microsoft-com:vml"]),
        // Excel, WPS and LibreOffice write `<t xml:space="preserve">`; SpreadsheetML's `t` has no attributes.
        spaceTolerated: [XMLName(namespace: "http://schemas.openxmlformats.org/spreadsheetml/2006/main", local: "t")],
        // ISO/IEC 29500-1 §18.2.28 defines `workbookPr/@dateCompatibility` (xsd:boolean), which
        // LibreOffice and Excel 2010+ write; the ECMA-376 Transitional XSD bundled here (Part 4,
        // ISO/IEC 29500 editions) does not declare it (schemas/README.md).
        booleansBeyondSchema: [XMLName(namespace: "http://schemas.openxmlformats.org/spreadsheetml/2006/main", local: "workbookPr"): ["dateCompatibility"]])

    /// ODF 1.2 Part 1 §3.17: the namespaces of OpenDocument; elements and attributes in any
    /// other (LibreOffice's `loext:`, `officeooo:`, …) are foreign and removed.
    static let openDocumentExtensions = XMLExtensionRules.openDocument(
        understood: Set(["animation", "chart", "config", "database", "drawing", "xsl-fo-compatible", "form", "meta",
                         "datastyle", "office", "presentation", "script", "smil-compatible", "style",
                         "svg-compatible", "table", "text", "manifest", "dr3d", "of"]
                .map { "urn:oasis:names:tc:opendocument:xmlns:\($0):1.0" })
            .union(["http://www.w3.org/1999/xlink", "http://purl.org/dc/elements/1.1/",
                    "http://www.w3.org/1998/Math/MathML", "http://www.w3.org/2002/xforms",
                    "http://www.w3.org/2001/xml-events", "http://www.w3.org/1999/xhtml",
                    "http://www.w3.org/2003/g/data-view#", "http://docs.oasis-open.org/ns/office/1.2/meta/pkg#"]))

    static func isWordprocessingPart(_ name: String) -> Bool {
        guard name.hasPrefix("word/"), name.hasSuffix(".xml"), !name.dropFirst(5).contains("/") else { return false }
        let base = name.dropFirst(5).dropLast(4)
        let known = ["document", "styles", "settings", "numbering", "fontTable", "webSettings", "footnotes", "endnotes", "comments"]
        return known.contains(String(base)) || ["header", "footer"].contains { base.hasPrefix($0) && base.dropFirst($0.count).allSatisfy(\.isNumber) }
    }

    static func isSpreadsheetPart(_ name: String) -> Bool {
        ["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"].contains(name)
            || (name.hasPrefix("xl/worksheets/") && name.hasSuffix(".xml") && !name.dropFirst(14).contains("/"))
    }

    /// The `manifest:full-path` values of a manifest.
    static func manifestPaths(_ bytes: [UInt8]) -> Set<String> {
        var paths = Set<String>()
        guard let reader = try? XMLReader(bytes: bytes) else { return paths }
        while let event = try? reader.next() {
            if case .start(let name, let attributes, _) = event, name == "manifest:file-entry", let path = attributes["manifest:full-path"] {
                paths.insert(path)
            }
        }
        return paths
    }
}

/// One package being checked: its entries, a reader for them, and the problems found so far.
private final class PackageCheck {
    let archive: Archive
    let entries: [Entry]
    let schemas: OfficeSchemas
    private(set) var problems: [OfficeProblem] = []

    init(archive: Archive, schemas: OfficeSchemas) {
        self.archive = archive
        self.entries = Array(archive)
        self.schemas = schemas
    }

    var names: [String] { entries.map(\.path) }

    func report(_ part: String?, _ message: String, line: Int = 0) {
        problems.append(OfficeProblem(part: part, line: line, message: message))
    }

    /// An entry's bytes; nil (after a problem) when it cannot be inflated.
    func read(_ name: String) -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            report(name, "无法解压（数据损坏）")
            return nil
        }
        return [UInt8](data)
    }

    func checkWellFormed(_ name: String) {
        guard let bytes = read(name) else { return }
        do {
            let reader = try XMLReader(bytes: bytes)
            while try reader.next() != nil {}
        } catch {
            report(name, "不是格式正确的 XML")
        }
    }

    func validate(_ name: String, against relative: String, extensions: XMLExtensionRules? = nil) {
        guard let bytes = read(name) else { return }
        do {
            for problem in try schemas.schema(relative).validate(bytes, name: name, extensions: extensions) {
                report(name, problem.message, line: problem.line)
            }
        } catch {
            report(nil, "无法编译模式 \(relative)：\(error)")
        }
    }
}
