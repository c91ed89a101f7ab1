import Changes
import Logistics
import MeetingPlan
import Seating

/// The files `banhui export NEW --changes-from OLD` writes beside the usual ones (changes.md):
/// the 座次调整单, the 桌签 to reprint, the 个人日程单 (slips) of the people whose slip changed,
/// the charts with changed seats marked (replacing the plain ones) and, when the time, place or
/// agenda changed, the 变更通知.
public enum ChangeExport {
    /// The change documents' file names without their extension (`.docx`, `.odt`).
    static let documentNames = ["changes", "cards-changed", "slips-changed", "notice-change"]

    public static func files(old: Plan, new: Plan, seats: SeatPlan, logistics: LogisticsPlan, changes: PlanChanges, kinds: Set<DocumentKind>,
                             formats: Set<OfficeFormat>) throws -> [ExportFile] {
        var documents: [(name: String, document: OfficeDocument)] = [("changes", ChangeSheet.build(new, changes: changes))]
        if kinds.contains(.cards), !changes.reprintCards.isEmpty {
            let cards = new.people(withIDs: changes.reprintCards.lazy.map(\.id))
            documents.append(("cards-changed", NameCards.build(new, cards: cards, sizedFor: Attendance.seatedPeople(new, seats: seats))))
        }
        let slipHolders = changes.changedSlipHolders
        if kinds.contains(.slips), new.logistics.hasAssignments, !slipHolders.isEmpty {
            var slips = GBKFallback.apply(Slips.build(new, seats: seats, logistics: logistics, only: slipHolders))
            slips.title = "\(new.meeting.title)个人日程单（调整）"
            documents.append(("slips-changed", slips))
        }
        if kinds.contains(.notice), let notice = ChangeNotice.build(old: old, new: new, changes: changes) {
            documents.append(("notice-change", notice))
        }
        var files: [ExportFile] = []
        for (name, document) in documents {
            if formats.contains(.docx) { files.append(ExportFile(name: "\(name).docx", bytes: try DOCXWriter.write(document))) }
            if formats.contains(.odt) { files.append(ExportFile(name: "\(name).odt", bytes: try ODTWriter.write(document))) }
        }
        if kinds.contains(.seating) {
            for zone in seats.zones {
                files.append(ExportFile(name: new.seatingChartName(zone: zone.name),
                                        bytes: try SeatingChart.svgBytes(zone, plan: new, changes: changes)))
            }
        }
        return files
    }

    /// `base` with each file of `changes` replacing the one of the same name, the others added after.
    public static func merged(_ base: [ExportFile], with changes: [ExportFile]) -> [ExportFile] {
        let replacing = Dictionary(changes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Set(base.map(\.name))
        return base.map { replacing[$0.name] ?? $0 } + changes.filter { !names.contains($0.name) }
    }
}
