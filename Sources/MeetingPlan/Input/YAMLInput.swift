import Yams

/// Parses YAML text into a `Node` tree, keeping each value's line and column.
public enum YAMLInput {
    /// Returns the document's root, or nil (with diagnostics logged) on a syntax error.
    /// An empty document yields an empty plain scalar at line 1.
    public static func parse(_ text: String, file: String, log: DiagnosticLog) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                return Node(.scalar("", plain: true), at: SourceLocation(file: file, line: 1, column: 1))
            }
            return convert(root, file: file, log: log)
        } catch let error as YamlError {
            log.error(.yamlSyntax, message(for: error), at: location(of: error, file: file))
        } catch {
            log.error(.yamlSyntax, "无法解析 YAML：\(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return nil
    }

    private static func convert(_ node: Yams.Node, file: String, log: DiagnosticLog) -> Node {
        let location = SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
        switch node {
        case .scalar(let scalar):
            return Node(.scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any), at: location)
        case .sequence(let sequence):
            return Node(.sequence(sequence.map { convert($0, file: file, log: log) }), at: location)
        case .mapping(let mapping):
            var pairs: [(key: Node, value: Node)] = []
            var seen = Set<String>()
            for (key, value) in mapping {
                let keyNode = convert(key, file: file, log: log)
                if let name = keyNode.scalar, !seen.insert(name).inserted {
                    log.error(.duplicateValue, "键“\(name)”重复出现", at: keyNode.location)
                    continue
                }
                pairs.append((keyNode, convert(value, file: file, log: log)))
            }
            return Node(.mapping(pairs), at: location)
        @unknown default:
            return Node(.scalar("", plain: true), at: location)
        }
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func message(for error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "：")
            return "YAML 语法错误：\(detail)"
        case .reader(let problem, _, _, _):
            return "YAML 读取错误：\(problem)（文件须为 UTF-8）"
        default:
            return "YAML 语法错误"
        }
    }
}
