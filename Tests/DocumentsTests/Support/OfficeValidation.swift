import Foundation
import Testing
import TestSupport

/// Runs `shared/tools/validate-office` (beside the clone in CI) on written files.
enum OfficeValidation {
    static let tool = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/validate-office").path

    /// Writes each (name, bytes) into a temporary folder and validates them all in one run;
    /// records an issue with the validator's report when any file is invalid.
    static func expectValid(_ files: [(name: String, bytes: [UInt8])], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(FileManager.default.fileExists(atPath: tool), "validate-office is missing at \(tool)", sourceLocation: sourceLocation)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var paths: [String] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.name)
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let result = try run(["python3", tool, "--quiet"] + paths)
        #expect(result.status == 0, "validate-office: \(result.output)", sourceLocation: sourceLocation)
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
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
