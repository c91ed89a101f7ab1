import Foundation
import Testing
import XMLSupport

@Suite struct XMLSchemaTests {
    static func write(_ text: String, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xmlschema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="seats"><xs:complexType><xs:sequence>
            <xs:element name="seat" type="xs:positiveInteger" maxOccurs="unbounded"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """

    static let rng = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start><element name="seats"><oneOrMore><element name="seat"><data type="positiveInteger"/></element></oneOrMore></element></start>
        </grammar>
        """

    @Test(arguments: [XMLSchema.Language.xsd, .relaxNG])
    func validDocumentHasNoProblems(_ language: XMLSchema.Language) throws {
        let schema = try XMLSchema(path: try Self.write(language == .xsd ? Self.xsd : Self.rng, "s"), language: language)
        #expect(schema.validate(Array("<seats><seat>1</seat><seat>2</seat></seats>".utf8), name: "ok.xml").isEmpty)
    }

    @Test(arguments: [XMLSchema.Language.xsd, .relaxNG])
    func invalidDocumentIsReportedWithItsLine(_ language: XMLSchema.Language) throws {
        let schema = try XMLSchema(path: try Self.write(language == .xsd ? Self.xsd : Self.rng, "s"), language: language)
        let problems = schema.validate(Array("<seats>\n<seat>1</seat>\n<seat>zero</seat>\n</seats>".utf8), name: "bad.xml")
        #expect(!problems.isEmpty)
        #expect(problems.first?.line == 3, "\(problems)")
    }

    @Test func malformedDocumentIsAProblemNotACrash() throws {
        let schema = try XMLSchema(path: try Self.write(Self.xsd, "s.xsd"), language: .xsd)
        #expect(!schema.validate(Array("<seats><seat>1</seats>".utf8), name: "m.xml").isEmpty)
        #expect(!schema.validate([], name: "empty.xml").isEmpty)
    }

    @Test func aSchemaThatDoesNotCompileThrows() throws {
        let path = try Self.write("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:bogus/></xs:schema>", "bad.xsd")
        #expect(throws: XMLError.self) { try XMLSchema(path: path, language: .xsd) }
    }
}
