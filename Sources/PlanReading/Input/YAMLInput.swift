import MeetingPlan
// libyaml's event parser (the C module under Yams) is used directly: Yams' composer recurses once
// per nesting level and expands aliases without a bound, so a hostile plan could overflow the stack
// or fill memory. Building the tree from events with an explicit stack bounds both.
import CYaml

/// Parses YAML text into a `Node` tree, keeping each value's line and column.
public enum YAMLInput {
    /// Deepest nesting of sequences and mappings a file may have (plan-format.md, "Limits").
    public static let maximumDepth = 64
    /// Most nodes a file may have once its aliases are expanded.
    public static let maximumNodes = 100_000

    /// Returns the document's root, or nil (with diagnostics logged) on a syntax error or a
    /// limit exceeded. An empty document yields an empty plain scalar at line 1.
    public static func parse(_ text: String, file: String, log: DiagnosticLog) -> Node? {
        var bytes = Array(text.utf8)
        let lines = LineTable(bytes)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var builder = TreeBuilder(file: file, lines: lines)
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    log.error(.yamlSyntax, syntaxMessage(parser), at: errorLocation(parser, file: file, lines: lines))
                    return nil
                }
                defer { yaml_event_delete(&event) }
                switch builder.consume(event) {
                case .more: continue
                case .done(let root):
                    for key in builder.repeatedKeys {
                        log.error(.duplicateValue, "键“\(quoted: key.scalar ?? "")”重复出现", at: key.location)
                    }
                    return root
                case .failed(let code, let message, let location):
                    log.error(code, message, at: location)
                    return nil
                }
            }
        }
    }

    private static func syntaxMessage(_ parser: yaml_parser_t) -> String {
        let problem = parser.problem.map { String(cString: $0) }
        let context = parser.context.map { String(cString: $0) }
        if parser.error == YAML_READER_ERROR {
            return "YAML 读取错误：\(problem ?? "")（文件须为 UTF-8，且不含控制字符）"
        }
        let detail = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "：")
        return "YAML 语法错误：\(detail)"
    }

    private static func errorLocation(_ parser: yaml_parser_t, file: String, lines: LineTable) -> SourceLocation {
        if parser.error == YAML_READER_ERROR {
            let position = lines.position(ofByte: parser.problem_offset)
            return SourceLocation(file: file, line: position.line, column: position.column)
        }
        return lines.location(of: parser.problem_mark, file: file)
    }
}

/// Lines and columns as an editor counts them: lines end at `\n` only (libyaml also breaks lines
/// at U+0085, U+2028 and U+2029, which would shift every later line number), columns count
/// characters from 1.
struct LineTable {
    /// Character index of the first character of each line.
    private var lineStarts: [Int] = [0]
    /// Byte offset of the first byte of each line.
    private var lineStartBytes: [Int] = [0]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var characters = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            characters += 1
            if byte == 0x0A {
                lineStarts.append(characters)
                lineStartBytes.append(offset + 1)
            }
        }
    }

    /// The line (index into the tables) holding the position whose key is `value`.
    private static func line(containing value: Int, in starts: [Int]) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// A libyaml mark (its `index` counts characters from the start) as a location.
    func location(of mark: yaml_mark_t, file: String) -> SourceLocation {
        let index = Int(clamping: mark.index)
        let line = Self.line(containing: index, in: lineStarts)
        return SourceLocation(file: file, line: line + 1, column: index - lineStarts[line] + 1)
    }

    /// The line and column of a byte offset.
    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(offset, 0), bytes.count)
        let line = Self.line(containing: clamped, in: lineStartBytes)
        let characters = bytes[lineStartBytes[line]..<clamped].lazy.filter { $0 & 0xC0 != 0x80 }.count
        return (line + 1, characters + 1)
    }
}

/// Builds the `Node` tree from parser events with an explicit stack, counting nesting and the
/// nodes that aliases expand to.
private struct TreeBuilder {
    enum Step {
        case more
        case done(Node)
        case failed(DiagnosticCode, String, SourceLocation)
    }

    private struct Collection {
        var location: SourceLocation
        var anchor: String?
        /// Nodes in this collection (itself included), aliases expanded.
        var size = 1
        var items: [Node] = []
        var isMapping: Bool
        var pendingKey: Node?
        var pairs: [(key: Node, value: Node)] = []
        var keys = Set<String>()
        /// Duplicate keys found, reported when the document is complete.
        var duplicates: [Node] = []
    }

    let file: String
    let lines: LineTable
    private var stack: [Collection] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var totalNodes = 0
    private var root: Node?
    private var duplicates: [Node] = []

    init(file: String, lines: LineTable) {
        self.file = file
        self.lines = lines
    }

    mutating func consume(_ event: yaml_event_t) -> Step {
        let location = lines.location(of: event.start_mark, file: file)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE
            return add(Node(.scalar(text, plain: plain), at: location), size: 1, anchor: Self.string(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                return .failed(.yamlSyntax, "YAML 语法错误：别名“*\(quoted: name)”没有对应的锚点", location)
            }
            var node = target.node
            node.location = location
            return add(node, size: target.size, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < YAMLInput.maximumDepth else {
                return .failed(.nestingTooDeep, "嵌套超过 \(YAMLInput.maximumDepth) 层", location)
            }
            let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            stack.append(Collection(location: location, anchor: Self.string(anchor), isMapping: event.type == YAML_MAPPING_START_EVENT))
            return count(1, at: location)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let finished = stack.popLast() else { return .more }
            duplicates += finished.duplicates
            let node = Node(finished.isMapping ? .mapping(finished.pairs) : .sequence(finished.items), at: finished.location)
            return attach(node, size: finished.size, anchor: finished.anchor)
        case YAML_DOCUMENT_START_EVENT:
            if root != nil {
                return .failed(.yamlSyntax, "YAML 语法错误：文件只能包含一个文档（找到第二个“---”）", location)
            }
            return .more
        case YAML_STREAM_END_EVENT:
            return .done(root ?? Node(.scalar("", plain: true), at: SourceLocation(file: file, line: 1, column: 1)))
        default:
            return .more
        }
    }

    /// Adds a scalar or an alias (already counted as `size` nodes).
    private mutating func add(_ node: Node, size: Int, anchor: String?) -> Step {
        if case .failed(let code, let message, let location) = count(size, at: node.location) {
            return .failed(code, message, location)
        }
        return attach(node, size: size, anchor: anchor)
    }

    private mutating func count(_ size: Int, at location: SourceLocation) -> Step {
        totalNodes += size
        if totalNodes > YAMLInput.maximumNodes {
            return .failed(.tooManyNodes, "YAML 节点（别名展开后）超过 \(YAMLInput.maximumNodes) 个；人员多时请改用 CSV 或 XLSX 名单", location)
        }
        return .more
    }

    /// Puts a finished node into its parent collection, or makes it the root.
    private mutating func attach(_ node: Node, size: Int, anchor: String?) -> Step {
        if let anchor { anchors[anchor] = (node, size) }
        guard !stack.isEmpty else {
            root = node
            return .more
        }
        let top = stack.count - 1
        stack[top].size += size
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return .more
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return .more
        }
        stack[top].pendingKey = nil
        if let name = key.scalar, !stack[top].keys.insert(name).inserted {
            stack[top].duplicates.append(key)
        } else {
            stack[top].pairs.append((key, node))
        }
        return .more
    }

    /// Keys that repeat within one mapping (each reported at the repeated key), in file order.
    var repeatedKeys: [Node] {
        duplicates.sorted { ($0.location.line ?? 0, $0.location.column ?? 0) < ($1.location.line ?? 0, $1.location.column ?? 0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
