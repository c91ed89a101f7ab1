import Foundation

/// An expected diagnostic written in a fixture's header: `# expect: CODE line:col [words]`.
public struct ExpectedDiagnostic: Sendable, CustomStringConvertible {
    public let code: String
    public let line: Int
    public let column: Int
    /// Words the message must contain (e.g. the suggested key).
    public let words: String?

    public var description: String { "[\(code)] \(line):\(column)\(words.map { " “\($0)”" } ?? "")" }

    /// The expectations in the leading comment lines of a fixture file.
    public static func read(from path: String) throws -> [ExpectedDiagnostic] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").prefix { $0.hasPrefix("#") }.compactMap { line in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count >= 4, parts[1] == "expect:" else { return nil }
            let position = parts[3].split(separator: ":").compactMap { Int($0) }
            guard position.count == 2 else { return nil }
            return ExpectedDiagnostic(code: parts[2], line: position[0], column: position[1],
                                      words: parts.count > 4 ? parts[4...].joined(separator: " ") : nil)
        }
    }

    /// The fixture files (`*.yaml`) of a folder, sorted by name.
    public static func fixtures(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }
}
