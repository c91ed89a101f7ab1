import CLibXML2

/// A failure reported by libxml2 while writing or reading XML.
public struct XMLError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Streaming XML writer over libxml2's `xmlTextWriter`, writing into memory.
///
/// Owns the writer and its buffer and frees both in `deinit`. Text and attribute values are
/// escaped by libxml2, and characters that XML 1.0 forbids (C0 controls other than tab, line feed
/// and carriage return) are dropped before they reach it, so user text can never become markup or
/// make a document ill-formed.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// - Parameter indent: pretty-print with two spaces (for SVG and test readability). Office
    ///   parts are written without indentation, where whitespace could become content.
    public init(indent: Bool = false) throws {
        guard let buffer = xmlBufferCreate() else { throw XMLError("xmlBufferCreate failed") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError("xmlNewTextWriterMemory failed")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` (standalone optional).
    public func startDocument(standalone: Bool = false) throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil), "startDocument")
    }

    /// Starts an element by its qualified name (`w:p`, `text:p`, `svg`).
    public func startElement(_ name: String) throws {
        try check(Self.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }, "startElement \(name)")
    }

    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "endElement")
    }

    public func attribute(_ name: String, _ value: String) throws {
        let value = XMLWriter.sanitized(value)
        try check(Self.withXMLString(name) { name in Self.withXMLString(value) { xmlTextWriterWriteAttribute(writer, name, $0) } }, "attribute \(name)")
    }

    public func text(_ value: String) throws {
        try check(Self.withXMLString(XMLWriter.sanitized(value)) { xmlTextWriterWriteString(writer, $0) }, "text")
    }

    /// Convenience: `<name a="b">text</name>` or an empty element.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Scoped element: `try w.element("w:p") { … }`.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try endElement()
    }

    /// Closes every open element and returns the UTF-8 bytes of the document.
    public func finish() throws -> [UInt8] {
        if !finished {
            try check(xmlTextWriterEndDocument(writer), "endDocument")
            try check(xmlTextWriterFlush(writer), "flush")
            finished = true
        }
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// `what` is built only on failure: these run for every element and attribute of a document.
    private func check(_ status: Int32, _ what: @autoclosure () -> String) throws {
        if status < 0 { throw XMLError("libxml2 writer failed at \(what())") }
    }

    /// The string as libxml2's `xmlChar *`, without the copy an implicit conversion makes.
    private static func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body) }
    }

    /// Removes characters not allowed in XML 1.0 (C0 controls except tab, LF, CR; U+FFFE, U+FFFF).
    static func sanitized(_ value: String) -> String {
        guard mayHaveForbidden(value), value.unicodeScalars.contains(where: isForbidden) else { return value }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: value.unicodeScalars.filter { !isForbidden($0) })
        return String(scalars)
    }

    /// A byte scan for what `isForbidden` rejects: a control byte other than tab, LF and CR, or
    /// U+FFFE / U+FFFF (EF BF BE / EF BF BF in UTF-8).
    private static func mayHaveForbidden(_ value: String) -> Bool {
        var afterEF = false, afterEFBF = false
        for byte in value.utf8 {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if afterEFBF, byte == 0xBE || byte == 0xBF { return true }
            afterEFBF = afterEF && byte == 0xBF
            afterEF = byte == 0xEF
        }
        return false
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
