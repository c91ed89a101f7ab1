import Logistics
import MeetingPlan

/// What each person was given, in the words every logistics document prints (slips, 报到 list).
struct PersonLogistics {
    let plan: Plan
    let logistics: LogisticsPlan
    let byID: [String: Person]
    private let places: LogisticsLookup

    init(_ plan: Plan, _ logistics: LogisticsPlan) {
        self.plan = plan
        self.logistics = logistics
        byID = plan.peopleByID
        places = LogisticsLookup(logistics)
    }

    func group(_ id: String) -> AssignedGroup? { places.group(of: id) }
    func room(_ id: String) -> AssignedRoom? { places.room(of: id) }

    /// `县宾馆 单间1（12月13日至14日 2晚）`.
    func lodgingText(_ id: String) -> String {
        guard let room = places.room(of: id) else { return "" }
        return "\(room.hotelName) \(room.label)" + nightsText(room.nights[id] ?? [])
    }

    func nightsText(_ nights: [LocalDate]) -> String {
        guard let first = nights.first, let last = nights.last else { return "" }
        let days = first == last ? "\(first.month)月\(first.day)日" : "\(first.month)月\(first.day)日至\(last.month)月\(last.day)日"
        return "（\(days) \(nights.count)晚）"
    }

    /// `第3桌`, `自助`, or empty for someone not at this meal.
    func mealText(_ meal: AssignedMeal, _ id: String) -> String {
        if meal.meal.style == .buffet { return PersonLogistics.present(byID[id], on: meal.meal.date) ? "自助" : "" }
        return places.table(of: id, meal: meal.meal.id).map { "第\($0)桌" } ?? ""
    }

    /// `粤A·12345`, `自备车`, or empty for someone not on this trip.
    func tripText(_ trip: AssignedTrip, _ id: String) -> String {
        let vehicle = places.vehicle(of: id, trip: trip.trip.id)
        if vehicle == nil, trip.ownCars.contains(id) { return "自备车" }
        return vehicle.map { $0.plate ?? $0.id } ?? ""
    }

    static func present(_ person: Person?, on date: LocalDate) -> Bool {
        guard let person else { return false }
        if let arrive = person.stay.arrive, date < arrive.date { return false }
        if let leave = person.stay.leave, leave.date < date { return false }
        return true
    }

    /// `12月14日 午餐`.
    static func mealTitle(_ meal: MealSpec) -> String { "\(meal.date.month)月\(meal.date.day)日 \(meal.meal)" }

    /// `12月14日 08:10 县宾馆→县委大礼堂`.
    static func tripTitle(_ trip: Trip) -> String {
        let route = [trip.from, trip.to].compactMap { $0 }.joined(separator: "→")
        return "\(trip.time.date.month)月\(trip.time.date.day)日 \(trip.time.time)" + (route.isEmpty ? "" : " \(route)")
    }
}

/// `logistics.xlsx`: 分组, 住宿, 就餐, 乘车 and the 报到 desk's list (one row per person with all of
/// it), each sheet with its header frozen and filter buttons.
public enum LogisticsWorkbook {
    public static func build(_ plan: Plan, logistics: LogisticsPlan) -> Workbook {
        let facts = PersonLogistics(plan, logistics)
        let title = plan.meeting.title
        func header(_ names: [String]) -> [SheetCell] { names.map { .text($0, .header) } }
        func person(_ id: String) -> [SheetCell] {
            let person = facts.byID[id]
            return [.text(person?.name ?? id), .text(person?.unit ?? ""), .text(person?.title ?? "")]
        }
        var sheets: [Worksheet] = []
        if !logistics.groups.isEmpty {
            var rows = [header(["组别", "地点", "组内职务", "序号", "姓名", "单位", "职务"])]
            for group in logistics.groups {
                for (index, id) in group.members.enumerated() {
                    let duty = id == group.convener ? "召集人" : id == group.deputy ? "副召集人" : id == group.liaison ? "联络员" : ""
                    rows.append([.text(group.name), .text(group.place ?? ""), .text(duty, .centered), .number(index + 1)] + person(id))
                }
            }
            sheets.append(Worksheet(name: "分组", titles: ["\(title)分组名单"], rows: rows, filtered: true))
        }
        if !logistics.rooms.isEmpty {
            var rows = [header(["宾馆", "房间", "房型", "姓名", "单位", "职务", "性别", "入住", "晚数"])]
            for room in logistics.rooms {
                for id in room.occupants {
                    let nights = room.nights[id] ?? []
                    rows.append([.text(room.hotelName), .text(room.label, .centered), .text(room.type.label, .centered)] + person(id)
                                + [.text(facts.byID[id]?.gender ?? "", .centered), .text(nights.map(\.description).joined(separator: " ")),
                                   .number(nights.count)])
                }
            }
            sheets.append(Worksheet(name: "住宿", titles: ["\(title)住宿安排表", "共 \(logistics.rooms.count) 间，\(logistics.personNights) 人晚"],
                                    rows: rows, filtered: true))
        }
        if !logistics.meals.isEmpty {
            var rows = [header(["就餐", "时间", "地点", "桌号", "姓名", "单位", "职务"])]
            for meal in logistics.meals {
                let when = meal.meal.time.map(\.description) ?? ""
                if meal.tables.isEmpty {
                    rows.append([.text(PersonLogistics.mealTitle(meal.meal)), .text(when, .centered), .text(meal.meal.place ?? ""),
                                 .text("自助", .centered), .text("报餐 \(meal.count) 人"), .text(""), .text("")])
                }
                for (number, table) in meal.tables.enumerated() {
                    for id in table {
                        rows.append([.text(PersonLogistics.mealTitle(meal.meal)), .text(when, .centered), .text(meal.meal.place ?? ""),
                                     .number(number + 1)] + person(id))
                    }
                }
            }
            let counts = logistics.meals.map { "\(PersonLogistics.mealTitle($0.meal)) \($0.count) 人" }.joined(separator: "；")
            sheets.append(Worksheet(name: "就餐", titles: ["\(title)就餐安排表", "报餐数：\(counts)"], rows: rows, filtered: true))
        }
        if !logistics.trips.isEmpty {
            var rows = [header(["行程", "车辆", "驾驶员", "电话", "序号", "姓名", "单位", "职务"])]
            for trip in logistics.trips {
                let when = PersonLogistics.tripTitle(trip.trip)
                for load in trip.vehicles {
                    for (index, id) in load.passengers.enumerated() {
                        rows.append([.text(when), .text(load.vehicle.plate ?? load.vehicle.id), .text(load.vehicle.driver ?? ""),
                                     .text(load.vehicle.phone ?? ""), .number(index + 1)] + person(id))
                    }
                }
                for (index, id) in trip.ownCars.enumerated() {
                    rows.append([.text(when), .text("自备车"), .text(""), .text(""), .number(index + 1)] + person(id))
                }
            }
            sheets.append(Worksheet(name: "乘车", titles: ["\(title)乘车安排表"], rows: rows, filtered: true))
        }
        sheets.append(registrationSheet(plan, facts: facts))
        var workbook = Workbook(title: "\(title)会务安排", sheets: sheets)
        workbook.author = plan.meeting.organizer
        workbook.created = plan.notice?.issued
        return workbook
    }

    /// The 报到 desk's list: everyone in 报到 order with what they were given, and a column to tick.
    static func registrationSheet(_ plan: Plan, facts: PersonLogistics) -> Worksheet {
        let logistics = facts.logistics
        var names = ["序号", "单位", "姓名", "职务", "性别", "电话"]
        if !logistics.groups.isEmpty { names.append("分组") }
        if !logistics.rooms.isEmpty { names.append("住宿") }
        names += logistics.meals.map { PersonLogistics.mealTitle($0.meal) }
        names += logistics.trips.map { "\($0.trip.id) \(PersonLogistics.tripTitle($0.trip))" }
        names.append("报到")
        var rows = [names.map { SheetCell.text($0, .header) }]
        for (index, id) in logistics.registrationOrder.enumerated() {
            guard let person = facts.byID[id] else { continue }
            var row: [SheetCell] = [.number(index + 1), .text(person.unit ?? ""), .text(person.name), .text(person.title ?? ""),
                                    .text(person.gender ?? "", .centered), .text(person.phone ?? "")]
            if !logistics.groups.isEmpty { row.append(.text(facts.group(id)?.name ?? "")) }
            if !logistics.rooms.isEmpty { row.append(.text(facts.lodgingText(id))) }
            row += logistics.meals.map { .text(facts.mealText($0, id), .centered) }
            row += logistics.trips.map { .text(facts.tripText($0, id), .centered) }
            row.append(.text(""))
            rows.append(row)
        }
        var titles = ["\(plan.meeting.title)报到名单"]
        if let registration = plan.logistics.registration {
            let time = [registration.start, registration.end].compactMap { $0?.description }.joined(separator: "—")
            titles.append("报到：\(registration.date.chinese) \(time) \(registration.place ?? "")".trimmingCharacters(in: .whitespaces))
        }
        return Worksheet(name: "报到", titles: titles, rows: rows, frozenColumns: 3, filtered: true)
    }
}
