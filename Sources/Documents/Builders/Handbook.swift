import Logistics
import MeetingPlan
import Seating

/// `handbook.docx/.odt` (会议指南): a cover, a real table of contents, then only the parts the
/// plan has — 会议须知, 会议日程, 分组名单, 住宿安排, 就餐安排, 乘车安排, 座次安排, 工作人员及联系
/// 电话 — each starting on a new page; A4, 仿宋 body, 黑体 headings, page numbers.
public enum Handbook {
    /// Headings inside a part (a group, a hotel, a meal): 黑体, not in the table of contents.
    static let subheading = ParagraphStyle(id: "HbSubheading", name: "指南小标题", font: .heiTi, alignment: .left, keepWithNext: true)
    static let coverTitle = ParagraphStyle(id: "HbCoverTitle", name: "指南封面标题", font: .xiaoBiaoSong, size: 26, alignment: .center,
                                           lineHeight: 40, letterSpacing: 0)
    static let contentsTitle = ParagraphStyle(id: "HbContentsTitle", name: "目录标题", font: .heiTi, size: 22, alignment: .center,
                                              lineHeight: 40, letterSpacing: 0)
    static let styles = GongwenStyles.all + [subheading, coverTitle, contentsTitle]

    static let numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    public static func build(_ plan: Plan, seats: SeatPlan, logistics: LogisticsPlan) -> OfficeDocument {
        let meeting = plan.meeting
        let facts = PersonLogistics(plan, logistics)
        var parts: [(title: String, blocks: [Block])] = []
        let spec = plan.logistics
        if !spec.handbookNotes.isEmpty || spec.registration != nil {
            var blocks: [Block] = []
            if let registration = spec.registration {
                let time = [registration.start, registration.end].compactMap { $0?.description }.joined(separator: "—")
                var text = "报到：\(registration.date.chinese) \(time)"
                if let place = registration.place { text += "，\(place)" }
                if let phone = registration.phone { text += "（电话 \(phone)）" }
                blocks.append(.paragraph(Paragraph(GongwenStyles.body, text + "。")))
            }
            for (index, note) in spec.handbookNotes.enumerated() {
                blocks.append(.paragraph(Paragraph(GongwenStyles.body, "\(index + 1). \(note)")))
            }
            parts.append(("会议须知", blocks))
        }
        if !plan.schedule.isEmpty { parts.append(("会议日程", schedule(plan))) }
        if !logistics.groups.isEmpty { parts.append(("分组名单", groups(logistics, facts: facts))) }
        if !logistics.rooms.isEmpty { parts.append(("住宿安排", rooms(plan, logistics, facts: facts))) }
        if !logistics.meals.isEmpty { parts.append(("就餐安排", meals(logistics, facts: facts))) }
        if !logistics.trips.isEmpty { parts.append(("乘车安排", trips(logistics, facts: facts))) }
        if !seats.zones.isEmpty {
            parts.append(("座次安排", SeatingTables.zoneBlocks(plan, zones: seats.zones, width: PageSetup.gongwen.textWidth, heading: subheading)))
        }
        if !spec.staffContacts.isEmpty {
            let rows = [["职责", "姓名", "电话"].map { TableCell(GongwenStyles.tableHeader, $0) }]
                + spec.staffContacts.map { [TableCell(GongwenStyles.tableText, $0.duty), TableCell(GongwenStyles.tableText, $0.name),
                                            TableCell(GongwenStyles.tableText, $0.phone ?? "")] }
            parts.append(("工作人员及联系电话", [.table(Table(columnWidths: [50, 50, 56], headerRows: 1, rows: rows))]))
        }

        var blocks: [Block] = (0..<5).map { _ in .paragraph(.blank(GongwenStyles.body)) }
        blocks.append(.paragraph(Paragraph(coverTitle, meeting.title)))
        blocks.append(.paragraph(.blank(GongwenStyles.body)))
        blocks.append(.paragraph(Paragraph(contentsTitle, "会　议　指　南")))
        blocks += (0..<6).map { _ in .paragraph(.blank(GongwenStyles.body)) }
        if let organizer = meeting.organizer { blocks.append(.paragraph(Paragraph(GongwenStyles.subtitle, organizer))) }
        blocks.append(.paragraph(Paragraph(GongwenStyles.subtitle, dates(meeting))))
        blocks.append(.paragraph(Paragraph(contentsTitle, "目　录", ParagraphOverrides(pageBreakBefore: true))))
        blocks.append(.tableOfContents(levels: 2...2))
        for (index, part) in parts.enumerated() {
            let number = index < numbers.count ? numbers[index] : String(index + 1)
            blocks.append(.paragraph(Paragraph(GongwenStyles.heading1, "\(number)、\(part.title)", ParagraphOverrides(pageBreakBefore: true))))
            blocks += part.blocks
        }
        var document = OfficeDocument(title: "\(meeting.title)会议指南", page: .gongwen, pageNumbers: true, styles: styles, blocks: blocks)
        document.author = meeting.organizer
        return document
    }

    /// `2026年12月14日至15日`.
    static func dates(_ meeting: Meeting) -> String {
        let start = meeting.start.date, end = meeting.end.date
        if start == end { return start.chinese }
        if start.year == end.year && start.month == end.month { return "\(start.chinese)至\(end.day)日" }
        return "\(start.chinese)至\(end.chinese)"
    }

    private static func table(_ header: [String], _ widths: [Double], _ rows: [[String]]) -> Block {
        let cells = [header.map { TableCell(GongwenStyles.tableHeader, $0) }] + rows.map { $0.map { TableCell(GongwenStyles.tableText, $0) } }
        return .table(Table(columnWidths: widths, headerRows: 1, rows: cells))
    }

    private static func names(_ ids: [String], _ facts: PersonLogistics) -> String {
        ids.map { facts.byID[$0]?.name ?? $0 }.joined(separator: "、")
    }

    private static func schedule(_ plan: Plan) -> [Block] {
        var blocks: [Block] = []
        let days = plan.schedule.map(\.date).reduce(into: [LocalDate]()) { if !$0.contains($1) { $0.append($1) } }
        for day in days {
            blocks.append(.paragraph(Paragraph(subheading, day.chinese)))
            let rows = plan.schedule.filter { $0.date == day }.map { slot in
                [[slot.start, slot.end].compactMap { $0?.description }.joined(separator: "—"), slot.item, slot.place ?? ""]
            }
            blocks.append(table(["时间", "内容", "地点"], [36, 70, 50], rows))
        }
        return blocks
    }

    private static func groups(_ logistics: LogisticsPlan, facts: PersonLogistics) -> [Block] {
        logistics.groups.flatMap { group -> [Block] in
            var lines = [Paragraph(subheading, group.name + (group.place.map { "（\($0)）" } ?? ""))]
            for (title, id) in [("召集人", group.convener), ("副召集人", group.deputy), ("联络员", group.liaison)] {
                if let id { lines.append(Paragraph(GongwenStyles.plain, "\(title)：\(names([id], facts))")) }
            }
            lines.append(Paragraph(GongwenStyles.plain, "成员（\(group.members.count)人）：\(names(group.members, facts))"))
            return lines.map(Block.paragraph)
        }
    }

    private static func rooms(_ plan: Plan, _ logistics: LogisticsPlan, facts: PersonLogistics) -> [Block] {
        guard let hotels = plan.logistics.lodging?.hotels else { return [] }
        return hotels.flatMap { hotel -> [Block] in
            let rooms = logistics.rooms.filter { $0.hotelID == hotel.id }
            guard !rooms.isEmpty else { return [] }
            var head = hotel.name
            let details = [hotel.address, hotel.phone.map { "电话 \($0)" }].compactMap { $0 }
            if !details.isEmpty { head += "（\(details.joined(separator: "，"))）" }
            let rows = rooms.map { room in
                [room.label, room.type.label, names(room.occupants, facts), facts.nightsText(room.nights[room.occupants[0]] ?? [])]
            }
            return [.paragraph(Paragraph(subheading, head)), table(["房间", "房型", "入住人员", "入住"], [22, 16, 74, 44], rows)]
        }
    }

    private static func meals(_ logistics: LogisticsPlan, facts: PersonLogistics) -> [Block] {
        logistics.meals.flatMap { meal -> [Block] in
            var head = PersonLogistics.mealTitle(meal.meal)
            if let time = meal.meal.time { head += " \(time)" }
            if let place = meal.meal.place { head += "，\(place)" }
            guard !meal.tables.isEmpty else { return [.paragraph(Paragraph(subheading, head + "（自助，\(meal.count)人）"))] }
            let rows = meal.tables.enumerated().map { ["第\($0.offset + 1)桌", names($0.element, facts)] }
            return [.paragraph(Paragraph(subheading, head)), table(["桌号", "就餐人员"], [24, 132], rows)]
        }
    }

    private static func trips(_ logistics: LogisticsPlan, facts: PersonLogistics) -> [Block] {
        logistics.trips.flatMap { trip -> [Block] in
            var rows = trip.vehicles.map { load in
                [load.vehicle.plate ?? load.vehicle.id, [load.vehicle.driver, load.vehicle.phone].compactMap { $0 }.joined(separator: " "),
                 names(load.passengers, facts)]
            }
            if !trip.ownCars.isEmpty { rows.append(["自备车", "", names(trip.ownCars, facts)]) }
            return [.paragraph(Paragraph(subheading, PersonLogistics.tripTitle(trip.trip))), table(["车辆", "驾驶员", "乘车人员"], [32, 40, 84], rows)]
        }
    }
}
