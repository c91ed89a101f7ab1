/// A stable diagnostic code with what it means and an example, so the documentation is derived
/// from the code (`banhui check --list-codes` prints this catalogue).
public struct DiagnosticCode: Hashable, Sendable {
    public let id: String
    public let meaning: String
    public let example: String

    public init(_ id: String, _ meaning: String, example: String) {
        self.id = id
        self.meaning = meaning
        self.example = example
    }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension DiagnosticCode {
    public static let yamlSyntax = DiagnosticCode("YAML001", "YAML syntax error", example: "meeting: {title: 会议")
    public static let missingKey = DiagnosticCode("PLAN001", "a required key is missing", example: "meeting: {} (no title)")
    public static let unknownKey = DiagnosticCode("PLAN002", "an unknown key (the nearest known key is suggested)", example: "meeting: {titel: 会议}")
    public static let wrongType = DiagnosticCode("PLAN003", "a value of the wrong type", example: "staff: 六")
    public static let notInSet = DiagnosticCode("PLAN004", "a value outside its set", example: "mode: online")
    public static let outOfRange = DiagnosticCode("PLAN005", "a number outside its range", example: "category: 5")
    public static let badDate = DiagnosticCode("PLAN006", "a date or time that cannot be read", example: "start: 2026-13-03 09:00")
    public static let endBeforeStart = DiagnosticCode("PLAN007", "`end` is before `start`", example: "start: 2026-12-03 09:00, end: 2026-12-02 09:00")
    public static let duplicateID = DiagnosticCode("PLAN008", "two people share an id", example: "people: [{id: P1, …}, {id: P1, …}]")
    public static let unknownPerson = DiagnosticCode("PLAN009", "a reference to a person id that does not exist", example: "people: [P9] in a zone")
    public static let unknownUnit = DiagnosticCode("PLAN010", "a reference to a unit that does not exist", example: "people: {unit: 县外事办}")
    public static let unknownRank = DiagnosticCode("PLAN011", "a rank that is not in the rank table", example: "rank: 正军级")
    public static let controlCharacter = DiagnosticCode("PLAN012", "control characters in a name or text", example: "name: \"张\\u0007三\"")
    public static let unsupportedVersion = DiagnosticCode("PLAN013", "an unsupported plan version", example: "version: 2")
    public static let emptyValue = DiagnosticCode("PLAN014", "a required text is empty", example: "title: \"\"")
    public static let duplicateValue = DiagnosticCode("PLAN015", "a list repeats a value that must be unique", example: "units: [县委办, 县委办]")
    public static let planUnreadable = DiagnosticCode("PLAN016", "a plan file is missing or unreadable", example: "banhui check no-such-plan.yaml")
    public static let invisibleCharacter = DiagnosticCode("PLAN017", "bidirectional controls or zero-width characters in a name, unit or title", example: "name: \"张\\u200B三\"")
    public static let nameTooLong = DiagnosticCode("PLAN018", "a name longer than 32 characters", example: "name: 张三张三张三… (33 characters)")
    public static let planEncoding = DiagnosticCode("YAML002", "a plan file is not UTF-8 (located at the first invalid byte)", example: "a plan saved as GB18030")
    public static let slotOutsideMeeting = DiagnosticCode("PLAN019", "a schedule slot outside the meeting's dates (报到 up to 2 days before, 离会 up to 2 days after)", example: "schedule: [{date: 2027-01-05, …}] for a meeting on 2026-12-03")

    public static let rosterUnreadable = DiagnosticCode("ROSTER001", "a roster file is missing or unreadable", example: "people: [missing.csv]")
    public static let rosterEmpty = DiagnosticCode("ROSTER002", "a roster file is empty or has no data rows", example: "an empty roster.csv")
    public static let rosterFormat = DiagnosticCode("ROSTER003", "a roster file is not CSV or XLSX", example: "people: [roster.pdf]")
    public static let rosterMissingName = DiagnosticCode("ROSTER004", "a roster row has no name", example: "P3,,县委办")
    public static let rosterHeader = DiagnosticCode("ROSTER005", "a roster has no name column in its header", example: "编号,单位")
    public static let rosterMalformed = DiagnosticCode("ROSTER006", "a malformed roster row or cell", example: "P3,\"张三,县委办")
    public static let rosterEncoding = DiagnosticCode("ROSTER007", "a roster file is neither UTF-8 nor GB18030", example: "a UTF-16 CSV")

    public static let planTooLarge = DiagnosticCode("LIMIT001", "a plan file larger than 16 MB", example: "a 20 MB meeting.yaml")
    public static let nestingTooDeep = DiagnosticCode("LIMIT002", "YAML nested deeper than 64 levels", example: "a: [[[[…]]]] (65 levels)")
    public static let tooManyNodes = DiagnosticCode("LIMIT003", "more than 100,000 YAML nodes once aliases are expanded (a bomb of nested aliases; long lists belong in a roster)", example: "a: &a [x, x, …], b: &b [*a, *a, …], …")
    public static let rosterTooLarge = DiagnosticCode("LIMIT004", "a roster file larger than 64 MB", example: "people: [huge.csv] (200 MB)")
    public static let tooManyRows = DiagnosticCode("LIMIT005", "a roster with more than 100,000 data rows", example: "a CSV with 100,001 rows under its header")
    public static let partTooLarge = DiagnosticCode("LIMIT006", "an XLSX part larger than 64 MB uncompressed (from the zip directory, before inflating)", example: "a 1 MB workbook whose sheet inflates to 2 GB")
    public static let cellReference = DiagnosticCode("LIMIT007", "an XLSX cell or row reference outside A1…XFD1048576, or a roster row of more than 16,384 columns", example: "<c r=\"AAAAAAAAAAAA1\">, <row r=\"-7\">")
    public static let moreDiagnostics = DiagnosticCode("DIAG001", "more than 100 problems in one file: the rest are counted in one line", example: "a roster with 5,000 rows without names")
    public static let unsafeMeetingID = DiagnosticCode(
        "FILE001", "`meeting.id` is not one safe folder name (letters, digits, `-`, `_`, `.`; not starting with `.`; at most 64 bytes)",
        example: "id: ../../outside")
    public static let chartNameCollision = DiagnosticCode(
        "FILE002", "two zones would write the same seating chart file", example: "zone: a/b and zone: a_b (both seating-a_b.svg)")
    public static let chartNameTooLong = DiagnosticCode(
        "FILE003", "a zone name makes its seating chart's file name longer than 255 bytes", example: "zone: (a name of 90 Han characters)")

    public static let logisticsConflict = DiagnosticCode(
        "LOG001", "logistics sections that contradict each other or the plan", example: "groups: […] with meeting: {group_discussion: false}")
    public static let groupWithoutConvener = DiagnosticCode("LOG002", "a group without a convener (召集人)", example: "groups: [{id: g1, name: 第一组, members: rest}]")
    public static let logisticsListTooLong = DiagnosticCode(
        "LIMIT008", "a logistics list beyond its limit (500 groups, 100 hotels, 20,000 rooms, 200 meals, 2,000 vehicles, 500 trips, 60 nights)",
        example: "meals: (201 meals)")

    public static let catalogue: [DiagnosticCode] = [
        yamlSyntax, missingKey, unknownKey, wrongType, notInSet, outOfRange, badDate, endBeforeStart,
        duplicateID, unknownPerson, unknownUnit, unknownRank, controlCharacter, unsupportedVersion,
        emptyValue, duplicateValue, planUnreadable, invisibleCharacter, nameTooLong, planEncoding, slotOutsideMeeting,
        rosterUnreadable, rosterEmpty, rosterFormat, rosterMissingName, rosterHeader, rosterMalformed, rosterEncoding,
        planTooLarge, nestingTooDeep, tooManyNodes, rosterTooLarge, tooManyRows, partTooLarge, cellReference, moreDiagnostics,
        unsafeMeetingID, chartNameCollision, chartNameTooLong, logisticsConflict, groupWithoutConvener, logisticsListTooLong,
    ]
}

extension DiagnosticCode {
    /// The codes as a Markdown reference (docs/diagnostics.md is this text; a test keeps it fresh).
    public static func markdownReference(_ codes: [DiagnosticCode]) -> String {
        var lines = [
            "# Diagnostic codes",
            "",
            "Every problem in a plan, roster or layout is printed as `file:line:column: error: [CODE] message`.",
            "Codes are stable. Regenerate this file with `banhui check --list-codes > docs/diagnostics.md`.",
            "",
            "| code | meaning | example of input that triggers it |",
            "|---|---|---|",
        ]
        for code in codes {
            let example = code.example.replacingOccurrences(of: "|", with: "\\|")
            lines.append("| `\(code.id)` | \(code.meaning) | `\(example)` |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
