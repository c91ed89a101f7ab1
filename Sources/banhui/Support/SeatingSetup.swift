import Foundation
import MeetingPlan
import Seating

/// Where the seating engine finds its data, from the environment and the executable's place.
enum SeatingSetup {
    static var environment: SeatingEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return SeatingEnvironment(layoutsDirectory: layoutsDirectory,
                                  strokeDataPath: variables["BANHUI_STROKE_DATA"] ?? StrokeTable.defaultPath,
                                  pinyinDataPath: variables["BANHUI_PINYIN_DATA"] ?? PinyinTable.defaultPath)
    }

    /// `BANHUI_LAYOUTS`, else `./layouts`, else `layouts/` beside the executable's package
    /// (`../../layouts` from `.build/debug/banhui`, `../share/banhui/layouts` when installed).
    static var layoutsDirectory: String? {
        if let configured = ProcessInfo.processInfo.environment["BANHUI_LAYOUTS"] { return configured }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("layouts"),
            executable.appendingPathComponent("../../layouts"),
            executable.appendingPathComponent("../share/banhui/layouts"),
        ]
        return candidates.map(\.standardizedFileURL.path).first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
