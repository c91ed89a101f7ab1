import MeetingPlan
/// A YAML-independent tree of located values: what every reader of user files (plans, layouts,
/// policies) walks, so that each problem can point at the offending value's own line and column.
public struct Node: Sendable {
    public enum Content: Sendable {
        /// A scalar's text, and whether it was written plain (unquoted), which decides if
        /// `null`, `~` and empty mean "no value".
        case scalar(String, plain: Bool)
        case sequence([Node])
        case mapping([(key: Node, value: Node)])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// True for a plain `null`, `~` or an empty plain scalar.
    public var isNull: Bool {
        if case .scalar(let text, let plain) = content, plain {
            return text.isEmpty || text == "null" || text == "~" || text == "Null" || text == "NULL"
        }
        return false
    }

    public var scalar: String? {
        if case .scalar(let text, _) = content, !isNull { return text }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [(key: Node, value: Node)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value for a key of a mapping, if present.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// A word for the kind of value, for messages ("文本", "列表", "映射").
    public var kindName: String {
        switch content {
        case .scalar: return isNull ? "空值" : "文本"
        case .sequence: return "列表"
        case .mapping: return "映射"
        }
    }

    /// This node's location with a key path attached (for messages and for files without lines).
    public func location(path: String) -> SourceLocation {
        var copy = location
        copy.path = path
        return copy
    }
}

extension Marks {
    /// Marks of a mapping node: each key's value location (with its key path).
    public init(_ node: Node, path: String) {
        self.init(node.location(path: path))
        for (key, value) in node.mapping ?? [] {
            guard let name = key.scalar else { continue }
            keys[name] = value.location(path: path.isEmpty ? name : "\(path).\(name)")
        }
    }
}
