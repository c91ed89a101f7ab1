// The registry of diagnostic codes: every code of every module is defined in this file and listed
// once in `DiagnosticCode.registry`, which `banhui check --list-codes` prints (docs/diagnostics.md)
// and a test keeps free of duplicates. Quota's rule ids (MTG-…, DOC-…) are rules, not codes.

/// A stable diagnostic code with what it means and an example, so the documentation is derived
/// from the code.
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
    public static let unsafeSlotID = DiagnosticCode(
        "PLAN020", "a schedule slot `id` that is not one safe name (letters, digits, `-`, `_`, `.`; not starting with `.`; at most 64 bytes)",
        example: "schedule: [{id: \"报到 日\", …}]")
    public static let lineBreak = DiagnosticCode(
        "PLAN021", "a line break (\\n, \\r, U+0085, U+2028, U+2029) in a one-line text: titles, names, units, places, items (only the notice's purpose, attendees and requirements may hold paragraphs)",
        example: "title: \"会议\\n::error::伪造\"")

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

    public static let textTooLong = DiagnosticCode(
        "LIMIT010", "a text longer than its bound: 200 characters for a unit or 职务, 500 for any other one-line text (a title, venue, place, item, note, phone, roster cell), 5,000 for a paragraph of the notice",
        example: "units: [(a unit name of 201 characters)]")
    public static let attachmentUnreadable = DiagnosticCode("NOTICE001", "a notice attachment's file is missing or unreadable",
                                                            example: "attachments: [{title: 分组名单, file: missing.csv}]")
    public static let attachmentFormat = DiagnosticCode(
        "NOTICE002", "a notice attachment's file is not a readable CSV table: not .csv, neither UTF-8 nor GB18030, no header, an unclosed quote, a line break in a cell, a row with a cell past the header's columns",
        example: "attachments: [{title: 材料目录, file: list.xlsx}]")
    public static let attachmentContent = DiagnosticCode("NOTICE003", "a notice attachment with neither or both of `file` and `text`",
                                                         example: "attachments: [{title: 材料目录}]")
    public static let headerValue = DiagnosticCode(
        "NOTICE004", "a 版头 value in the wrong form: 份号 not 1–6 digits, 保密期限 not N年 / N个月 / 长期 or without 密级, 密级 without 份号, 签发人 without 发文字号, an empty list of 签发人 or more than 10",
        example: "copy_number: A12")
    public static let attachmentTooLarge = DiagnosticCode(
        "LIMIT009", "more than 20 notice attachments, or one over 1 MB, 2,000 rows, 12 columns or 20,000 characters of text",
        example: "attachments: [{title: 名单, file: huge.csv}] (13 columns)")
    public static let sessionUnknownZone = DiagnosticCode(
        "SESSION001", "a schedule slot's `zones:` names a zone that is not in `seating:`", example: "schedule: [{id: prep, zones: [预备会场]}] without that zone")
    public static let sessionZoneTaken = DiagnosticCode(
        "SESSION002", "a zone named by two slots' `zones:`, or by a slot and a group's `zone:` (each session seats its own zone)",
        example: "schedule: [{id: d1, zones: [台下]}, {id: d2, zones: [台下]}]")
    public static let sessionWithoutID = DiagnosticCode(
        "SESSION003", "a schedule slot with `zones:` but no `id:` (the session's charts and changes are named by it)",
        example: "schedule: [{date: 2026-12-14, item: 预备会议, zones: [预备会场]}]")
    public static let groupZoneConflict = DiagnosticCode(
        "SESSION004", "a group's `zone:` that also lists `people:` or `hosts:` (the group's members are its people), or that two groups name",
        example: "groups: [{id: g1, zone: 第一会议室, …}] with seating: [{zone: 第一会议室, people: rest, …}]")

    static let planCodes: [DiagnosticCode] = [
        yamlSyntax, missingKey, unknownKey, wrongType, notInSet, outOfRange, badDate, endBeforeStart,
        duplicateID, unknownPerson, unknownUnit, unknownRank, controlCharacter, unsupportedVersion,
        emptyValue, duplicateValue, planUnreadable, invisibleCharacter, nameTooLong, planEncoding, slotOutsideMeeting, unsafeSlotID, lineBreak,
        rosterUnreadable, rosterEmpty, rosterFormat, rosterMissingName, rosterHeader, rosterMalformed, rosterEncoding,
        planTooLarge, nestingTooDeep, tooManyNodes, rosterTooLarge, tooManyRows, partTooLarge, cellReference, moreDiagnostics,
        unsafeMeetingID, chartNameCollision, chartNameTooLong, logisticsConflict, groupWithoutConvener, logisticsListTooLong,
        attachmentUnreadable, attachmentFormat, attachmentContent, headerValue, attachmentTooLarge, textTooLong,
        sessionUnknownZone, sessionZoneTaken, sessionWithoutID, groupZoneConflict,
    ]
}

extension DiagnosticCode {
    /// Every code, in the order of docs/diagnostics.md: plans and rosters, seating, logistics, the 办会 loop, documents.
    public static let registry: [DiagnosticCode] = planCodes + SeatingCodes.all + LogisticsCodes.all + loopCodes + DocumentCodes.all + [planEdit]
}

/// Codes of the 办会 loop (changes.md): stable seating and returned 回执.
extension DiagnosticCode {
    public static let stableKind = DiagnosticCode("CHANGE001", "`stable: true` on a zone that always re-seats by protocol (rostrum, photo, talks)",
                                                  example: "kind: rostrum, stable: true")
    public static let receiptNotInList = DiagnosticCode("RECEIPT001", "a 回执 value outside its drop-down list (性别, 职级, 是否住宿)",
                                                        example: "性别: 男性")
    public static let receiptDuplicate = DiagnosticCode("RECEIPT002", "the same person (name and unit) reported twice in the 回执",
                                                        example: "张三 of 城关镇 in two files")
    public static let receiptUnknownUnit = DiagnosticCode("RECEIPT003", "a 回执 whose 单位 is not in the plan's `units:`",
                                                          example: "单位: 城关镇政府 when units lists 城关镇")
    public static let receiptNoUnit = DiagnosticCode("RECEIPT004", "a 回执 that names no 单位, neither in its 单位 cell nor in its rows",
                                                     example: "an empty 单位 cell and an empty 单位 column")
    public static let receiptSkipped = DiagnosticCode("RECEIPT005", "a file in the 回执 folder that is not .xlsx or .csv (warning; skipped)",
                                                      example: "回执说明.docx")

    public static let receiptOverLimit = DiagnosticCode(
        "RECEIPT006", "a 回执 value the plan would refuse: a 姓名 over 32 characters, a 单位 or 职务 over 200 or another cell over 500 (LIMIT010's bounds), a line break, invisible characters, an empty 姓名/单位/职务",
        example: "姓名: 张三张三张三… (33 characters)")
    static let loopCodes: [DiagnosticCode] = [
        stableKind, receiptNotInList, receiptDuplicate, receiptUnknownUnit, receiptNoUnit, receiptSkipped, receiptOverLimit,
    ]
}

/// The code of `banhui serve`'s editing core (PlanEditing): the reasons are in the message.
extension DiagnosticCode {
    public static let planEdit = DiagnosticCode("EDIT001", "an edit from `banhui serve` that cannot be written into the plan (a zone that is not there, a plan that is not YAML)",
                                                example: "POST /api/pin {\"zone\": \"无此区\", …}")
}

/// Diagnostic codes of the seating engine.
public enum SeatingCodes {
    public static let tooManyPeople = DiagnosticCode("SEAT001", "more people in a zone than it has seats", example: "rows: [5] with 6 people")
    public static let seatedTwice = DiagnosticCode("SEAT002", "a person seated twice in the plenary (rostrum and hall zones)", example: "P1 in 主席台 and in 台下")
    public static let unknownLayout = DiagnosticCode("SEAT003", "an unknown layout", example: "layout: no-such-hall")
    public static let selectsNobody = DiagnosticCode("SEAT004", "a zone's selector selects nobody", example: "people: {role: press} with no press")
    public static let unknownCharacter = DiagnosticCode("SEAT005", "a Han character missing from the stroke or pinyin data", example: "name: 𠀾明 with tiebreak [strokes]")
    public static let nameDataMissing = DiagnosticCode("SEAT006", "the stroke or pinyin data file cannot be read", example: "BANHUI_STROKE_DATA=/nonexistent")
    public static let layoutKind = DiagnosticCode("SEAT007", "a layout used by a zone of another kind", example: "kind: banquet with layout: county-auditorium")
    public static let talksParties = DiagnosticCode("SEAT008", "a talks zone without hosts and guests, or with other people", example: "kind: talks, hosts: [H1] and no guests")
    public static let pinnedSeat = DiagnosticCode("SEAT009", "a pinned or held seat that the zone does not have or that its layout closes", example: "hold: [{row: 30, seat: 1}] in a hall of 20 rows")
    public static let notInZone = DiagnosticCode("SEAT010", "a pinned, swapped or table-hosting person who is not seated in the zone", example: "pins: [{person: P9, row: 1, seat: 1}] with P9 in another zone")
    public static let unusableLayout = DiagnosticCode("SEAT011", "a talks layout whose shape cannot seat the arrangement", example: "kind: talks, layout: banquet-1 or arrangement: side-by-side with a long table")
    public static let pinBreaksProtocol = DiagnosticCode("SEAT101", "warning: a pin or swap seats a person ahead of someone more senior, or outside their unit's area", example: "pins: [{person: P9, row: 1, seat: 3}] on the rostrum's centre seat")
    public static let hostRatio = DiagnosticCode("SEAT102", "warning: a banquet with guests seats more of the host side than the 公务接待 rule allows (3 for up to 10 visitors, else a third of them)", example: "hosts: [H1, H2, H3, H4] with guests: [G1, G2]")

    static let all = [tooManyPeople, seatedTwice, unknownLayout, selectsNobody, unknownCharacter, nameDataMissing,
                      layoutKind, talksParties, pinnedSeat, notInZone, unusableLayout, pinBreaksProtocol, hostRatio]
}

/// Diagnostic codes of the assignment: conflicts between the plan's lists and the people, and
/// every shortage of rooms, tables and car places (with the numbers).
public enum LogisticsCodes {
    public static let inTwoGroups = DiagnosticCode("LOG101", "a person in two groups", example: "P5 in g1's members and in g2's")
    public static let officerNotMember = DiagnosticCode("LOG102", "a group's convener, deputy or liaison who is not one of its members",
                                                        example: "convener: P3 with members: {units: [县财政局]} and P3 of 县委办")
    public static let memberNotAttending = DiagnosticCode("LOG103", "a group member who does not attend (role: staff)", example: "members: [P40] with P40 role: staff")
    public static let groupsShortage = DiagnosticCode("LOG104", "more automatic groups than units to split, or a group with nobody",
                                                      example: "group_assign: {groups: 6} with people of 4 units")
    public static let missingGender = DiagnosticCode("LOG105", "people sharing double rooms without a gender", example: "a delegate below single_from without gender:")
    public static let roomShortage = DiagnosticCode("LOG106", "not enough rooms of a type", example: "需单间 23 间，可用 20 间")
    public static let roomPin = DiagnosticCode("LOG107", "a room or hotel pin that cannot be kept (full, or of another type)", example: "room: \"101\" for two people in a single")
    public static let tableShortage = DiagnosticCode("LOG108", "a meal with more people than its tables seat", example: "meals: [{tables: 10, table_size: 10}] for 120 people")
    public static let carShortage = DiagnosticCode("LOG109", "a trip with more people than its vehicles' places", example: "a trip of 50 people with one 45-seat coach")
    public static let unlistedStaff = DiagnosticCode("LOG110", "meeting.staff counts staff who are not people of the plan, so they get no room or table and the person-nights, person-meals and 会议费 leave them out (warning)",
                                                     example: "meeting: {staff: 6} with lodging: and two people of role: staff")

    static let all = [inTwoGroups, officerNotMember, memberNotAttending, groupsShortage, missingGender, roomShortage, roomPin,
                      tableShortage, carShortage, unlistedStaff]
}

/// Diagnostic codes of the documents (`banhui check --list-codes`).
public enum DocumentCodes {
    /// The code `banhui validate` reports problems under.
    public static let invalidDocument = DiagnosticCode("DOC001", "an office file breaks its format's package rules or schema",
                                                       example: "banhui validate broken.docx")
    public static let skipped = DiagnosticCode("DOC002", "a document the plan has no section for is not written (info)",
                                               example: "a plan without notice: exported with the default --only")
    public static let gbkFallback = DiagnosticCode("DOC003", "a name character outside GB2312 is set in the GBK faces (warning)",
                                                   example: "name: 李喆")
    public static let fontFallback = DiagnosticCode("DOC004", "a GB/T 9704 face is missing on this machine, so the PDF sets that style in another face (warning)",
                                                    example: "banhui export meeting.yaml --format pdf without 仿宋_GB2312 or the Fandol faces")
    static let all = [invalidDocument, skipped, gbkFallback, fontFallback]
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
