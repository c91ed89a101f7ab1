import MeetingPlan
import Seating

/// The documents `banhui export` can write (documents.md).
public enum DocumentKind: String, CaseIterable, Sendable {
    case notice, agenda, seating, cards, signin, ics
}

public enum OfficeFormat: String, CaseIterable, Sendable {
    case docx, odt

    func render(_ document: OfficeDocument) throws -> [UInt8] {
        switch self {
        case .docx: return try DOCXWriter.write(document)
        case .odt: return try ODTWriter.write(document)
        }
    }
}

/// A document the plan has no section for, and why it was left out.
public struct SkippedDocument: Sendable, Equatable {
    public var kind: DocumentKind
    public var reason: String
}

/// One file of the export, by name inside the output folder.
public struct ExportFile: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// Everything an export writes, computed in memory: the caller writes the files only when
/// every one of them was built.
public enum DocumentExport {
    /// Files in a fixed order: kinds as `DocumentKind.allCases`, DOCX before ODT.
    public static func files(_ plan: Plan, seats: SeatPlan, kinds: Set<DocumentKind> = Set(DocumentKind.allCases),
                             formats: Set<OfficeFormat> = Set(OfficeFormat.allCases)) throws -> [ExportFile] {
        var files: [ExportFile] = []
        let left = Set(skipped(plan, seats: seats, kinds: kinds).map(\.kind))
        for kind in DocumentKind.allCases where kinds.contains(kind) && !left.contains(kind) {
            if kind == .ics {
                files.append(ExportFile(name: "meeting.ics", bytes: ICalendar.write(plan)))
            } else if let document = build(kind, plan: plan, seats: seats) {
                for format in OfficeFormat.allCases where formats.contains(format) {
                    files.append(ExportFile(name: "\(kind.rawValue).\(format.rawValue)", bytes: try format.render(document)))
                }
            }
            if kind == .seating {
                // The charts go with the seating tables, whatever office formats were asked for.
                for zone in seats.zones {
                    files.append(ExportFile(name: "seating-\(fileNamePart(zone.name)).svg", bytes: Array(try SeatingChart.svg(zone, plan: plan).utf8)))
                }
            }
        }
        return files
    }

    /// A zone name made safe as part of a file name (no path separators or control characters).
    static func fileNamePart(_ name: String) -> String {
        String(name.map { $0 == "/" || $0 == "\\" || $0.asciiValue.map { $0 < 0x20 } == true ? "_" : $0 })
    }

    /// The asked-for documents the plan has no section for (documents.md: documents are written
    /// for what the plan holds), in `DocumentKind` order.
    public static func skipped(_ plan: Plan, seats: SeatPlan, kinds: Set<DocumentKind>) -> [SkippedDocument] {
        DocumentKind.allCases.filter(kinds.contains).compactMap { kind in
            switch kind {
            case .notice where plan.notice == nil:
                return SkippedDocument(kind: kind, reason: "计划没有 notice: 部分（主送机关、成文日期等）")
            case .agenda where plan.agenda.isEmpty && plan.schedule.isEmpty:
                return SkippedDocument(kind: kind, reason: "计划没有 agenda: 或 schedule: 部分")
            case .seating where seats.zones.isEmpty, .cards where seats.zones.isEmpty:
                return SkippedDocument(kind: kind, reason: "计划没有 seating: 部分（座区）")
            default:
                return nil
            }
        }
    }

    /// The office document of a kind, characters outside GB2312 set in the GBK faces; nil for
    /// the calendar, which is not one, and for a notice without a `notice:` section.
    public static func build(_ kind: DocumentKind, plan: Plan, seats: SeatPlan) -> OfficeDocument? {
        let document: OfficeDocument?
        switch kind {
        case .notice: document = NoticeDocument.build(plan)
        case .agenda: document = AgendaDocument.build(plan)
        case .seating: document = SeatingTables.build(plan, seats: seats)
        case .cards: document = NameCards.build(plan, seats: seats)
        case .signin: document = SignInSheet.build(plan, seats: seats)
        case .ics: document = nil
        }
        return document.map(GBKFallback.apply)
    }
}
