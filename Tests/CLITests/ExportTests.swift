import Foundation
import Testing
import TestSupport

struct ExportTests {
    static let example = "examples/county-office-meeting/meeting.yaml"
    static let golden = Fixtures.path("exports/xian-bgs-2026-12")
    static let names = ["notice.docx", "notice.odt", "agenda.docx", "agenda.odt", "seating.docx", "seating.odt",
                        "seating-主席台.svg", "seating-台下.svg", "cards.docx", "cards.odt", "signin.docx", "signin.odt", "meeting.ics"]

    @Test func exampleReexportsByteForByteAsCommittedAndValid() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Self.example, "--out", out])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == Self.names.map { (out as NSString).appendingPathComponent($0) })
        for name in Self.names {
            let written = FileManager.default.contents(atPath: (out as NSString).appendingPathComponent(name))
            let committed = FileManager.default.contents(atPath: (Self.golden as NSString).appendingPathComponent(name))
            #expect(written != nil && written == committed,
                    "\(name) differs from exports/xian-bgs-2026-12; re-record on purpose with `banhui export \(Self.example)`")
        }
        #expect(OfficeValidator.isAvailable, "validate-office is missing at \(OfficeValidator.tool)")
        let office = Self.names.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.map { (out as NSString).appendingPathComponent($0) }
        let validation = try OfficeValidator.validate(paths: office)
        #expect(validation.status == 0, "\(validation.output)")
    }

    @Test func formatAndOnlyNarrowTheFiles() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Self.example, "--out", out, "--format", "odt", "--only", "signin,ics"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["meeting.ics", "signin.odt"])
    }

    @Test func invalidPlanWritesNothingAndExits2() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let target = (out as NSString).appendingPathComponent("docs")
        let result = try BanhuiProcess.run(["export", Fixtures.path("Tests/CLITests/Fixtures/documents/invalid-person.yaml"), "--out", target])
        #expect(result.exitCode == 2)
        #expect(result.stderrLines.contains { $0.contains("error:") && $0.contains("P9") }, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func unknownDocumentIsAUsageError() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Self.example, "--out", out, "--only", "notice,minutes"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("minutes"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }
}
