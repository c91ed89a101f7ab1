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

/// One file of the export, by name inside the output folder.
public struct ExportFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
}

/// Everything an export writes, computed in memory: the caller writes the files only when
/// every one of them was built.
public enum DocumentExport {
    /// Files in a fixed order: kinds as `DocumentKind.allCases`, DOCX before ODT.
    public static func files(_ plan: Plan, seats: SeatPlan, kinds: Set<DocumentKind> = Set(DocumentKind.allCases),
                             formats: Set<OfficeFormat> = Set(OfficeFormat.allCases)) throws -> [ExportFile] {
        var files: [ExportFile] = []
        for kind in DocumentKind.allCases where kinds.contains(kind) {
            if let document = build(kind, plan: plan, seats: seats) {
                for format in OfficeFormat.allCases where formats.contains(format) {
                    files.append(ExportFile(name: "\(kind.rawValue).\(format.rawValue)", bytes: try format.render(document)))
                }
            } else {
                files.append(ExportFile(name: "meeting.ics", bytes: ICalendar.write(plan)))
            }
            if kind == .notice, plan.notice != nil {
                // The 回执 to fill in goes with the notice, whatever office formats were asked for.
                files.append(ExportFile(name: "receipt.xlsx", bytes: try ReceiptWorkbook.build(plan)))
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

    /// The office document of a kind; nil for the calendar, which is not one.
    public static func build(_ kind: DocumentKind, plan: Plan, seats: SeatPlan) -> OfficeDocument? {
        switch kind {
        case .notice: return NoticeDocument.build(plan)
        case .agenda: return AgendaDocument.build(plan)
        case .seating: return SeatingTables.build(plan, seats: seats)
        case .cards: return NameCards.build(plan, seats: seats)
        case .signin: return SignInSheet.build(plan, seats: seats)
        case .ics: return nil
        }
    }
}
