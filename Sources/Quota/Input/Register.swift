import MeetingPlan
import PlanReading

/// A unit-year register (a YAML file with a top-level `register:` key): what a unit issued and
/// held last year, for the year-on-year rules.
public struct Register: Sendable {
    public var file: String
    public var unit: String
    public var unitKind: OrganizerKind?
    public var year: Int
    public var documentsIssued: Int?
    public var documentsPrevYear: Int?
    public var meetingsPrevYear: Int?
    public var writtenExplanationFiled: Bool
    public var comprehensiveInspectionItems: Int?
    public var marks: Marks

    public init(file: String, unit: String, unitKind: OrganizerKind? = nil, year: Int, documentsIssued: Int? = nil,
                documentsPrevYear: Int? = nil, meetingsPrevYear: Int? = nil, writtenExplanationFiled: Bool = false,
                comprehensiveInspectionItems: Int? = nil, marks: Marks = Marks(SourceLocation(file: ""))) {
        self.file = file
        self.unit = unit
        self.unitKind = unitKind
        self.year = year
        self.documentsIssued = documentsIssued
        self.documentsPrevYear = documentsPrevYear
        self.meetingsPrevYear = meetingsPrevYear
        self.writtenExplanationFiled = writtenExplanationFiled
        self.comprehensiveInspectionItems = comprehensiveInspectionItems
        self.marks = marks
    }

    static let keys = ["unit", "unit_kind", "year", "documents_issued", "documents_prev_year", "meetings_prev_year",
                       "written_explanation_filed", "comprehensive_inspection_items"]

    /// Reads a parsed register file; logs every problem and returns nil when it is unusable.
    public static func decode(_ root: Node, file: String, log: DiagnosticLog) -> Register? {
        guard let top = MapReader(root, path: "", known: ["register"], log: log),
              let map = top.map("register", known: keys, required: true) else { return nil }
        let unit = map.string("unit", required: true)
        let year = map.int("year", in: 1949...9999, required: true)
        let count = 0...1_000_000
        let register = Register(
            file: file, unit: unit ?? "", unitKind: map.choice("unit_kind", OrganizerKind.self), year: year ?? 0,
            documentsIssued: map.int("documents_issued", in: count), documentsPrevYear: map.int("documents_prev_year", in: count),
            meetingsPrevYear: map.int("meetings_prev_year", in: count),
            writtenExplanationFiled: map.bool("written_explanation_filed") ?? false,
            comprehensiveInspectionItems: map.int("comprehensive_inspection_items", in: count),
            marks: Marks(map.node, path: "register"))
        return unit == nil || year == nil ? nil : register
    }
}
