import Foundation

/// Runs `shared/tools/validate-office` (beside the clone, as in CI) on DOCX and ODT files.
public enum OfficeValidator {
    public static let tool = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/validate-office").path

    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: tool) }

    /// Validates files on disk in one run of the tool: its exit status and report.
    public static func validate(paths: [String]) throws -> (status: Int32, output: String) {
        try run(["python3", tool, "--quiet"] + paths)
    }

    /// Writes each (name, bytes) into a temporary folder and validates them all.
    public static func validate(files: [(name: String, bytes: [UInt8])]) throws -> (status: Int32, output: String) {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try files.map { file in
            let path = (directory as NSString).appendingPathComponent(file.name)
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        return try validate(paths: paths)
    }

    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
