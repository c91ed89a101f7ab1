import CLibXML2

/// An expanded element name: namespace URI and local name.
public struct XMLName: Hashable, Sendable {
    public let namespace: String
    public let local: String

    public init(namespace: String, local: String) {
        self.namespace = namespace
        self.local = local
    }
}

/// How the extension markup that office applications add is removed before schema validation,
/// so that a file from Word, WPS or LibreOffice is judged on what its format's schema covers.
public enum XMLExtensionRules: Sendable {
    /// ECMA-376 Part 3 markup compatibility: elements and attributes in `mc:Ignorable` namespaces
    /// that are not `understood` are dropped (an element listed in `mc:ProcessContent` leaves its
    /// children in its place); `mc:AlternateContent` becomes the first `mc:Choice` whose
    /// `Requires` namespaces are all understood, else its `mc:Fallback`. `xml:space` is dropped
    /// from the elements in `spaceTolerated` (applications write it where the schema has none).
    /// `booleansBeyondSchema` names, per element, attributes (without namespace) that the
    /// standard's text defines as `xsd:boolean` but the bundled schema lacks: one holding a
    /// boolean is dropped, any other value is left for the schema to reject.
    case markupCompatibility(understood: Set<String>, spaceTolerated: Set<XMLName>, booleansBeyondSchema: [XMLName: Set<String>] = [:])
    /// ODF 1.2 Part 1 §3.17: elements and attributes in namespaces not `understood` (not ODF's)
    /// are removed; a foreign element's content is kept when `office:process-content` is true,
    /// or when it is absent and the element is inside a `text:p` or `text:h`.
    case openDocument(understood: Set<String>)

    static let markupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    func understands(_ namespace: String) -> Bool {
        switch self {
        case .markupCompatibility(let understood, _, _): namespace == Self.xmlNamespace || understood.contains(namespace)
        case .openDocument(let understood): namespace == Self.xmlNamespace || understood.contains(namespace)
        }
    }
}

/// Applies extension rules to a parsed document in place. Removed nodes are unlinked and kept
/// until `release()` (after validation), since moved nodes may still refer to namespace
/// declarations on them.
final class ExtensionMarkupProcessor {
    private let rules: XMLExtensionRules
    private var removed: [xmlNodePtr] = []

    init(rules: XMLExtensionRules) {
        self.rules = rules
    }

    func process(_ document: xmlDocPtr) {
        guard let root = xmlDocGetRootElement(document) else { return }
        switch rules {
        case .markupCompatibility: processCompatibility(root, ignorable: [], processContent: [])
        case .openDocument: processOpenDocument(root)
        }
    }

    func release() {
        for node in removed { xmlFreeNode(node) }
        removed = []
    }

    // MARK: ECMA-376 Part 3

    private func processCompatibility(_ element: xmlNodePtr, ignorable inherited: Set<String>, processContent inheritedContent: Set<XMLName>) {
        var ignorable = inherited
        var processContent = inheritedContent
        for attribute in attributes(of: element) where namespace(ofAttribute: attribute) == XMLExtensionRules.markupCompatibilityNamespace {
            let value = attributeValue(attribute)
            switch name(attribute) {
            case "Ignorable":
                for prefix in value.split(separator: " ") {
                    if let uri = resolve(String(prefix), at: element) { ignorable.insert(uri) }
                }
            case "ProcessContent":
                for qualified in value.split(separator: " ") {
                    let parts = qualified.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, let uri = resolve(String(parts[0]), at: element) else { continue }
                    processContent.insert(XMLName(namespace: uri, local: String(parts[1])))
                }
            default: break
            }
        }
        for attribute in attributes(of: element) {
            guard let uri = namespace(ofAttribute: attribute) else {
                if isBooleanBeyondSchema(attribute, of: element) { xmlRemoveProp(attribute) }
                continue
            }
            let drop = uri == XMLExtensionRules.markupCompatibilityNamespace
                || (ignorable.contains(uri) && !rules.understands(uri))
                || (uri == XMLExtensionRules.xmlNamespace && name(attribute) == "space" && spaceTolerated(element))
            if drop { xmlRemoveProp(attribute) }
        }
        for child in elementChildren(of: element) {
            let uri = namespace(of: child)
            if uri == XMLExtensionRules.markupCompatibilityNamespace, name(child) == "AlternateContent" {
                guard let chosen = choice(of: child) else { remove(child); continue }
                let moved = elementChildren(of: chosen)
                hoistChildren(of: chosen, before: child)
                remove(child)
                for node in moved { processCompatibility(node, ignorable: ignorable, processContent: processContent) }
            } else if let uri, ignorable.contains(uri), !rules.understands(uri) {
                let keepsContent = processContent.contains(XMLName(namespace: uri, local: name(child)))
                    || processContent.contains(XMLName(namespace: uri, local: "*"))
                if keepsContent {
                    let moved = elementChildren(of: child)
                    hoistChildren(of: child, before: child)
                    for node in moved { processCompatibility(node, ignorable: ignorable, processContent: processContent) }
                }
                remove(child)
            } else {
                processCompatibility(child, ignorable: ignorable, processContent: processContent)
            }
        }
    }

    private func spaceTolerated(_ element: xmlNodePtr) -> Bool {
        guard case .markupCompatibility(_, let tolerated, _) = rules, let uri = namespace(of: element) else { return false }
        return tolerated.contains(XMLName(namespace: uri, local: name(element)))
    }

    private func isBooleanBeyondSchema(_ attribute: xmlAttrPtr, of element: xmlNodePtr) -> Bool {
        guard case .markupCompatibility(_, _, let booleans) = rules, let uri = namespace(of: element),
              booleans[XMLName(namespace: uri, local: name(element))]?.contains(name(attribute)) == true else { return false }
        // xsd:boolean after whitespace collapsing.
        let value = attributeValue(attribute).unicodeScalars.filter { !" \t\n\r".unicodeScalars.contains($0) }
        return ["true", "false", "1", "0"].contains(String(String.UnicodeScalarView(value)))
    }

    /// The first `mc:Choice` whose `Requires` prefixes all name understood namespaces, else the
    /// `mc:Fallback`, else nil.
    private func choice(of alternateContent: xmlNodePtr) -> xmlNodePtr? {
        let branches = elementChildren(of: alternateContent).filter { namespace(of: $0) == XMLExtensionRules.markupCompatibilityNamespace }
        for branch in branches where name(branch) == "Choice" {
            let requires = attributes(of: branch).first { namespace(ofAttribute: $0) == nil && name($0) == "Requires" }
                .map(attributeValue) ?? ""
            let namespaces = requires.split(separator: " ").map { resolve(String($0), at: branch) }
            if namespaces.allSatisfy({ $0.map(rules.understands) ?? false }) { return branch }
        }
        return branches.first { name($0) == "Fallback" }
    }

    // MARK: ODF 1.2 Part 1 §3.17

    private func processOpenDocument(_ element: xmlNodePtr) {
        for attribute in attributes(of: element) {
            if let uri = namespace(ofAttribute: attribute), !rules.understands(uri) { xmlRemoveProp(attribute) }
        }
        for child in elementChildren(of: element) {
            guard let uri = namespace(of: child), !rules.understands(uri) else {
                processOpenDocument(child)
                continue
            }
            if keepsForeignContent(child, parent: element) {
                let moved = elementChildren(of: child)
                hoistChildren(of: child, before: child)
                for node in moved { processOpenDocument(node) }
            }
            remove(child)
        }
    }

    private func keepsForeignContent(_ element: xmlNodePtr, parent: xmlNodePtr) -> Bool {
        let processContent = attributes(of: element).first {
            namespace(ofAttribute: $0) == XMLExtensionRules.officeNamespace && name($0) == "process-content"
        }
        if let processContent { return attributeValue(processContent) == "true" }
        return namespace(of: parent) == XMLExtensionRules.textNamespace && ["p", "h"].contains(name(parent))
    }

    // MARK: Tree helpers

    private func remove(_ node: xmlNodePtr) {
        xmlUnlinkNode(node)
        removed.append(node)
    }

    /// Moves every child (elements and text) of `node` before `anchor`, in order.
    private func hoistChildren(of node: xmlNodePtr, before anchor: xmlNodePtr) {
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            xmlUnlinkNode(current)
            xmlAddPrevSibling(anchor, current)
        }
    }

    private func elementChildren(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    private func attributes(of node: xmlNodePtr) -> [xmlAttrPtr] {
        var result: [xmlAttrPtr] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            result.append(current)
            attribute = current.pointee.next
        }
        return result
    }

    private func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }
    private func name(_ attribute: xmlAttrPtr) -> String { attribute.pointee.name.map { String(cString: $0) } ?? "" }
    private func namespace(of node: xmlNodePtr) -> String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }
    private func namespace(ofAttribute attribute: xmlAttrPtr) -> String? { attribute.pointee.ns?.pointee.href.map { String(cString: $0) } }

    private func attributeValue(_ attribute: xmlAttrPtr) -> String {
        // Parsed attribute values are one text child (entities are substituted by the parser).
        attribute.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
    }

    private func resolve(_ prefix: String, at node: xmlNodePtr) -> String? {
        xmlSearchNs(node.pointee.doc, node, prefix)?.pointee.href.map { String(cString: $0) }
    }
}
