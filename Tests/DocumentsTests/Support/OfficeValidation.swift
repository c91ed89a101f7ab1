import Testing
import TestSupport

/// Schema validation of written documents as a test expectation.
enum OfficeValidation {
    /// Records an issue with the validator's report when any file is invalid, or when the
    /// validator is missing (it is never skipped).
    static func expectValid(_ files: [(name: String, bytes: [UInt8])], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(OfficeValidator.isAvailable, "validate-office is missing at \(OfficeValidator.tool)", sourceLocation: sourceLocation)
        let result = try OfficeValidator.validate(files: files)
        #expect(result.status == 0, "validate-office: \(result.output)", sourceLocation: sourceLocation)
    }
}
