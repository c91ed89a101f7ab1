import Documents
import Foundation
import MeetingPlan
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct OfficeValidatorTests {
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

    static func documentProblems(_ body: String) throws -> [OfficeProblem] {
        let docx = try #require(try Self.exampleFiles().first { $0.name.hasSuffix(".docx") })
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
            xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
            xmlns:wx="urn:example:not-ignorable" mc:Ignorable="w14">
            <w:body>\(body)</w:body></w:document>
            """
        return OfficeValidation.validator.problems(in: try Self.replacing("word/document.xml", with: document, in: docx.bytes), format: .docx)
    }

    @Test func markupCompatibilityDropsIgnorableMarkupAndChoosesAlternatives() throws {
        let accepted = try Self.documentProblems("""
            <w:p w14:paraId="1A2B3C4D"><w14:ignored><w:bogus/></w14:ignored>\
            <mc:AlternateContent><mc:Choice Requires="w14"><w:bogus/></mc:Choice>\
            <mc:Fallback><w:r><w:t>回退</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            """)
        #expect(accepted.isEmpty, "\(accepted)")
        // A Choice whose namespaces are understood is taken, and what it holds is validated.
        let chosen = try Self.documentProblems("""
            <w:p><mc:AlternateContent><mc:Choice Requires="w"><w:bogus/></mc:Choice>\
            <mc:Fallback><w:r/></mc:Fallback></mc:AlternateContent></w:p>
            """)
        #expect(chosen.contains { $0.message.contains("bogus") }, "\(chosen)")
        // ProcessContent keeps an ignored element's children, which are then validated.
        let processed = try Self.documentProblems("""
            <w:p mc:ProcessContent="w14:wrapper"><w14:wrapper><w:bogus/></w14:wrapper></w:p>
            """)
        #expect(processed.contains { $0.message.contains("bogus") }, "\(processed)")
    }

    @Test func markupThatIsNotIgnorableIsStillReported() throws {
        let problems = try Self.documentProblems("<w:p><wx:unknown/></w:p>")
        #expect(problems.contains { $0.message.contains("unknown") }, "\(problems)")
    }

    @Test func openDocumentForeignMarkupIsRemovedAndParagraphTextKept() throws {
        let odt = try #require(try Self.exampleFiles().first { $0.name.hasSuffix(".odt") })
        func problems(_ body: String) throws -> [OfficeProblem] {
            let content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3">
                <office:body><office:text>\(body)</office:text></office:body></office:document-content>
                """
            return OfficeValidation.validator.problems(in: try Self.replacing("content.xml", with: content, in: odt.bytes), format: .odt)
                .filter { $0.part == "content.xml" }
        }
        let foreign = try problems("""
            <text:p loext:marker="1">甲<loext:span>乙<text:span>丙</text:span></loext:span></text:p>\
            <loext:block><text:bogus/></loext:block>
            """)
        #expect(foreign.isEmpty, "\(foreign)")
        // Inside a paragraph the foreign element's content stays and is validated.
        let kept = try problems("<text:p><loext:span><text:bogus/></loext:span></text:p>")
        #expect(kept.contains { $0.message.contains("bogus") }, "\(kept)")
        let processContent = try problems("<loext:block office:process-content=\"true\"><text:bogus/></loext:block>")
        #expect(processContent.contains { $0.message.contains("bogus") }, "\(processContent)")
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
