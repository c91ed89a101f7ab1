import Foundation
import Logistics
import MeetingPlan
import Seating

/// The documents `banhui export` can write (documents.md).
public enum DocumentKind: String, CaseIterable, Sendable {
    case notice, agenda, seating, cards, signin, ics
    /// 个人日程单 and the 会务安排 workbook (logistics.md).
    case handbook, slips, logistics
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

/// A file of an export, named before it is built.
public struct PlannedFile: Sendable {
    public let name: String
    private let make: @Sendable () throws -> [UInt8]

    init(name: String, make: @escaping @Sendable () throws -> [UInt8]) {
        self.name = name
        self.make = make
    }

    public func build() throws -> [UInt8] { try make() }
}

/// A value computed the first time it is asked for and kept until each of its `users` has asked
/// for it, then let go (computed again if asked for once more). An export's documents are then
/// freed as soon as their last format is written, rather than all held to the end, and their
/// memory is reused by the next document instead of being fresh pages (3,000-delegate export:
/// peak 61 → 58 MB, page faults 12,700 → 11,300).
private final class OnceBuilt<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?
    private let users: Int
    private var waiting: Int
    private let compute: @Sendable () -> Value

    init(users: Int, _ compute: @escaping @Sendable () -> Value) {
        self.users = users
        waiting = users
        self.compute = compute
    }

    func value() -> Value {
        lock.withLock {
            let value = built ?? compute()
            waiting -= 1
            if waiting == 0 {
                built = nil
                waiting = users
            } else {
                built = value
            }
            return value
        }
    }
}

/// One value per index, set from several threads.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Value]

    init(repeating value: Value, count: Int) { stored = Array(repeating: value, count: count) }

    func set(_ value: Value, at index: Int) { lock.withLock { stored[index] = value } }

    var values: [Value] { lock.withLock { stored } }
}

/// Everything an export writes, computed in memory: the caller writes the files only when
/// every one of them was built.
public enum DocumentExport {
    /// Files in a fixed order: kinds as `DocumentKind.allCases`, DOCX, ODT, then XLSX. `earlier` are
    /// the plan's previous versions, oldest first (the calendar's SEQUENCE and cancelled events).
    public static func files(_ plan: Plan, seats: SeatPlan, logistics: LogisticsPlan = LogisticsPlan(),
                             kinds: Set<DocumentKind> = Set(DocumentKind.allCases),
                             formats: Set<OfficeFormat> = Set(OfficeFormat.allCases), earlier: [Plan] = []) throws -> [ExportFile] {
        let files = planned(plan, seats: seats, logistics: logistics, kinds: kinds, formats: formats, earlier: earlier)
        // The documents are independent, so they are built on every core; the files keep their
        // order, and the error reported is the first in that order, whichever finished first.
        let built = Slots<Result<[UInt8], any Error>>(repeating: .success([]), count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            built.set(Result { try files[index].build() }, at: index)
        }
        return try zip(files, built.values).map { ExportFile(name: $0.name, bytes: try $1.get()) }
    }

    /// The files `files` returns, named but not yet built (`banhui serve` lists them and builds
    /// one when it is downloaded).
    public static func planned(_ plan: Plan, seats: SeatPlan, logistics: LogisticsPlan = LogisticsPlan(),
                               kinds: Set<DocumentKind> = Set(DocumentKind.allCases),
                               formats: Set<OfficeFormat> = Set(OfficeFormat.allCases), earlier: [Plan] = []) -> [PlannedFile] {
        var files: [PlannedFile] = []
        let left = Set(skipped(plan, seats: seats, kinds: kinds).map(\.kind))
        for kind in DocumentKind.allCases where kinds.contains(kind) && !left.contains(kind) {
            if kind == .ics {
                files.append(PlannedFile(name: calendarFileName) { ICalendar.write(plan, earlier: earlier) })
            } else if kind == .logistics {
                // The 会务安排 is a workbook only, whatever office formats were asked for.
                files.append(PlannedFile(name: logisticsFileName) { try XLSXWriter.write(LogisticsWorkbook.build(plan, logistics: logistics)) })
            } else if formats.contains(.docx) || formats.contains(.odt) {
                // Built once for both formats, when the first of them is.
                let users = (formats.contains(.docx) ? 1 : 0) + (formats.contains(.odt) ? 1 : 0)
                let document = OnceBuilt(users: users) { build(kind, plan: plan, seats: seats, logistics: logistics) }
                if formats.contains(.docx) {
                    files.append(PlannedFile(name: "\(kind.rawValue).docx") { try document.value().map(DOCXWriter.write) ?? [] })
                }
                if formats.contains(.odt) {
                    files.append(PlannedFile(name: "\(kind.rawValue).odt") { try document.value().map(ODTWriter.write) ?? [] })
                }
            }
            if formats.contains(.xlsx), kind == .seating || kind == .signin {
                files.append(PlannedFile(name: "\(kind.rawValue).xlsx") { try workbook(kind, plan: plan, seats: seats).map(XLSXWriter.write) ?? [] })
            }
            if kind == .notice, plan.notice != nil {
                // The 回执 to fill in goes with the notice, whatever office formats were asked for.
                files.append(PlannedFile(name: receiptFileName) { try XLSXWriter.write(ReceiptWorkbook.build(plan)) })
            }
            if kind == .seating {
                // The charts go with the seating tables, whatever office formats were asked for.
                for zone in seats.zones {
                    files.append(PlannedFile(name: plan.seatingChartName(zone: zone.name)) { try SeatingChart.svgBytes(zone, plan: plan) })
                }
            }
        }
        return files
    }

    static let calendarFileName = "meeting.ics"
    static let receiptFileName = "receipt.xlsx"
    static let logisticsFileName = "logistics.xlsx"

    /// Whether an export of any plan could write a file of this name, so that a folder holding
    /// only such files is recognised as an earlier export that a new one may replace.
    public static func isExportFileName(_ name: String) -> Bool {
        if name == calendarFileName || name == receiptFileName || name == logisticsFileName { return true }
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
        case .notice, .agenda, .cards, .ics, .handbook, .slips, .logistics: return nil
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
            case .handbook where plan.logistics.isEmpty:
                return SkippedDocument(kind: kind, reason: "计划没有会务部分（groups、lodging、meals、transport、registration、staff_contacts、handbook）")
            case .slips where !plan.logistics.hasAssignments, .logistics where !plan.logistics.hasAssignments:
                return SkippedDocument(kind: kind, reason: "计划没有 groups:、group_assign:、lodging:、meals: 或 transport: 部分")
            default:
                return nil
            }
        }
    }

    /// The office document of a kind, characters outside GB2312 set in the GBK faces, with the
    /// organizer and 成文日期 as its properties; nil for the calendar, which is not one, and for a
    /// notice without a `notice:` section.
    public static func build(_ kind: DocumentKind, plan: Plan, seats: SeatPlan, logistics: LogisticsPlan = LogisticsPlan()) -> OfficeDocument? {
        var document: OfficeDocument
        switch kind {
        case .notice:
            guard let notice = NoticeDocument.build(plan) else { return nil }
            document = notice
        case .agenda: document = AgendaDocument.build(plan)
        case .seating: document = SeatingTables.build(plan, seats: seats)
        case .cards: document = NameCards.build(plan, seats: seats)
        case .signin: document = SignInSheet.build(plan, seats: seats)
        case .handbook: document = Handbook.build(plan, seats: seats, logistics: logistics)
        case .slips: document = Slips.build(plan, seats: seats, logistics: logistics)
        case .ics, .logistics: return nil
        }
        document.author = plan.meeting.organizer
        document.created = plan.notice?.issued
        return GBKFallback.apply(document)
    }
}
