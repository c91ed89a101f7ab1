// The plan is edited as text, not re-serialised: libyaml's event marks say where each value
// starts and ends, so an edit splices a few characters and every comment, key order and quoting
// choice elsewhere in the file stays as the person wrote it.
import CYaml

/// A YAML value with the span of text it was read from. Positions count Unicode scalars from the
/// start of the text (libyaml's `mark.index`).
struct MarkedNode {
    enum Content {
        case scalar(String, style: yaml_scalar_style_t)
        case sequence([MarkedNode])
        case mapping([(key: MarkedNode, value: MarkedNode)])
        case alias
    }

    var content: Content
    var start: Int
    /// Just past the value's last character: the closing bracket of a flow collection, the last
    /// child's end of a block collection (libyaml ends those at the next token instead).
    var end: Int
    var isFlow: Bool

    var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    var items: [MarkedNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    var pairs: [(key: MarkedNode, value: MarkedNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A plain `null`, `~` or nothing at all (`pins:` with no value).
    var isNull: Bool {
        if case .scalar(let text, let style) = content, style == YAML_PLAIN_SCALAR_STYLE {
            return ["", "~", "null", "Null", "NULL"].contains(text)
        }
        return false
    }

    subscript(key: String) -> MarkedNode? {
        pairs?.first { $0.key.scalar == key }?.value
    }
}

enum MarkedYAML {
    /// The document's root with marks, or nil when the text is not one YAML document (the loader
    /// reports why; an edit is never attempted on such a file).
    static func parse(_ scalars: [Unicode.Scalar]) -> MarkedNode? {
        var bytes = Array(String(String.UnicodeScalarView(scalars)).utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> MarkedNode? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var open: [(node: MarkedNode, pendingKey: MarkedNode?)] = []
            var root: MarkedNode?
            func attach(_ node: MarkedNode) {
                guard var top = open.popLast() else {
                    root = root ?? node
                    return
                }
                switch top.node.content {
                case .sequence(let items):
                    top.node.content = .sequence(items + [node])
                case .mapping(let pairs):
                    if let key = top.pendingKey {
                        top.node.content = .mapping(pairs + [(key, node)])
                        top.pendingKey = nil
                    } else {
                        top.pendingKey = node
                    }
                default: break
                }
                open.append(top)
            }
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let start = Int(event.start_mark.index), end = Int(event.end_mark.index)
                switch event.type {
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                    attach(MarkedNode(content: .scalar(text, style: scalar.style), start: start, end: end, isFlow: true))
                case YAML_ALIAS_EVENT:
                    attach(MarkedNode(content: .alias, start: start, end: end, isFlow: true))
                case YAML_SEQUENCE_START_EVENT:
                    let flow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                    open.append((MarkedNode(content: .sequence([]), start: start, end: end, isFlow: flow), nil))
                case YAML_MAPPING_START_EVENT:
                    let flow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                    open.append((MarkedNode(content: .mapping([]), start: start, end: end, isFlow: flow), nil))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard var finished = open.popLast()?.node else { return nil }
                    if finished.isFlow {
                        finished.end = end
                    } else {
                        let last: MarkedNode? = finished.items?.last ?? finished.pairs?.last?.value
                        finished.end = max(finished.start, last?.end ?? finished.start)
                    }
                    attach(finished)
                case YAML_STREAM_END_EVENT:
                    return root
                default:
                    continue
                }
            }
        }
    }
}
