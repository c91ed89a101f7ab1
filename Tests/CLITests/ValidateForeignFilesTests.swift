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

    /// LibreOffice's XLSX passes everything but one attribute that the bundled (first-edition
    /// ECMA-376) SpreadsheetML schema does not have: `workbookPr/@dateCompatibility`. Its
    /// `<t xml:space="preserve">` is accepted.
    @Test func libreOfficeSpreadsheetHasOnlyTheDateCompatibilityProblem() throws {
        let path = try Self.fixture("libreoffice-receipt.xlsx")
        let result = try BanhuiProcess.run(["validate", path], in: (path as NSString).deletingLastPathComponent)
        #expect(result.exitCode != 0)
        let errors = (result.stdoutLines + result.stderrLines).filter { $0.contains("error:") }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("'dateCompatibility' is not allowed") == true, "\(errors)")
        #expect(errors.first?.contains("xl/workbook.xml:2") == true, "\(errors)")
    }
}
