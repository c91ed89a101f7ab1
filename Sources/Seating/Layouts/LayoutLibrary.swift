import Foundation
import MeetingPlan

/// Finds layouts: a built-in name from the `layouts/` folder, or a path relative to the plan.
public struct LayoutLibrary {
    public let directory: String?
    public let files: FileReader

    public init(directory: String?, files: FileReader = DiskFileReader()) {
        self.directory = directory
        self.files = files
    }

    /// Names of the built-in layouts, sorted.
    public var names: [String] {
        guard let directory, let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return entries.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A reference is a path when it names a YAML file or a folder; otherwise a built-in name.
    public static func isPath(_ reference: String) -> Bool {
        reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/")
    }

    /// Loads `reference` (from a zone's `layout:` written at `location`, in the plan `planFile`).
    public func load(_ reference: String, planFile: String, at location: SourceLocation, log: DiagnosticLog) -> VenueLayout? {
        let path: String
        if Self.isPath(reference) {
            path = resolvePath(reference, relativeTo: planFile)
        } else if let directory, names.contains(reference) {
            path = (directory as NSString).appendingPathComponent(reference + ".yaml")
        } else {
            let known = names
            let hint = Suggestion.nearest(to: reference, in: known).map { "，是否为“\($0)”？" }
                ?? (known.isEmpty ? "（未找到内置布局文件夹 layouts/，可设置 BANHUI_LAYOUTS）" : "；内置布局：\(known.joined(separator: ", "))")
            log.error(SeatingCodes.unknownLayout, "布局“\(reference)”不存在\(hint)", at: location)
            return nil
        }
        guard let bytes = try? files.read(path) else {
            log.error(SeatingCodes.unknownLayout, "布局文件“\(reference)”不存在或无法读取", at: location)
            return nil
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return VenueLayout.read(String(decoding: bytes, as: UTF8.self), name: name, file: path, log: log)
    }
}
