/// A failure reported while writing or reading XML.
public struct XMLError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Streaming XML writer: escapes and appends each piece straight to one byte buffer.
///
/// The output is byte for byte what libxml2's `xmlTextWriter` writes for the same calls (which
/// this writer replaced because its per-call C-string bridging, escaping copies and node-stack
/// allocations were most of an export's time): the same declaration, `<a/>` for an element
/// without content, `<a></a>` once text (even empty) was written, the same escapes
/// (text: `< > & "` and CR; attribute values also tab and LF, as character references), the
/// same indentation and the final line feed. Characters that XML 1.0 forbids (C0 controls other
/// than tab, line feed and carriage return; U+FFFE, U+FFFF) are dropped, so user text can never
/// become markup or make a document ill-formed.
public final class XMLWriter {
    // The writer is used from one thread and its methods never reenter one another, so the
    // per-access exclusivity checks (a third of the writer's time) are turned off for its state.
    @exclusivity(unchecked) private var bytes: ByteBuffer
    /// The open elements' names, innermost last (names are mostly literals: kept without copying).
    @exclusivity(unchecked) private var open: [String] = []
    /// The innermost element's start tag is not closed yet (attributes may follow).
    private var startTagOpen = false
    private let indent: Bool
    /// With `indent`: the next end tag goes on its own indented line (no text was written last).
    private var indentEndTag = false
    private var finished = false
    /// Writes a fragment (`XMLWriter.fragment`): text needs no enclosing element there.
    private var isFragment = false
    /// Takes the document in pieces as it is written, instead of `finish` returning it whole.
    private let output: ((UnsafeBufferPointer<UInt8>) throws -> Void)?

    /// - Parameter indent: pretty-print with two spaces (for SVG and test readability). Office
    ///   parts are written without indentation, where whitespace could become content.
    public init(indent: Bool = false) {
        self.indent = indent
        output = nil
        bytes = ByteBuffer(capacity: 1 << 16)
    }

    /// A writer that passes the document on to `output` in pieces of about `pieceSize` bytes as
    /// it is written (at the end of an element), and at `finish` the rest: a large document
    /// (a zip part compressed as it is made) is never held whole, and the one small buffer
    /// that holds the next piece stays in the processor's cache.
    public init(indent: Bool = false, streamingTo output: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.indent = indent
        self.output = output
        bytes = ByteBuffer(capacity: 2 * Self.pieceSize)
    }

    /// A streaming writer that continues a document another writer began and left with
    /// `openElements` open (outermost first, their start tags ended; see
    /// `finish(continuedInside:)`): `finish` ends them and the document. A part whose beginning
    /// depends on what its end names (ODF's automatic styles precede the text that names them)
    /// is then written end first, each piece streamed, neither held whole.
    public init(continuingInside openElements: [String], streamingTo output: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        indent = false
        self.output = output
        open = openElements
        bytes = ByteBuffer(capacity: 2 * Self.pieceSize)
    }

    deinit { bytes.deallocate() }

    /// 64 KB: small enough to stay in the processor's cache from being written to being compressed.
    public static let pieceSize = 1 << 16

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` (standalone optional).
    public func startDocument(standalone: Bool = false) throws {
        guard bytes.isEmpty, open.isEmpty else { throw XMLError("XML writer: the declaration must come first") }
        append(standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Starts an element by its qualified name (`w:p`, `text:p`, `svg`).
    public func startElement(_ name: String) throws {
        try checkOpen("startElement \(name)")
        closeStartTag(lineBreak: true)
        if indent { writeIndent(depth: open.count) }
        bytes.append(UInt8(ascii: "<"))
        open.append(name)
        append(name)
        startTagOpen = true
    }

    public func endElement() throws {
        try checkOpen("endElement")
        guard let name = open.last else { throw XMLError("XML writer failed at endElement: no open element") }
        if startTagOpen {
            bytes.append(UInt8(ascii: "/")); bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
            if indent { indentEndTag = true }
        } else {
            if indent && indentEndTag { writeIndent(depth: open.count - 1) }
            indentEndTag = true
            bytes.append(UInt8(ascii: "<")); bytes.append(UInt8(ascii: "/"))
            append(name)
            bytes.append(UInt8(ascii: ">"))
        }
        if indent { bytes.append(UInt8(ascii: "\n")) }
        open.removeLast()
        if bytes.count >= Self.pieceSize, let output { try passOn(to: output) }
    }

    public func attribute(_ name: String, _ value: String) throws {
        guard startTagOpen, !finished else { throw XMLError("XML writer failed at attribute \(name): no start tag open") }
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "=")); bytes.append(UInt8(ascii: "\""))
        appendEscaped(value, inAttribute: true)
        bytes.append(UInt8(ascii: "\""))
    }

    public func text(_ value: String) throws {
        try checkOpen("text")
        guard !open.isEmpty || isFragment else { throw XMLError("XML writer failed at text: outside the root element") }
        closeStartTag(lineBreak: false)
        appendEscaped(value, inAttribute: false)
        if indent { indentEndTag = false }
    }

    /// Convenience: `<name a="b">text</name>` or an empty element. Inlinable, as the scoped form
    /// below: the attribute list of a call then stays on the caller's stack instead of being an
    /// array allocated for every element.
    @inlinable
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Scoped element: `try w.element("w:p") { … }`.
    @inlinable
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try endElement()
    }

    /// Markup that many places of a document repeat (a table cell's or a run's properties),
    /// written once by `body` and then appended as bytes wherever it recurs: the same bytes the
    /// same calls would write there, without making them again. `body` writes whole elements
    /// only (every element it starts, it ends).
    public static func fragment(_ body: (XMLWriter) throws -> Void) throws -> XMLFragment {
        let writer = XMLWriter(fragment: ())
        try body(writer)
        guard writer.open.isEmpty, !writer.finished else { throw XMLError("XML writer: a fragment must end every element it starts") }
        return XMLFragment(bytes: writer.bytes.array())
    }

    /// Appends a fragment as content of the innermost open element.
    public func append(_ fragment: XMLFragment) throws {
        try checkOpen("append")
        guard !open.isEmpty else { throw XMLError("XML writer failed at append: outside the root element") }
        // Indentation depends on where markup goes, so a fragment fits flat documents only.
        guard !indent else { throw XMLError("XML writer failed at append: fragments are for writers without indentation") }
        guard !fragment.bytes.isEmpty else { return }
        closeStartTag(lineBreak: true)
        fragment.bytes.withUnsafeBufferPointer { bytes.append($0) }
    }

    /// A writer of a fragment: no declaration, elements side by side at the top.
    private init(fragment: Void) {
        indent = false
        isFragment = true
        output = nil
        bytes = ByteBuffer(capacity: 256)
    }

    /// Closes every open element and returns the UTF-8 bytes of the document; a streaming
    /// writer passes the rest of them on to its output instead and returns none.
    public func finish() throws -> [UInt8] {
        if !finished {
            while !open.isEmpty { try endElement() }
            if !indent { bytes.append(UInt8(ascii: "\n")) }
            finished = true
            if let output { try passOn(to: output) }
        }
        return bytes.array()
    }

    /// Ends this writer's share of a document that a writer made with
    /// `init(continuingInside: openElements, …)` finishes: `openElements` must be the elements
    /// open here, which stay open; a pending start tag is ended. Returns or passes on the bytes
    /// as `finish` does, without the final line feed (the continuing writer ends the document).
    public func finish(continuedInside openElements: [String]) throws -> [UInt8] {
        try checkOpen("finish")
        guard open == openElements, !indent else {
            throw XMLError("XML writer: \(open) are open where a writer inside \(openElements) continues")
        }
        closeStartTag(lineBreak: false)
        finished = true
        if let output { try passOn(to: output) }
        return bytes.array()
    }

    private func passOn(to output: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try output(bytes.contents)
        bytes.removeAll()
    }

    /// `what` is made only for the error: a message built for every element was a string
    /// allocated per element.
    private func checkOpen(_ what: @autoclosure () -> String) throws {
        if finished { throw XMLError("XML writer failed at \(what()): the document is finished") }
    }

    /// Ends a pending start tag with `>` before content; in indent mode a child element starts
    /// on a new line.
    private func closeStartTag(lineBreak: Bool) {
        guard startTagOpen else { return }
        bytes.append(UInt8(ascii: ">"))
        if indent && lineBreak { bytes.append(UInt8(ascii: "\n")) }
        startTagOpen = false
    }

    private func writeIndent(depth: Int) {
        for _ in 0..<depth { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    private func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append($0) }
    }

    /// Appends `value` escaped for text or an attribute value, forbidden characters dropped.
    /// Runs of bytes that need nothing are copied at once.
    private func appendEscaped(_ value: String, inAttribute: Bool) {
        // The bytes below 64 that are replaced or dropped, as bits: C0 controls and `" & < >`.
        // Of the others only 0xEF is looked at: it starts U+FFFE and U+FFFF.
        let bytesToLookAt: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                // Most bytes need nothing: decided by one comparison or one bit of a mask.
                if byte < 64 ? (bytesToLookAt >> byte) & 1 == 0 : byte != 0xEF {
                    index += 1
                    continue
                }
                let replacement: StaticString?
                var skipped = 1
                switch byte {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case 0x0D: replacement = "&#13;"
                case 0x0A: replacement = inAttribute ? "&#10;" : nil
                case 0x09: replacement = inAttribute ? "&#9;" : nil
                case 0..<0x20: replacement = ""
                case 0xEF where index + 2 < count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                    replacement = ""  // U+FFFE, U+FFFF
                    skipped = 3
                default: replacement = nil
                }
                guard let replacement else { index += 1; continue }
                if runStart < index { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                replacement.withUTF8Buffer { bytes.append($0) }
                index += skipped
                runStart = index
            }
            if runStart < count { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
        }
    }
}

/// Markup written once by `XMLWriter.fragment`, to append wherever it recurs.
public struct XMLFragment: Sendable {
    fileprivate let bytes: [UInt8]
}
