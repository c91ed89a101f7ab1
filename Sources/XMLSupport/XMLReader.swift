import CLibXML2

/// One event of a pull parse: the reader's position, copied out of libxml2.
public enum XMLEvent: Equatable, Sendable {
    /// An element start with its qualified name and attributes (by qualified name).
    case start(name: String, attributes: [String: String], isEmpty: Bool)
    case end(name: String)
    case text(String)
}

/// Streaming XML reader over libxml2's `xmlTextReader`, reading from memory.
///
/// Owns the reader and frees it in `deinit`. Network access and entity expansion from outside
/// the document are off: the input is untrusted (a roster from anywhere).
public final class XMLReader {
    private let reader: xmlTextReaderPtr
    private let bytes: UnsafeMutableBufferPointer<CChar>

    public init(bytes input: [UInt8]) throws {
        LibXML2.initialise()
        let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(input.count, 1))
        _ = copy.initialize(from: input.lazy.map { CChar(bitPattern: $0) })
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForMemory(copy.baseAddress, Int32(input.count), nil, nil, options) else {
            copy.deallocate()
            throw XMLError("xmlReaderForMemory failed")
        }
        self.reader = reader
        self.bytes = copy
    }

    deinit {
        xmlFreeTextReader(reader)
        bytes.deallocate()
    }

    /// The line of the input the parser has reached (1-based), for messages about malformed XML.
    public var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The next event, or nil at the end of the document. Throws on malformed XML.
    public func next() throws -> XMLEvent? {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            if status < 0 { throw XMLError("malformed XML") }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = string(xmlTextReaderConstName(reader))
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [String: String] = [:]
                if xmlTextReaderHasAttributes(reader) == 1 {
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        attributes[string(xmlTextReaderConstName(reader))] = string(xmlTextReaderConstValue(reader))
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                return .start(name: name, attributes: attributes, isEmpty: isEmpty)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(name: string(xmlTextReaderConstName(reader)))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)))
            default:
                continue
            }
        }
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
