import Foundation
import Testing

/// Snapshots beside their tests: compared as they are, re-recorded only on purpose.
///
/// With `BANHUI_RECORD=1`, or when the snapshot does not exist yet, the current value is written
/// and the test fails, so a recording is never mistaken for a pass.
public enum Snapshot {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["BANHUI_RECORD"] == "1" }

    /// Compares `text` with the file at `url`; on a difference, names the first differing line.
    public static func assertText(_ text: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let stored = try? String(contentsOf: url, encoding: .utf8), !isRecording else {
            try record(Array(text.utf8), at: url)
            Issue.record("recorded snapshot \(url.path); run again to compare", sourceLocation: sourceLocation)
            return
        }
        if let difference = firstDifference(stored, text) {
            Issue.record("\(url.lastPathComponent) differs from its snapshot: \(difference) (re-record on purpose with BANHUI_RECORD=1)",
                         sourceLocation: sourceLocation)
        }
    }

    /// Compares bytes with the file at `url`: zip packages part by part (entry names and order,
    /// then each entry's bytes, naming the first differing line), other files as text or bytes.
    public static func assertFile(_ bytes: [UInt8], at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let data = FileManager.default.contents(atPath: url.path), !isRecording else {
            try record(bytes, at: url)
            Issue.record("recorded snapshot \(url.path); run again to compare", sourceLocation: sourceLocation)
            return
        }
        let stored = [UInt8](data)
        guard stored != bytes else { return }
        let name = url.lastPathComponent
        if let storedParts = try? ZipParts.read(stored), let parts = try? ZipParts.read(bytes) {
            if storedParts.map(\.name) != parts.map(\.name) {
                Issue.record("\(name): zip entries differ: \(storedParts.map(\.name)) → \(parts.map(\.name))", sourceLocation: sourceLocation)
                return
            }
            for (old, new) in zip(storedParts, parts) where old.bytes != new.bytes {
                let difference = firstDifference(String(decoding: old.bytes, as: UTF8.self), String(decoding: new.bytes, as: UTF8.self))
                Issue.record("\(name) › \(old.name): \(difference ?? "bytes differ")", sourceLocation: sourceLocation)
                return
            }
            Issue.record("\(name): same parts, different zip bytes (entry headers or times)", sourceLocation: sourceLocation)
        } else {
            let difference = firstDifference(String(decoding: stored, as: UTF8.self), String(decoding: bytes, as: UTF8.self))
            Issue.record("\(name) differs from its snapshot: \(difference ?? "bytes differ")", sourceLocation: sourceLocation)
        }
    }

    static func record(_ bytes: [UInt8], at url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// `line N: «old» → «new»` for the first line that differs; XML written on one line is
    /// split at tags so that the line says which element changed.
    static func firstDifference(_ old: String, _ new: String) -> String? {
        func lines(_ text: String) -> [Substring] {
            text.replacingOccurrences(of: "><", with: ">\n<").split(separator: "\n", omittingEmptySubsequences: false)
        }
        let a = lines(old), b = lines(new)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "（无）"
            let right = index < b.count ? String(b[index]) : "（无）"
            if left != right { return "line \(index + 1): «\(left.prefix(200))» → «\(right.prefix(200))»" }
        }
        return nil
    }
}
