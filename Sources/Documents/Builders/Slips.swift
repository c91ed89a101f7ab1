import Logistics
import MeetingPlan
import Seating

/// `slips.docx/.odt` (个人日程单): one slip per person in 报到 order, four to an A4 page between
/// dashed cut lines: name and unit, every seat, the group and its place, hotel and room, meal
/// tables, and trips with vehicle and time.
public enum Slips {
    static let name = ParagraphStyle(id: "SlipName", name: "日程单姓名", font: .heiTi, size: 14, alignment: .left,
                                     lineHeight: 20, letterSpacing: 0)
    static let line = ParagraphStyle(id: "SlipLine", name: "日程单文字", size: 10.5, alignment: .left, lineHeight: 14, letterSpacing: 0)
    static let styles = [name, line]

    /// A4 with 10 mm margins: four slips of 69 mm fill the 277 mm text height.
    static let page = PageSetup(width: 210, height: 297, marginTop: 10, marginBottom: 10, marginLeft: 12, marginRight: 12,
                                footerDistance: 5, linePitch: nil)
    static let slipHeight = 68.0

    /// Slips of the given people (all, in 报到 order, when nil).
    public static func build(_ plan: Plan, seats: SeatPlan, logistics: LogisticsPlan, only: Set<String>? = nil) -> OfficeDocument {
        let facts = PersonLogistics(plan, logistics)
        let seatLines = seatTexts(seats, plan: plan)
        let ids = logistics.registrationOrder.filter { only?.contains($0) ?? true }
        let rows = ids.map { [TableCell(slip(for: $0, facts: facts, seats: seatLines))] }
        let table = Table(columnWidths: [page.textWidth], rows: rows, borders: .cutLines(0.5), minRowHeight: slipHeight)
        return OfficeDocument(title: "\(plan.meeting.title)个人日程单", page: page, pageNumbers: false, styles: styles,
                              blocks: rows.isEmpty ? [.paragraph(Paragraph(line, "（无）"))] : [.table(table)])
    }

    /// The lines of one slip.
    static func lines(for id: String, facts: PersonLogistics, seats: [String: [String]]) -> [String] {
        let person = facts.byID[id]
        var lines = seats[id] ?? []
        if let group = facts.group(id) {
            var text = "分组：\(group.name)"
            if let place = group.place { text += "（\(place)）" }
            if id == group.convener { text += " 召集人" } else if id == group.deputy { text += " 副召集人" } else if id == group.liaison { text += " 联络员" }
            lines.append(text)
        }
        if let room = facts.room(id) {
            lines.append("住宿：\(facts.lodgingText(id))")
            let partners = room.occupants.filter { $0 != id }.compactMap { facts.byID[$0]?.name }
            if !partners.isEmpty { lines[lines.count - 1] += " 同住：\(partners.joined(separator: "、"))" }
        }
        let meals = facts.logistics.meals.compactMap { meal -> String? in
            let text = facts.mealText(meal, id)
            return text.isEmpty ? nil : "\(PersonLogistics.mealTitle(meal.meal)) \(text)"
        }
        if !meals.isEmpty { lines.append("就餐：\(meals.joined(separator: "；"))") }
        for trip in facts.logistics.trips {
            let text = facts.tripText(trip, id)
            if !text.isEmpty { lines.append("乘车：\(PersonLogistics.tripTitle(trip.trip)) \(text)") }
        }
        if person != nil, lines.isEmpty { lines.append("（无会务安排）") }
        return lines
    }

    private static func slip(for id: String, facts: PersonLogistics, seats: [String: [String]]) -> [Paragraph] {
        let person = facts.byID[id]
        let head = [person?.name ?? id, person?.unit, person?.title].compactMap { $0 }.joined(separator: "　")
        return [Paragraph(name, head)] + lines(for: id, facts: facts, seats: seats).map { Paragraph(line, $0) }
    }

    /// Each person's seats, zone by zone: `座位：主席台 第2排第5号`, `座位：宴会厅 第3桌`.
    /// Each person's seats: `座位：主席台 第1排第5号`; a session's seat names the session first
    /// (`座位：预备会议（12月14日 8:30，第一会议室）预备会议主席台 第1排第5号`).
    static func seatTexts(_ seats: SeatPlan, plan: Plan) -> [String: [String]] {
        let sessionByZone = plan.sessionByZone
        var texts: [String: [String]] = [:]
        for zone in seats.zones {
            let session = sessionByZone[zone.name].map { slot in
                "\(slot.item)（\(slot.date.month)月\(slot.date.day)日" + (slot.start.map { " \(NoticeContent.clock($0))" } ?? "")
                    + (slot.place.map { "，\($0)" } ?? "") + "）"
            } ?? ""
            for row in zone.rows {
                for (index, id) in row.seats.enumerated() {
                    if let id { texts[id, default: []].append("座位：\(session)\(zone.name) 第\(row.number)排第\(row.seatNumbers[index])号") }
                }
            }
            for table in zone.tables {
                for id in table.seats.compactMap({ $0 }) { texts[id, default: []].append("座位：\(session)\(zone.name) 第\(table.number)桌") }
            }
        }
        return texts
    }
}
