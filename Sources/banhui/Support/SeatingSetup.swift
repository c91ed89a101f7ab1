import Foundation
import MeetingPlan
import PlanReading
import PlanEngine
import Seating

/// The one place that builds the seating environment from the process environment: every
/// command that seats, sorts or lists layouts uses it.
enum SeatingSetup {
    /// Layouts (`BANHUI_LAYOUTS` or the built-in ones), stroke data (`BANHUI_STROKE_DATA`) and
    /// pinyin data (`BANHUI_PINYIN_DATA`).
    static func environment() throws -> SeatingEnvironment {
        let variables = ProcessInfo.processInfo.environment
        let files = DiskFileReader()
        return SeatingEnvironment(
            layouts: try layouts(),
            files: files,
            collator: NameCollator(strokeDataPath: variables["BANHUI_STROKE_DATA"] ?? StrokeTable.defaultPath,
                                   pinyinDataPath: variables["BANHUI_PINYIN_DATA"] ?? PinyinTable.defaultPath,
                                   files: files))
    }

    /// The engine every command runs plans through, built once per process.
    static func engine() throws -> Engine { Engine(environment: try environment()) }

    /// The built-in layouts, compiled into the program, or the `*.yaml` files of the folder
    /// `BANHUI_LAYOUTS` names.
    static func layouts() throws -> LayoutCatalogue {
        guard let folder = ProcessInfo.processInfo.environment["BANHUI_LAYOUTS"] else { return .builtIn }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
        } catch {
            throw UsageError("BANHUI_LAYOUTS=\(folder)：无法读取布局文件夹")
        }
        var texts: [String: String] = [:]
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let bytes = try? DiskFileReader().read(path) else { continue }
            texts[String(name.dropLast(5))] = String(decoding: bytes, as: UTF8.self)
        }
        return LayoutCatalogue(origin: folder, texts: texts)
    }
}
