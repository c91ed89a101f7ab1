import Documents
import Foundation
import MeetingPlan
import Testing
import TestSupport

@Suite struct OfficeValidatorTests {
    static func exampleFiles() throws -> [ExportFile] {
        let plan = try ExamplePlan.load()
        return try DocumentExport.files(plan, seats: try TestEnvironment.seat(plan), kinds: [.signin], formats: [.docx, .odt])
    }

    /// Rebuilds a package with one part replaced (or with its parts re-ordered), as a hand edit would.
    static func replacing(_ name: String, with text: String?, in bytes: [UInt8], storedFirst: Bool = true) throws -> [UInt8] {
        var parts = try ZipParts.read(bytes)
        if let index = parts.firstIndex(where: { $0.name == name }) {
            if let text { parts[index].bytes = Array(text.utf8) } else { parts.remove(at: index) }
        }
        return try ZipParts.make(parts, storeFirst: storedFirst)
    }

    @Test func writtenDocumentsAreValid() throws {
        for file in try Self.exampleFiles() {
            let format = try #require(OfficeValidator.Format(fileName: file.name))
            #expect(OfficeValidation.validator.problems(in: file.bytes, format: format).isEmpty, "\(file.name)")
        }
    }

    @Test func aSchemaViolationNamesThePartAndLine() throws {
        let docx = try #require(try Self.exampleFiles().first { $0.name.hasSuffix(".docx") })
        let broken = """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:body><w:bogus/></w:body></w:document>
            """
        let problems = OfficeValidation.validator.problems(in: try Self.replacing("word/document.xml", with: broken, in: docx.bytes), format: .docx)
        #expect(problems.contains { $0.part == "word/document.xml" && $0.line == 3 && $0.message.contains("bogus") }, "\(problems)")
    }

    @Test func packageRulesAreChecked() throws {
        let files = try Self.exampleFiles()
        let odt = try #require(files.first { $0.name.hasSuffix(".odt") })
        let docx = try #require(files.first { $0.name.hasSuffix(".docx") })
        let compressedMimetype = try Self.replacing("content.xml", with: nil, in: odt.bytes, storedFirst: false)
        let odtProblems = OfficeValidation.validator.problems(in: compressedMimetype, format: .odt)
        #expect(odtProblems.contains { $0.part == "mimetype" }, "\(odtProblems)")
        #expect(odtProblems.contains { $0.part == "META-INF/manifest.xml" && $0.message.contains("content.xml") }, "\(odtProblems)")
        let noDocument = try Self.replacing("word/document.xml", with: nil, in: docx.bytes)
        #expect(OfficeValidation.validator.problems(in: noDocument, format: .docx).map(\.message) == ["缺少 word/document.xml"])
        #expect(OfficeValidation.validator.problems(in: Array("not a zip".utf8), format: .docx).map(\.message) == ["不是 zip 包"])
    }
}
