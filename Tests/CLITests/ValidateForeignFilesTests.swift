import Foundation
import Testing
import TestSupport

/// `banhui validate` on files re-saved by LibreOffice 7 (`soffice --convert-to`, from the
/// example's export): markup compatibility (DOCX/XLSX) and ODF foreign markup are processed
/// before schema validation, so what the format allows is accepted.
@Suite struct ValidateForeignFilesTests {
    static func fixture(_ name: String) throws -> String {
        let folder = try Fixtures.temporaryDirectory()
        let target = folder + "/" + name
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/CLITests/Fixtures/validate/" + name), toPath: target)
        return target
    }

    @Test(arguments: ["libreoffice-agenda.docx", "libreoffice-agenda.odt"])
    func libreOfficeFilesAreValid(name: String) throws {
        let path = try Self.fixture(name)
        let result = try BanhuiProcess.run(["validate", path], in: (path as NSString).deletingLastPathComponent)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("有效"))
    }

    /// LibreOffice's XLSX is valid too: its `<t xml:space="preserve">` is accepted, and so is its
    /// `workbookPr/@dateCompatibility="false"`, which ISO/IEC 29500-1 §18.2.28 defines and the
    /// bundled Transitional XSD lacks — as a boolean only: any other value is still an error.
    @Test func libreOfficeSpreadsheetIsValidAndDateCompatibilityIsABoolean() throws {
        let path = try Self.fixture("libreoffice-receipt.xlsx")
        let folder = (path as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["validate", path], in: folder)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("有效"))

        let parts = try ZipParts.read([UInt8](try #require(FileManager.default.contents(atPath: path))))
        let workbook = try #require(parts.first { $0.name == "xl/workbook.xml" })
        let text = String(decoding: workbook.bytes, as: UTF8.self)
        #expect(text.contains("dateCompatibility=\"false\""))
        let edited = parts.map { part in
            part.name == "xl/workbook.xml"
                ? (part.name, Array(text.replacingOccurrences(of: "dateCompatibility=\"false\"", with: "dateCompatibility=\"maybe\"").utf8))
                : part
        }
        let bad = folder + "/bad-date-compatibility.xlsx"
        try Data(try ZipParts.make(edited, storeFirst: false)).write(to: URL(fileURLWithPath: bad))
        let rejected = try BanhuiProcess.run(["validate", bad], in: folder)
        #expect(rejected.exitCode == 2)
        let errors = (rejected.stdoutLines + rejected.stderrLines).filter { $0.contains("error:") }
        #expect(errors.count == 1 && errors.first?.contains("dateCompatibility") == true && errors.first?.contains("xl/workbook.xml:2") == true,
                "\(errors)")
    }

    /// What LibreOffice 7.4 writes itself when it saves an ODT as DOCX (our notice.odt, converted
    /// with `soffice --convert-to docx`) breaks WordprocessingML's element order in two places,
    /// and `validate` says so: `w:pStyle` after `w:start` in each `w:lvl` of numbering.xml, and a
    /// `w:sectPr` before `w:pStyle` in a paragraph's `w:pPr`. Nothing else is reported.
    @Test func libreOfficeDOCXFromODTHasOnlyItsElementOrderErrors() throws {
        let path = try Self.fixture("libreoffice-notice-from-odt.docx")
        let folder = (path as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try BanhuiProcess.run(["validate", path], in: folder)
        #expect(result.exitCode == 2)
        let errors = (result.stdoutLines + result.stderrLines).filter { $0.contains("error:") }
        #expect(errors.contains { $0.contains("main}numFmt': This element is not expected") && $0.hasSuffix("（word/numbering.xml:2）") }, "\(errors)")
        #expect(errors.contains { $0.contains("main}pStyle': This element is not expected") && $0.hasSuffix("（word/document.xml:2）") }, "\(errors)")
        #expect(errors.allSatisfy { $0.contains("numFmt': This element is not expected") || $0.contains("pStyle': This element is not expected") },
                "\(errors)")
    }
}
