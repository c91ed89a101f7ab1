import MeetingPlan

/// What the logistics assignment counted for one plan (logistics.md): when the plan has `lodging`
/// or `meals`, the cost rule and the 会议费 estimate count the person-nights lodged and the meals
/// served instead of assuming everyone sleeps and eats every day of the 会期.
public struct LogisticsFigures: Sendable, Equatable {
    /// Nights lodged, summed over everyone (nil: the plan has no `lodging`).
    public var personNights: Int?
    /// Meals served, each person at each meal once (nil: the plan has no `meals`).
    public var personMeals: Int?

    public init(personNights: Int?, personMeals: Int?) {
        self.personNights = personNights
        self.personMeals = personMeals
    }
}

/// The 会议费 by the 综合定额 (中央和国家机关会议费管理办法): what the category's standards allow
/// for this meeting, item by item, and what the plan's `costs` come to on the same quantities.
///
/// Quantities: 住宿 per person-night (the assignment's person-nights, else everyone every day of the
/// 会期); 伙食 per person-day, a day being three meals (the person-meals ÷ 3, else everyone every
/// day); 其他 per person-day of the 会期 (delegates and staff × calendar days). An item the plan
/// does not provide counts nothing: its `costs` item 0 or left out while `costs` is given (for
/// the items of `subtract_if_not_provided`), or no `lodging`/`meals` while the plan has the other.
/// Where a profile sets the 综合定额 below the sum of its items, the items are lowered in proportion.
public struct MeetingFeeEstimate: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        /// `lodging`, `meals`, `other`.
        public var key: String
        /// 住宿费, 伙食费, 其他费用.
        public var name: String
        /// The category's standard, 元 per person-day (per person-night for lodging).
        public var rate: Double
        /// Person-nights or person-days (fractional for meals: person-meals ÷ 3).
        public var quantity: Double
        /// `人晚`, `人天`.
        public var unit: String
        /// What the plan's `costs` item comes to on the same quantity (nil without `costs`).
        public var planned: Double?

        /// rate × quantity, to the 元.
        public var amount: Double { (rate * quantity).rounded() }
        public var plannedAmount: Double? { planned.map { ($0 * quantity).rounded() } }
    }

    public var category: Int
    public var items: [Item]
    /// Where the quantities come from: the logistics assignment, or the head-count × days.
    public var fromLogistics: Bool

    public var total: Double { items.reduce(0) { $0 + $1.amount } }

    /// `会议费估算（三类会议综合定额）：住宿费 340 元 × 555 人晚 = 188700 元，伙食费 130 元 × 485.67 人天 = 63137 元（1457 人次 ÷ 3），…，合计 298877 元；按计划 costs 计 250000 元`
    public func text(personMeals: Int?) -> String {
        func number(_ value: Double) -> String { ParamValue.format((value * 100).rounded() / 100) }
        let parts = items.filter { $0.quantity > 0 }.map { item -> String in
            let meals = item.key == "meals" ? personMeals.map { "（\($0) 人次 ÷ 3）" } ?? "" : ""
            return "\(item.name) \(number(item.rate)) 元 × \(number(item.quantity)) \(item.unit) = \(number(item.amount)) 元\(meals)"
        }
        var text = "会议费估算（\(CategoryName.of(category))会议综合定额）：" + (parts + ["合计 \(number(total)) 元"]).joined(separator: "，")
        if let plannedTotal { text += "；按计划 costs 计 \(number(plannedTotal)) 元" }
        return text
    }
    /// The plan's `costs` on the same quantities (nil without `costs`).
    public var plannedTotal: Double? {
        items.contains { $0.planned == nil } ? nil : items.reduce(0) { $0 + ($1.plannedAmount ?? 0) }
    }
}

extension MeetingFacts {
    /// The 会议费 estimate by the category's 综合定额 as `parameters` (MTG-COST-CAP's) give them;
    /// nil without `meeting.category` or a standard for it.
    func feeEstimate(_ parameters: Parameters) -> MeetingFeeEstimate? {
        guard let category = meeting.category, let maxTotal = parameters["max_total"].limit(for: String(category)) else { return nil }
        // A profile that lowers the 综合定额 (fujian-2016: 四类 350) lowers its items in proportion.
        let norms = CostRules.items.compactMap { parameters[$0.key].limit(for: String(category)) }
        let scale = norms.reduce(0, +) > maxTotal ? maxTotal / norms.reduce(0, +) : 1
        let people = Double(delegates + staff), days = Double(calendarDays)
        let costs = meeting.costs
        let subtract = Set(parameters.words("subtract_if_not_provided"))
        var items: [MeetingFeeEstimate.Item] = []
        for item in CostRules.items {
            let planned = costs.map { item.value($0) ?? 0 }
            var quantity = people * days, unit = "人天"
            switch item.key {
            case "lodging":
                if let nights = logistics?.personNights { quantity = Double(nights); unit = "人晚" }
                else if logistics != nil { quantity = 0 }
            case "meals":
                if let meals = logistics?.personMeals { quantity = Double(meals) / 3 }
                else if logistics != nil { quantity = 0 }
            default: break
            }
            if let planned, planned <= 0, subtract.contains(item.key) { quantity = 0 }
            guard let norm = parameters[item.key].limit(for: String(category)) else { continue }
            items.append(MeetingFeeEstimate.Item(key: item.key, name: item.name, rate: norm * scale, quantity: quantity, unit: unit, planned: planned))
        }
        return MeetingFeeEstimate(category: category, items: items, fromLogistics: logistics != nil)
    }
}
