import Foundation
import Testing
import TestSupport

/// Every command that writes takes any output path: one character (Latin or Han), `./o`, an
/// absolute path and nested folders (issue: `--out o` trapped in Foundation's path code).
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct OutputNameTests {
    static let names = ["o", "会", "./o", "ABSOLUTE/o", "a/b/c"]

    /// A user's folder with the example plan, roster and 回执; `ABSOLUTE` in a name is the folder's own path.
    static func folder() throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        for name in ["meeting.yaml", "roster.csv", "回执"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("examples/county-office-meeting/\(name)"),
                                             toPath: (folder as NSString).appendingPathComponent(name))
        }
        return folder
    }

    static func run(_ arguments: (String) -> [String], check: (String, String) throws -> Void) throws {
        for name in names {
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let path = name.replacingOccurrences(of: "ABSOLUTE", with: folder)
            let result = try BanhuiProcess.run(arguments(path), in: folder)
            #expect(result.exitCode == 0, "\(arguments(path)): \(result.stderr)")
            let written = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
            try check(written, result.stdout)
        }
    }

    @Test func exportWritesIntoAnyFolderName() throws {
        try Self.run({ ["export", "meeting.yaml", "--only", "ics,agenda", "--format", "docx", "--out", $0] }) { folder, stdout in
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            #expect(names == ["agenda.docx", "meeting.ics"], "\(folder)")
            #expect(stdout.contains("meeting.ics"))
        }
    }

    @Test func seatQuotaReceiptsAndInitWriteAnyFileName() throws {
        try Self.run({ ["seat", "meeting.yaml", "--output", $0] }) { file, _ in
            #expect(FileManager.default.contents(atPath: file)?.isEmpty == false, "\(file)")
        }
        try Self.run({ ["quota", "meeting.yaml", "--format", "json", "--output", $0] }) { file, _ in
            let data = try #require(FileManager.default.contents(atPath: file), "\(file)")
            #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        }
        try Self.run({ ["receipts", "meeting.yaml", "回执", "--out", $0] }) { file, _ in
            let text = String(decoding: try #require(FileManager.default.contents(atPath: file), "\(file)"), as: UTF8.self)
            #expect(text.hasPrefix("name,unit,"), "\(text)")
        }
        try Self.run({ ["init", $0] }) { folder, _ in
            #expect(FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("meeting.yaml")))
        }
    }
}
