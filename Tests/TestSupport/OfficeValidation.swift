import Documents
import Foundation
import Testing

/// Schema validation of written documents as a test expectation, in-process against the
/// repository's vendored schemas (`schemas/`): no external tool, never skipped.
public enum OfficeValidation {
    public static let validator = OfficeValidator(schemas: OfficeSchemas(directory: Fixtures.path("schemas")))

    /// Records one issue per problem (file › part:line: message) when any file is invalid.
    public static func expectValid(_ files: [(name: String, bytes: [UInt8])], sourceLocation: SourceLocation = #_sourceLocation) {
        for file in files {
            guard let format = OfficeValidator.Format(fileName: file.name) else {
                Issue.record("\(file.name): not an office file name", sourceLocation: sourceLocation)
                continue
            }
            for problem in validator.problems(in: file.bytes, format: format).prefix(20) {
                Issue.record("\(file.name) › \(problem)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The same for files on disk.
    public static func expectValid(paths: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let files = try paths.map { path in
            ((path as NSString).lastPathComponent, [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        expectValid(files, sourceLocation: sourceLocation)
    }
}
