import ArgumentParser
import Logistics
import MeetingPlan
import PlanEngine
import Seating

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "计算会务安排：分组讨论、住宿、就餐、乘车（docs/logistics.md）。",
        discussion: """
        按计划的 groups、group_assign、lodging、meals、transport 分组、分房、排桌、派车，在终端列出；
        --explain 逐人说明每项安排的依据。房间、桌位或座位不够时报错（退出码 2），给出所需与可用的数目。
        示例：
          banhui plan meeting.yaml
          banhui plan meeting.yaml --explain
        """
    )

    @Argument(help: "会议计划文件（YAML）。")
    var plan: String

    @Flag(help: "逐人说明每项安排（分组、房间、桌号、车辆）的依据。")
    var explain = false

    func run() throws {
        let seated = try PlanChecks.run(Engine.Request(path: self.plan), engine: SeatingSetup.engine()).seated!
        let (plan, logistics) = (seated.plan, seated.logistics)
        let text = explain ? LogisticsText.explanation(plan, logistics) : LogisticsText.listing(plan, logistics)
        Console.out(LogisticsText.sessions(plan, seated.seats).map { $0 + "\n" + text } ?? text)
    }
}

/// The terminal forms of a logistics plan.
enum LogisticsText {
    /// `，分组 6 个，住宿 120 间，就餐 5 次，行程 2 个` for the check summary; empty without logistics.
    static func summary(_ plan: Plan, _ logistics: LogisticsPlan) -> String {
        var parts: [String] = []
        if !logistics.groups.isEmpty { parts.append("分组 \(logistics.groups.count) 个") }
        if !logistics.rooms.isEmpty { parts.append("住宿 \(logistics.rooms.count) 间、\(logistics.personNights) 人晚") }
        if !logistics.meals.isEmpty { parts.append("就餐 \(logistics.meals.count) 次、\(logistics.personMeals) 人次") }
        if !logistics.trips.isEmpty { parts.append("行程 \(logistics.trips.count) 个") }
        return parts.map { "，\($0)" }.joined()
    }

    /// `场次 prep 预备会议（2026-12-14 08:30—09:00，第一会议室）：预备会议主席台 10 人、预备会议会场 40 人`: each
    /// session's zones and how many sit in each, then each group's room; nil when the plan has neither.
    static func sessions(_ plan: Plan, _ seats: SeatPlan) -> String? {
        let seated = Dictionary(seats.zones.map { ($0.name, $0.seatingOrder.count) }, uniquingKeysWith: { first, _ in first })
        func zones(_ names: [String]) -> String { names.map { "\($0) \(seated[$0] ?? 0) 人" }.joined(separator: "、") }
        var lines = plan.sessions.map { slot in "场次 \(slot.id ?? "") \(slot.sessionLabel)：\(zones(slot.zones))" }
        lines += plan.logistics.groups.compactMap { group in group.zone.map { "分组会场 \(group.name)：\(zones([$0]))" } }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func listing(_ plan: Plan, _ logistics: LogisticsPlan) -> String {
        let byID = plan.peopleByID
        func names(_ ids: [String]) -> String { ids.map { byID[$0]?.name ?? $0 }.joined(separator: "、") }
        var lines: [String] = []
        for group in logistics.groups {
            var head = "分组 \(group.name)"
            if let place = group.place { head += "（\(place)）" }
            lines.append(head + "：\(group.members.count) 人")
            if let convener = group.convener { lines.append("  召集人：\(names([convener]))") }
            if let deputy = group.deputy { lines.append("  副召集人：\(names([deputy]))") }
            if let liaison = group.liaison { lines.append("  联络员：\(names([liaison]))") }
            lines.append("  成员：\(names(group.members))")
        }
        for room in logistics.rooms {
            let nights = Set(room.nights.values.flatMap { $0 }).sorted().map(\.description).joined(separator: "、")
            lines.append("住宿 \(room.hotelName) \(room.label)（\(room.type.label)）：\(names(room.occupants))；\(nights.isEmpty ? "不过夜" : nights)")
        }
        for meal in logistics.meals {
            let head = "就餐 \(meal.meal.date) \(meal.meal.meal)\(meal.meal.place.map { "（\($0)）" } ?? "")：\(meal.count) 人"
            lines.append(meal.tables.isEmpty ? head + "，自助" : head + "，\(meal.tables.count) 桌")
            for (number, table) in meal.tables.enumerated() { lines.append("  第\(number + 1)桌：\(names(table))") }
        }
        for trip in logistics.trips {
            lines.append("乘车 \(trip.trip.id) \(trip.trip.time) \(trip.trip.from ?? "")→\(trip.trip.to ?? "")")
            for load in trip.vehicles {
                let driver = [load.vehicle.driver, load.vehicle.phone].compactMap { $0 }.joined(separator: " ")
                lines.append("  \(load.vehicle.plate ?? load.vehicle.id)\(driver.isEmpty ? "" : "（\(driver)）")：\(names(load.passengers))")
            }
            if !trip.ownCars.isEmpty { lines.append("  自备车：\(names(trip.ownCars))") }
        }
        if lines.isEmpty { lines.append("计划没有 groups、group_assign、lodging、meals 或 transport 部分") }
        return lines.joined(separator: "\n")
    }

    static func explanation(_ plan: Plan, _ logistics: LogisticsPlan) -> String {
        let byID = plan.peopleByID
        let lines = logistics.placements.map { placement in
            "\(placement.kind.rawValue) \(byID[placement.person]?.name ?? placement.person)（\(placement.person)）→ \(placement.place)：\(placement.reason)"
        }
        return lines.isEmpty ? "计划没有 groups、group_assign、lodging、meals 或 transport 部分" : lines.joined(separator: "\n")
    }
}
