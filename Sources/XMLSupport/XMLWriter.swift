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
    /// The open elements' names, innermost last, each as its UTF-8 bytes and then their count in
    /// a byte: an end tag copies its name from here. (An array of the names cost a retain, a
    /// release and a uniqueness check per element, and looking up each name's bytes again.)
    @exclusivity(unchecked) private var openNames = ByteBuffer(capacity: 256)
    /// How many elements are open.
    private var depth = 0
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
        bytes = ByteBuffer(capacity: 2 * Self.pieceSize)
        for name in openElements { pushOpen(name) }
    }

    deinit {
        bytes.deallocate()
        openNames.deallocate()
    }

    /// 64 KB: small enough to stay in the processor's cache from being written to being compressed.
    public static let pieceSize = 1 << 16

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` (standalone optional).
    public func startDocument(standalone: Bool = false) throws {
        guard bytes.isEmpty, depth == 0 else { throw XMLError("XML writer: the declaration must come first") }
        append(standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Starts an element by its qualified name (`w:p`, `text:p`, `svg`).
    public func startElement(_ name: String) throws {
        try checkOpen("startElement \(name)")
        closeStartTag(lineBreak: true)
        if indent { writeIndent(depth: depth) }
        bytes.append(UInt8(ascii: "<"))
        try name.withContiguousUTF8 { name in
            guard name.count <= UInt8.max else { throw XMLError("XML writer: an element name of \(name.count) bytes") }
            bytes.append(name)
            openNames.append(name)
            openNames.append(UInt8(name.count))
        }
        depth += 1
        startTagOpen = true
    }

    public func endElement() throws {
        try checkOpen("endElement")
        guard depth > 0 else { throw XMLError("XML writer failed at endElement: no open element") }
        let names = openNames.contents
        let nameStart = names.count - 1 - Int(names[names.count - 1])
        if startTagOpen {
            bytes.append(UInt8(ascii: "/")); bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
            if indent { indentEndTag = true }
        } else {
            if indent && indentEndTag { writeIndent(depth: depth - 1) }
            indentEndTag = true
            bytes.append(UInt8(ascii: "<")); bytes.append(UInt8(ascii: "/"))
            bytes.append(UnsafeBufferPointer(rebasing: names[nameStart..<names.count - 1]))
            bytes.append(UInt8(ascii: ">"))
        }
        if indent { bytes.append(UInt8(ascii: "\n")) }
        openNames.removeLast(names.count - nameStart)
        depth -= 1
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
        guard depth > 0 || isFragment else { throw XMLError("XML writer failed at text: outside the root element") }
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
        guard writer.depth == 0, !writer.finished else { throw XMLError("XML writer: a fragment must end every element it starts") }
        return XMLFragment(bytes: writer.bytes.array())
    }

    /// Appends a fragment as content of the innermost open element.
    public func append(_ fragment: XMLFragment) throws {
        try checkOpen("append")
        guard depth > 0 else { throw XMLError("XML writer failed at append: outside the root element") }
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
            while depth > 0 { try endElement() }
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
        guard self.openElements == openElements, !indent else {
            throw XMLError("XML writer: \(self.openElements) are open where a writer inside \(openElements) continues")
        }
        closeStartTag(lineBreak: false)
        finished = true
        if let output { try passOn(to: output) }
        return bytes.array()
    }

    /// The open elements' names, outermost first.
    private var openElements: [String] {
        var names: [String] = []
        let stack = openNames.contents
        var end = stack.count
        while end > 0 {
            let start = end - 1 - Int(stack[end - 1])
            names.insert(String(decoding: UnsafeBufferPointer(rebasing: stack[start..<end - 1]), as: UTF8.self), at: 0)
            end = start
        }
        return names
    }

    /// Opens an element without writing its start tag (a writer that continues a document).
    private func pushOpen(_ name: String) {
        name.withContiguousUTF8 { name in
            precondition(name.count <= UInt8.max, "an element name of \(name.count) bytes")
            openNames.append(name)
            openNames.append(UInt8(name.count))
        }
        depth += 1
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
    /// on a new line. Inlined: it is called before every element and text.
    @inline(__always)
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
        string.withContiguousUTF8 { bytes.append($0) }
    }

    /// Appends `value` escaped for text or an attribute value, forbidden characters dropped.
    /// The bytes that may need work are found eight at a time (`EscapeScan`); most values have
    /// none and are copied at once, without the escaping loop's setup.
    private func appendEscaped(_ value: String, inAttribute: Bool) {
        value.withContiguousUTF8 { utf8 in
            guard let candidate = EscapeScan.firstCandidate(in: utf8, from: 0) else { return bytes.append(utf8) }
            appendEscaped(utf8, from: candidate, inAttribute: inAttribute)
        }
    }

    /// Escapes `utf8` whose first byte to look at is at `candidate`; the stretches between the
    /// bytes replaced or dropped are copied at once.
    @inline(never)
    private func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, from candidate: Int, inAttribute: Bool) {
        var runStart = 0
        var next: Int? = candidate
        let count = utf8.count
        while let index = next {
            let replacement: StaticString?
            var skipped = 1
            switch utf8[index] {
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
            default: replacement = nil  // another character that starts with 0xEF (，（）：…)
            }
            if let replacement {
                if runStart < index { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                replacement.withUTF8Buffer { bytes.append($0) }
                runStart = index + skipped
            }
            next = EscapeScan.firstCandidate(in: utf8, from: index + skipped)
        }
        if runStart < count { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
    }
}

/// Finds the bytes that escaping has to look at: C0 controls, `" & < >`, and 0xEF, which starts
/// U+FFFE and U+FFFF (and the fullwidth punctuation of Chinese text, which is kept). Almost all
/// text is CJK (bytes of 0x80 and more) or ASCII with none of them, so the bytes are tested eight
/// at a time in a 64-bit word: a byte-by-byte loop was most of the writer's time.
enum EscapeScan {
    /// The index of the first candidate byte at or after `start`, or nil. May also return a byte
    /// that needs nothing (after a candidate that the caller skipped), never one past a candidate.
    @inline(__always)
    static func firstCandidate(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = utf8.count
        guard let base = utf8.baseAddress, start < count else { return nil }
        var index = start
        while count - index >= 8 {
            let found = candidates(in: word(base + index))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        guard index < count else { return nil }
        if count >= 8 {
            // The last eight bytes, of which those before `index` were looked at already.
            let lookedAt = 8 - (count - index)
            let found = candidates(in: word(base + count - 8)) & (~0 << (8 * lookedAt))
            return found == 0 ? nil : count - 8 + found.trailingZeroBitCount / 8
        }
        // A text of fewer than eight bytes, one byte at a time.
        while index < count {
            let byte = base[index]
            if byte >= 64 {
                if byte == 0xEF { return index }
            } else if (candidatesBelow64 >> byte) & 1 != 0 {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The candidate bytes below 64 as bits: C0 controls and `" & < >`.
    static let candidatesBelow64: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    /// Eight bytes, the first in the lowest bits.
    @inline(__always)
    private static func word(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each candidate byte of `word` set. A byte's subtraction borrows from the
    /// next one only where the byte is a candidate, so bits below the lowest candidate are exact;
    /// above it a byte may be marked that is none (the caller then looks at it and moves on).
    @inline(__always)
    static func candidates(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        // x - 1 sets the high bit of a zero byte; `& ~x` leaves out bytes that had it already.
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x }
        let controls = (word &- ones &* 0x20) & ~word                     // bytes below 0x20
        let quoteOrAmpersand = zeroBytes((word | ones &* 0x04) ^ ones &* 0x26)  // 0x22, 0x26
        let angleBracket = zeroBytes((word | ones &* 0x02) ^ ones &* 0x3E)     // 0x3C, 0x3E
        let ef = zeroBytes(word ^ ones &* 0xEF)
        return (controls | quoteOrAmpersand | angleBracket | ef) & highs
    }
}

/// Markup written once by `XMLWriter.fragment`, to append wherever it recurs.
public struct XMLFragment: Sendable {
    fileprivate let bytes: [UInt8]
}
