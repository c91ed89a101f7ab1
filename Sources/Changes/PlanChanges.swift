import MeetingPlan
import Seating

/// What changed between two versions of a plan, after seating both (changes.md): the one value
/// that the text and JSON reporters, the change documents and the marked charts all render.
public struct PlanChanges: Sendable, Equatable {
    /// The new version's meeting id.
    public var meetingID: String
    /// Keys of `meeting`, `agenda`, `schedule` and `notice` whose values differ, in plan order.
    public var meetingChanges: [FieldChange]
    /// People of the new version only, in plan order.
    public var added: [PersonRef]
    /// People of the old version only, in plan order.
    public var removed: [PersonRef]
    /// People of both versions whose fields differ, in the new version's order.
    public var changed: [PersonChange]
    /// Zone by zone (the new version's zones, then zones only the old one had), one entry per
    /// person whose seat differs.
    public var seats: [SeatChange]
    /// People seated in a zone with 桌签 (`cards.zones`) whose card is new or reads differently,
    /// in seating order.
    public var reprintCards: [PersonRef]
    /// People of the old version whose 桌签 is to be taken away (no longer seated in a zone with
    /// cards, gone, or renamed), named as the old card reads, in the old seating order.
    public var withdrawnCards: [PersonRef]
    /// People who keep their 桌签 but sit elsewhere: a card shows only the name, so it moves with
    /// its person and is not reprinted (in any zone kind, the rostrum's re-seating included).
    /// In seating order.
    public var movedCards: [PersonRef]
    /// People of both versions whose group, room, meal table or vehicle differs (会务调整), in the
    /// new version's 报到 order, one entry per person and item.
    public var logistics: [LogisticsChange]

    public init(meetingID: String, meetingChanges: [FieldChange] = [], added: [PersonRef] = [], removed: [PersonRef] = [],
                changed: [PersonChange] = [], seats: [SeatChange] = [], reprintCards: [PersonRef] = [], withdrawnCards: [PersonRef] = [],
                movedCards: [PersonRef] = [], logistics: [LogisticsChange] = []) {
        self.meetingID = meetingID
        self.meetingChanges = meetingChanges
        self.added = added
        self.removed = removed
        self.changed = changed
        self.seats = seats
        self.reprintCards = reprintCards
        self.withdrawnCards = withdrawnCards
        self.movedCards = movedCards
        self.logistics = logistics
    }

    public var isEmpty: Bool {
        meetingChanges.isEmpty && added.isEmpty && removed.isEmpty && changed.isEmpty && seats.isEmpty && reprintCards.isEmpty
            && withdrawnCards.isEmpty && movedCards.isEmpty && logistics.isEmpty
    }

    /// The new version's people whose 个人日程单 (slip) reads differently: newcomers, people whose
    /// name, unit or title changed, who sit elsewhere, or whose group, room, table or car changed.
    public var changedSlipHolders: Set<String> {
        let slipFields: Set<String> = ["name", "unit", "title"]
        var ids = Set(added.map(\.id))
        ids.formUnion(changed.filter { $0.fields.contains { slipFields.contains($0.key) } }.map(\.person.id))
        ids.formUnion(seats.filter { $0.to != nil }.map(\.person.id))
        ids.formUnion(logistics.map(\.person.id))
        return ids
    }

    /// Whether the time, the place or the agenda changed: what a 变更通知 announces.
    public var announcesChange: Bool { meetingChanges.contains { $0.topic != nil } }
}

/// A person as the reports name them: the id in their version, and what identifies them to a reader.
public struct PersonRef: Sendable, Equatable {
    public var id: String
    public var name: String
    public var unit: String?
    public var title: String?

    public init(id: String, name: String, unit: String? = nil, title: String? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.title = title
    }

    public init(_ person: Person) {
        self.init(id: person.id, name: person.name, unit: person.unit, title: person.title)
    }
}

/// A value as the plan wrote it: a text or a list of texts (nil where the plan left it out).
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case list([String])

    /// One line: lists joined with `；`.
    public var display: String {
        switch self {
        case .text(let text): return text
        case .list(let items): return items.joined(separator: "；")
        }
    }
}

/// One key whose value differs: `start`, `venue.name`, `agenda`, `notice.reply_by`, a person's `title`.
public struct FieldChange: Sendable, Equatable {
    public var key: String
    public var old: FieldValue?
    public var new: FieldValue?

    public init(key: String, old: FieldValue?, new: FieldValue?) {
        self.key = key
        self.old = old
        self.new = new
    }

    public enum Topic: Sendable, Equatable { case time, place, agenda }

    /// What a 变更通知 calls this change, if it announces it.
    public var topic: Topic? {
        switch key {
        case "start", "end": return .time
        case _ where key.hasPrefix("venue"): return .place
        case "agenda", "schedule": return .agenda
        default: return nil
        }
    }

    /// The key in Chinese, for the text report and the documents: a key of the plan.
    public var label: String { FieldChange.labels[key] ?? key }

    /// The key in Chinese when it is a person's field.
    public var personLabel: String { FieldChange.personLabels[key] ?? key }

    static let labels: [String: String] = [
        "id": "会议编号", "title": "会议名称", "organizer": "主办单位", "level": "会议级别", "organizer_kind": "主办机关类别",
        "type": "会议类型", "system": "所属系统", "category": "会议费类别", "start": "开始时间", "end": "结束时间", "timezone": "时区",
        "venue.name": "会议地点", "venue.address": "会议地点地址", "venue.city": "所在城市", "venue.scenic_area": "是否在风景名胜区",
        "venue.star": "宾馆星级", "mode": "会议形式", "group_discussion": "分组讨论", "in_annual_plan": "列入年度计划",
        "approval.by": "审批机关", "approval.date": "审批日期", "approval.ref": "审批文号", "reaches": "会议范围",
        "staff": "工作人员", "expected_attendance": "预计人数", "costs.lodging": "住宿费标准", "costs.meals": "伙食费标准",
        "costs.other": "其他费用标准", "agenda": "会议议程", "schedule": "会议日程",
        "notice.number": "发文字号", "notice.urgency": "紧急程度", "notice.to": "主送机关", "notice.purpose": "开头语",
        "notice.attendees": "参会人员", "notice.requirements": "有关要求", "notice.contact.name": "联系人",
        "notice.contact.phone": "联系电话", "notice.reply_by": "回执报送截止", "notice.copy_to": "抄送", "notice.issued": "成文日期",
    ]

    static let personLabels: [String: String] = [
        "name": "姓名", "unit": "单位", "title": "职务", "rank": "职级", "order": "排序", "since": "任职时间", "gender": "性别",
        "phone": "电话", "role": "身份", "principal": "主要负责同志",
    ]
}

/// A person of both versions whose fields differ. `person` is named as in the new version.
public struct PersonChange: Sendable, Equatable {
    public var person: PersonRef
    public var fields: [FieldChange]

    public init(person: PersonRef, fields: [FieldChange]) {
        self.person = person
        self.fields = fields
    }
}

/// A seat as the seat map addresses it: row and seat (1-based, room frame) or table and S-index.
public enum SeatLabel: Sendable, Hashable {
    case row(Int, seat: Int)
    case table(Int, seat: Int)

    /// `第1排第3座`, `第2桌S0`.
    public var text: String {
        switch self {
        case .row(let row, let seat): return "第\(row)排第\(seat)座"
        case .table(let table, let seat): return "第\(table)桌S\(seat)"
        }
    }
}

/// One person whose seat in one zone differs between the versions.
public struct SeatChange: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// A person new to the plan.
        case added
        /// A person no longer in the plan.
        case removed
        /// Moved, newly seated in this zone or gone from it.
        case moved
        /// Moved because rostrum and photo zones are always seated by protocol.
        case `protocol`
        /// Moved out of a seat the new version holds (`hold:`).
        case heldSeat = "held"

        /// 新增 · 撤出 · 调整, as the 座次调整单 says.
        public var label: String {
            switch self {
            case .added: return "新增"
            case .removed: return "撤出"
            case .moved: return "调整"
            case .protocol: return "调整（按礼宾次序重排）"
            case .heldSeat: return "因座位保留调整"
            }
        }
    }

    public var person: PersonRef
    public var zone: String
    public var kind: ZoneKind
    public var from: SeatLabel?
    public var to: SeatLabel?
    public var reason: Reason
    /// The session (schedule slot id) of a zone a slot's `zones:` names, and how the text names it.
    public var session: String?
    public var sessionLabel: String?

    public init(person: PersonRef, zone: String, kind: ZoneKind, from: SeatLabel?, to: SeatLabel?, reason: Reason) {
        self.person = person
        self.zone = zone
        self.kind = kind
        self.from = from
        self.to = to
        self.reason = reason
    }
}


/// One person's group, room, meal table or vehicle that differs between the versions (会务调整).
/// `from`/`to` are nil where the person had none in that version (not lodged, not at that meal).
public struct LogisticsChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case group, room, meal, trip

        /// 分组 · 住宿 · 就餐 · 乘车
        public var label: String {
            switch self {
            case .group: return "分组"
            case .room: return "住宿"
            case .meal: return "就餐"
            case .trip: return "乘车"
            }
        }
    }

    public var person: PersonRef
    public var kind: Kind
    /// The meal or trip id (nil for groups and rooms).
    public var item: String?
    /// The meal or trip as a reader knows it: `2026-12-14 午餐`, `2026-12-14 08:00 宾馆→会场`.
    public var itemName: String?
    /// The group name, `县宾馆 单间3`, `第2桌`, or the vehicle's plate (`自备车` for one's own car).
    public var from: String?
    public var to: String?

    public init(person: PersonRef, kind: Kind, item: String? = nil, itemName: String? = nil, from: String?, to: String?) {
        self.person = person
        self.kind = kind
        self.item = item
        self.itemName = itemName
        self.from = from
        self.to = to
    }

    /// `住宿`, `就餐（2026-12-14 午餐）`: what changed, for the text report and the 座次调整单.
    public var subject: String { itemName.map { "\(kind.label)（\($0)）" } ?? kind.label }
}
