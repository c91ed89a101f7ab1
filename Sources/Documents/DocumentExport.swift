import MeetingPlan
import Seating

/// The documents `banhui export` can write (documents.md).
public enum DocumentKind: String, CaseIterable, Sendable {
    case notice, agenda, seating, cards, signin, ics
}

/// `--format`: word-processing files, and spreadsheets for the documents that have that form.
public enum OfficeFormat: String, CaseIterable, Sendable {
    case docx, odt, xlsx
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
    /// Files in a fixed order: kinds as `DocumentKind.allCases`, DOCX, ODT, then XLSX. `earlier` are
    /// the plan's previous versions, oldest first (the calendar's SEQUENCE and cancelled events).
    public static func files(_ plan: Plan, seats: SeatPlan, kinds: Set<DocumentKind> = Set(DocumentKind.allCases),
                             formats: Set<OfficeFormat> = Set(OfficeFormat.allCases), earlier: [Plan] = []) throws -> [ExportFile] {
        var files: [ExportFile] = []
        let left = Set(skipped(plan, seats: seats, kinds: kinds).map(\.kind))
        for kind in DocumentKind.allCases where kinds.contains(kind) && !left.contains(kind) {
            if kind == .ics {
                files.append(ExportFile(name: calendarFileName, bytes: ICalendar.write(plan, earlier: earlier)))
            } else if formats.contains(.docx) || formats.contains(.odt), let document = build(kind, plan: plan, seats: seats) {
                if formats.contains(.docx) { files.append(ExportFile(name: "\(kind.rawValue).docx", bytes: try DOCXWriter.write(document))) }
                if formats.contains(.odt) { files.append(ExportFile(name: "\(kind.rawValue).odt", bytes: try ODTWriter.write(document))) }
            }
            if formats.contains(.xlsx), let workbook = workbook(kind, plan: plan, seats: seats) {
                files.append(ExportFile(name: "\(kind.rawValue).xlsx", bytes: try XLSXWriter.write(workbook)))
            }
            if kind == .notice, plan.notice != nil {
                // The 回执 to fill in goes with the notice, whatever office formats were asked for.
                files.append(ExportFile(name: receiptFileName, bytes: try XLSXWriter.write(ReceiptWorkbook.build(plan))))
            }
            if kind == .seating {
                // The charts go with the seating tables, whatever office formats were asked for.
                for zone in seats.zones {
                    files.append(ExportFile(name: ExportNames.seatingChart(zone: zone.name), bytes: Array(try SeatingChart.svg(zone, plan: plan).utf8)))
                }
            }
        }
        return files
    }

    static let calendarFileName = "meeting.ics"
    static let receiptFileName = "receipt.xlsx"

    /// Whether an export of any plan could write a file of this name, so that a folder holding
    /// only such files is recognised as an earlier export that a new one may replace.
    public static func isExportFileName(_ name: String) -> Bool {
        if name == calendarFileName || name == receiptFileName { return true }
        if name.hasPrefix("seating-") && name.hasSuffix(".svg") { return true }
        return (DocumentKind.allCases.map(\.rawValue) + ChangeExport.documentNames).contains { base in
            (OfficeFormat.allCases.map(\.rawValue) + ["pdf"]).contains { name == "\(base).\($0)" }
        }
    }

    /// The spreadsheet form of a kind, for those that have one.
    public static func workbook(_ kind: DocumentKind, plan: Plan, seats: SeatPlan) -> Workbook? {
        switch kind {
        case .seating: return SeatingWorkbook.build(plan, seats: seats)
        case .signin: return SignInWorkbook.build(plan, seats: seats)
        case .notice, .agenda, .cards, .ics: return nil
        }
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

    /// The office document of a kind, characters outside GB2312 set in the GBK faces, with the
    /// organizer and 成文日期 as its properties; nil for the calendar, which is not one, and for a
    /// notice without a `notice:` section.
    public static func build(_ kind: DocumentKind, plan: Plan, seats: SeatPlan) -> OfficeDocument? {
        var document: OfficeDocument
        switch kind {
        case .notice:
            guard let notice = NoticeDocument.build(plan) else { return nil }
            document = notice
        case .agenda: document = AgendaDocument.build(plan)
        case .seating: document = SeatingTables.build(plan, seats: seats)
        case .cards: document = NameCards.build(plan, seats: seats)
        case .signin: document = SignInSheet.build(plan, seats: seats)
        case .ics: return nil
        }
        document.author = plan.meeting.organizer
        document.created = plan.notice?.issued
        return GBKFallback.apply(document)
    }
}
