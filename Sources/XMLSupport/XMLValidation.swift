import CLibXML2

/// One problem found while parsing or validating a document: the line in the document (0 when
/// libxml2 gives none) and libxml2's message.
public struct XMLValidationProblem: Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public var description: String { line > 0 ? "\(line): \(message)" : message }
}

/// A compiled schema, XML Schema (XSD) or RELAX NG, that validates documents held in memory.
///
/// Compiled once from a file (with its includes and imports, resolved by libxml2 relative to
/// it); the compiled form is read-only, and each validation has its own context and reports
/// through libxml2's per-thread error handler, so documents may be validated concurrently.
/// (No Foundation here: its ICU module clashes with the ICU headers libxml2 includes.)
public final class XMLSchema: @unchecked Sendable {
    public enum Language: Sendable { case xsd, relaxNG }

    private enum Compiled {
        case xsd(xmlSchemaPtr)
        case relaxNG(xmlRelaxNGPtr)
    }

    private let compiled: Compiled

    /// Compiles the schema at `path`; throws with libxml2's messages when it cannot.
    public init(path: String, language: Language) throws {
        LibXML2.initialise()
        let collector = ProblemCollector()
        switch language {
        case .xsd:
            guard let parser = xmlSchemaNewParserCtxt(path) else { throw XMLError("cannot read schema \(path)") }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, collectProblem, collector.pointer)
            guard let schema = xmlSchemaParse(parser) else {
                throw XMLError("schema \(path) does not compile: \(collector.problems.prefix(3).map(\.description).joined(separator: "; "))")
            }
            compiled = .xsd(schema)
        case .relaxNG:
            guard let parser = xmlRelaxNGNewParserCtxt(path) else { throw XMLError("cannot read schema \(path)") }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, collectProblem, collector.pointer)
            guard let schema = xmlRelaxNGParse(parser) else {
                throw XMLError("schema \(path) does not compile: \(collector.problems.prefix(3).map(\.description).joined(separator: "; "))")
            }
            compiled = .relaxNG(schema)
        }
    }

    deinit {
        switch compiled {
        case .xsd(let schema): xmlSchemaFree(schema)
        case .relaxNG(let schema): xmlRelaxNGFree(schema)
        }
    }

    /// The problems of `bytes` (a whole XML document): malformed XML, then schema violations.
    /// Empty when the document is valid. `name` is the document's URL for libxml2's messages.
    /// With `extensions`, the extension markup they describe is removed from the parsed tree first.
    public func validate(_ bytes: [UInt8], name: String, extensions: XMLExtensionRules? = nil) -> [XMLValidationProblem] {
        guard !bytes.isEmpty else { return [XMLValidationProblem(line: 0, message: "empty document")] }
        let collector = ProblemCollector()
        xmlSetStructuredErrorFunc(collector.pointer, collectProblem)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) {
                xmlReadMemory($0, Int32(clamping: bytes.count), name, nil, options)
            }
        }
        guard let document else {
            return collector.problems.isEmpty ? [XMLValidationProblem(line: 0, message: "not well-formed XML")] : collector.problems
        }
        defer { xmlFreeDoc(document) }
        let processor = extensions.map(ExtensionMarkupProcessor.init(rules:))
        processor?.process(document)
        defer { processor?.release() }
        switch compiled {
        case .xsd(let schema):
            guard let context = xmlSchemaNewValidCtxt(schema) else { return [XMLValidationProblem(line: 0, message: "out of memory")] }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, collectProblem, collector.pointer)
            if xmlSchemaValidateDoc(context, document) != 0 && collector.problems.isEmpty {
                collector.problems.append(XMLValidationProblem(line: 0, message: "does not validate"))
            }
        case .relaxNG(let schema):
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return [XMLValidationProblem(line: 0, message: "out of memory")] }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, collectProblem, collector.pointer)
            if xmlRelaxNGValidateDoc(context, document) != 0 && collector.problems.isEmpty {
                collector.problems.append(XMLValidationProblem(line: 0, message: "does not validate"))
            }
        }
        return collector.problems
    }
}

/// Gathers libxml2's structured errors during one call; passed to C as an opaque pointer.
private final class ProblemCollector {
    var problems: [XMLValidationProblem] = []
    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

private func collectProblem(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let collector = Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue()
    guard collector.problems.count < 100 else { return }
    let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    let message = String(text.reversed().drop { $0.isWhitespace }.reversed())
    collector.problems.append(XMLValidationProblem(line: Int(error.pointee.line), message: message))
}

/// libxml2 sets up its global state (mutexes, the random seed of its hash tables) in
/// `xmlInitParser`, which must run once before threads use it: two threads compiling their first
/// schemas at the same moment otherwise deadlock in `__xmlRandom`. Every entry point of this
/// module calls `initialise()`; the static makes it once per process, thread-safely.
enum LibXML2 {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialise() {
        _ = initialised
    }
}
