import MeetingPlan
/// One key of a plan mapping, with what it means and the values it accepts.
public struct PlanKey: Sendable {
    public let name: String
    public let meaning: String
    /// The accepted values when the key takes one of a set (from the model's enums).
    public let values: [String]

    public init(_ name: String, _ meaning: String, values: [String] = []) {
        self.name = name
        self.meaning = meaning
        self.values = values
    }
}

/// The keys of one mapping of the plan (`meeting`, `seating[]`, …).
public struct PlanKeySection: Sendable {
    /// Where the mapping stands, as a key path (`meeting.venue`, `seating[]`).
    public let path: String
    public let title: String
    public let keys: [PlanKey]

    public var names: [String] { keys.map(\.name) }
}

/// Every key the plan loader accepts, with its meaning: the loader reads its known keys from
/// here, and `docs/plan-keys.md` is generated from it, so no key is accepted undocumented.
public enum PlanKeys {
    static func values<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) -> [String] where Choice.RawValue == String {
        type.allCases.map(\.rawValue)
    }

    public static let top = PlanKeySection(path: "", title: "Top level", keys: [
        PlanKey("version", "plan format version; only `1`"),
        PlanKey("meeting", "the meeting (required), see `meeting`"),
        PlanKey("units", "机构序列: the units in the order they are seated and listed"),
        PlanKey("ranks", "replaces the rank table: a list of names, or of lists whose first item is the name and the rest aliases"),
        PlanKey("tiebreak", "tie-breakers after `order` and rank, in order (default `[unit, since, strokes]`)", values: values(TieBreaker.self)),
        PlanKey("people", "a list of person mappings (see `people[]`) and roster files (`.csv`, `.xlsx`, relative to the plan)"),
        PlanKey("seating", "seating zones, see `seating[]`"),
        PlanKey("agenda", "会议议程 items, see `agenda[]`"),
        PlanKey("schedule", "会议日程 time slots, see `schedule[]`"),
        PlanKey("notice", "the 会议通知, see `notice`"),
        PlanKey("cards", "桌签 options, see `cards`"),
        PlanKey("signin", "签到表 options, see `signin`"),
        PlanKey("groups", "分组讨论 groups, see `groups[]` (docs/logistics.md)"),
        PlanKey("group_assign", "split everyone into groups automatically, see `group_assign`"),
        PlanKey("lodging", "住宿: hotels and who gets a single room, see `lodging`"),
        PlanKey("meals", "就餐, see `meals[]`"),
        PlanKey("transport", "乘车: vehicles and trips, see `transport`"),
        PlanKey("registration", "报到: when and where, see `registration`"),
        PlanKey("staff_contacts", "工作人员及联系电话 for the 会议指南, see `staff_contacts[]`"),
        PlanKey("handbook", "会议指南 options, see `handbook`"),
    ])

    public static let meeting = PlanKeySection(path: "meeting", title: "The meeting", keys: [
        PlanKey("id", "names the output folder `exports/<id>/`; default: the plan file's name without extension"),
        PlanKey("title", "required: the meeting's name (会议名称)"),
        PlanKey("revision", "the plan's version number (0 or more), the calendar's SEQUENCE: raise it with every version sent out; default: the position in the `--changes-from` chain"),
        PlanKey("organizer", "主办单位 / 发文机关"),
        PlanKey("level", "the organizer's level", values: values(MeetingLevel.self)),
        PlanKey("organizer_kind", "what kind of body organises it", values: values(OrganizerKind.self)),
        PlanKey("type", "the kind of meeting, for the quota rules", values: values(MeetingType.self)),
        PlanKey("system", "会议所属系统, for “one comprehensive conference per system per year”"),
        PlanKey("category", "会议费类别 1–4"),
        PlanKey("start", "required: local start time, `YYYY-MM-DD HH:MM`"),
        PlanKey("end", "required: local end time, not before `start`"),
        PlanKey("timezone", "time zone of `start` and `end` (default `Asia/Shanghai`)"),
        PlanKey("venue", "where, see `meeting.venue`"),
        PlanKey("mode", "how people attend", values: values(MeetingMode.self)),
        PlanKey("group_discussion", "`true` when the meeting has group discussions (分组讨论)"),
        PlanKey("in_annual_plan", "`true` when the meeting is in the annual meeting plan (列入年度会议计划)"),
        PlanKey("approval", "who approved it, see `meeting.approval`"),
        PlanKey("reaches", "levels of the units invited or connected", values: values(MeetingLevel.self)),
        PlanKey("staff", "工作人员: how many staff work at the meeting"),
        PlanKey("expected_attendance", "expected attendance when the plan has no roster"),
        PlanKey("costs", "planned 元 per person per day, see `meeting.costs`"),
    ])

    public static let venue = PlanKeySection(path: "meeting.venue", title: "Venue", keys: [
        PlanKey("name", "the venue's name, printed in the notice and on charts"),
        PlanKey("address", "its address"),
        PlanKey("city", "its city"),
        PlanKey("scenic_area", "`true` when it is in a scenic area (风景名胜区)"),
        PlanKey("star", "hotel star rating 1–5, when it is a hotel"),
    ])

    public static let approval = PlanKeySection(path: "meeting.approval", title: "Approval", keys: [
        PlanKey("by", "the approving body or meeting"),
        PlanKey("date", "the approval date"),
        PlanKey("ref", "the approval document's number"),
    ])

    public static let costs = PlanKeySection(path: "meeting.costs", title: "Costs (元 per person per day)", keys: [
        PlanKey("lodging", "住宿费"),
        PlanKey("meals", "伙食费"),
        PlanKey("other", "其他费用"),
    ])

    public static let person = PlanKeySection(path: "people[]", title: "A person", keys: [
        PlanKey("id", "required, unique in the plan; referenced by seating, agenda and notice (roster rows without one get `R<line>`)"),
        PlanKey("name", "required: printed as written, at most 32 characters"),
        PlanKey("unit", "单位, printed on cards, sign-in sheets and charts"),
        PlanKey("title", "职务"),
        PlanKey("rank", "职级 from the rank table (aliases accepted)"),
        PlanKey("order", "explicit precedence, 1 = most senior; beats rank"),
        PlanKey("since", "任职时间, a tie-breaker: earlier first"),
        PlanKey("gender", "性别"),
        PlanKey("phone", "电话"),
        PlanKey("role", "attendee 出席 (default), observer 列席, guest 来宾, host 主办方, staff 工作人员, press 媒体, interpreter 翻译, notetaker 记录 (the English or the Chinese word)", values: values(PersonRole.self)),
        PlanKey("principal", "`true` for a party or government principal leader (主要负责同志)"),
        PlanKey("lodging", "是否住宿: `false` excludes the person from the room plan; `true` includes a person of an excluded unit"),
        PlanKey("arrive", "抵达时间 `YYYY-MM-DD HH:MM`: no night before it is lodged"),
        PlanKey("leave", "离开时间 `YYYY-MM-DD HH:MM`: no night from its day on is lodged"),
        PlanKey("hotel", "pins the person to a hotel of `lodging.hotels` (its id)"),
        PlanKey("room", "pins the person to a room number, or asks for a room type: `single` | `double`"),
    ])

    public static let zone = PlanKeySection(path: "seating[]", title: "A seating zone (see docs/seating.md)", keys: [
        PlanKey("zone", "required: the zone's name (file names use it: `seating-<zone>.svg`)"),
        PlanKey("kind", "required: what is seated", values: values(ZoneKind.self)),
        PlanKey("rows", "seats per row, front row first (rostrum, hall, photo)"),
        PlanKey("layout", "a built-in layout (`banhui layouts list`) or a path to a layout file, relative to the plan"),
        PlanKey("tables", "seats per table (banquet)"),
        PlanKey("people", "who is seated: ids, or `all`, `rest`, `{role: …}`, `{unit: …}`"),
        PlanKey("honour", "left = 以左为尊 (domestic) | right = 以右为尊 (international; default at banquets and talks)", values: values(Honour.self)),
        PlanKey("even", "rostrum rows of an even count: pair (1 and 2 in the centre, 2 at 1's left) | pair-right | single (1 on the centre line, an empty seat added) | single-tight (1 on the centre line, no seat added)", values: values(EvenRowPolicy.self)),
        PlanKey("two", "a row of two: default (2 at 1's left) | exception (1 at the seated left)", values: values(TwoPersonPolicy.self)),
        PlanKey("mode", "hall fill: rows = 横排 | blocks = 竖排 (a block of columns per unit) | centre-out = 左右排列法", values: values(HallMode.self)),
        PlanKey("group", "hall: seat unit by unit (default when units are listed) | none", values: values(HallGrouping.self)),
        PlanKey("pattern", "banquet tables: dual-host (主陪 and 副陪, default) | single-host", values: values(BanquetPattern.self)),
        PlanKey("hosts", "banquet and talks: the host side, most senior first"),
        PlanKey("guests", "banquet and talks: the guest side, most senior first"),
        PlanKey("tiebreak", "tie-breakers for this zone, instead of the plan's", values: values(TieBreaker.self)),
        PlanKey("equal_top_two", "rostrum: `true` when the two most senior are of equal standing (党政主要负责同志): 1 and 2 share the centre"),
        PlanKey("observers_new_row", "hall: 列席 (observers) sit in rows of their own behind the 出席 (default `true`); `false` continues them in the 出席's last row"),
        PlanKey("reserved", "hall: seats kept empty, as `row-seat` (`[\"1-3\", \"2-10\"]`); the older spelling of `hold`"),
        PlanKey("hold", "seats kept empty (a late guest, a camera): `{row: 1, seat: 10}`, `{table: 2, seat: 3}` or `\"1-10\"`"),
        PlanKey("pins", "指定座位: people placed by hand, see `seating[].pins[]`; the others are seated around them"),
        PlanKey("swap", "pairs of people who exchange seats after seating: `[[P7, P8]]`"),
        PlanKey("table_hosts", "banquet: who hosts tables 2, 3, … (`{2: H3, 3: H4}`), instead of `hosts` beyond the first two"),
        PlanKey("arrangement", "talks: override the layout: facing (对坐式, 会谈 at a long table) | side-by-side (并列式, 会见 in a horseshoe)", values: values(TalksArrangement.self)),
        PlanKey("interpreters", "talks: where interpreters sit: beside (at each 主谈's side, default) | behind", values: values(InterpreterPlace.self)),
        PlanKey("stable", "hall and banquet: `true` to keep everyone in the seat of the previous version (`--changes-from`, `banhui diff`); newcomers fill empty seats (docs/changes.md)"),
    ])

    public static let pin = PlanKeySection(path: "seating[].pins[]", title: "A pinned person (指定座位)", keys: [
        PlanKey("person", "required: the person's id"),
        PlanKey("row", "the row (from 1, front row first; rostrum, hall, photo)"),
        PlanKey("table", "the table (from 1; banquet)"),
        PlanKey("seat", "required: the seat in the row (from 1, left→right in the room frame) or at the table (S-index from 0)"),
    ])

    public static let seat = PlanKeySection(path: "seating[].hold[]", title: "A held seat", keys: [
        PlanKey("row", "the row (from 1)"),
        PlanKey("table", "the table (from 1)"),
        PlanKey("seat", "required: the seat in the row (from 1) or at the table (from 0)"),
    ])

    public static let selector = PlanKeySection(path: "seating[].people", title: "A people selector", keys: [
        PlanKey("role", "everybody with this role", values: values(PersonRole.self)),
        PlanKey("unit", "everybody of this unit (listed in `units`)"),
    ])

    public static let agendaItem = PlanKeySection(path: "agenda[]", title: "An agenda item", keys: [
        PlanKey("item", "required: what happens"),
        PlanKey("by", "who: a person id, or free text"),
        PlanKey("minutes", "planned length"),
        PlanKey("speech", "`true` for a 讲话 (used by the speech-length rules)"),
    ])

    public static let scheduleSlot = PlanKeySection(path: "schedule[]", title: "A schedule slot", keys: [
        PlanKey("id", "the slot's own name, unique among the slots (letters, digits, `-`, `_`, `.`; not starting with `.`; at most 64 bytes): its calendar event keeps its identity when the slot is renamed or moved to another day"),
        PlanKey("date", "required: the day"),
        PlanKey("start", "start time `HH:MM`"),
        PlanKey("end", "end time `HH:MM`"),
        PlanKey("item", "required: what happens"),
        PlanKey("place", "where"),
        PlanKey("zones", "the seating zones of this session (names of `seating:` zones; needs `id:`): the session is seated on its own, with its own 桌签, 座次表 section, charts `seating-<id>-<zone>.svg` and, with `signin: {per: session}`, 签到表; a zone belongs to one slot, and zones no slot names are the plenary's"),
    ])

    public static let notice = PlanKeySection(path: "notice", title: "The 会议通知 (GB/T 9704)", keys: [
        PlanKey("number", "发文字号 (`县委办发〔2026〕12号`); with it the notice gets the red 版头"),
        PlanKey("copy_number", "份号: 1–6 digits, printed as six (`000123`) top-left on the first line; required with `secrecy`"),
        PlanKey("secrecy", "密级, top-left on the second line", values: values(NoticeSpec.Secrecy.self)),
        PlanKey("secrecy_period", "保密期限 after the 密级: `N年`, `N个月` or `长期` (`secrecy: 秘密, secrecy_period: 1年` prints `秘密★1年`)"),
        PlanKey("urgency", "紧急程度, top-left below 份号 and 密级", values: values(NoticeSpec.Urgency.self)),
        PlanKey("signer", "签发人 of a 上行文 (needs `number`): one name (`李文华`), or a list in the order of the 发文机关 for a 联合行文 (`[李文华, 王　强, 赵明]`, at most 10): `签发人：姓名` right of the 发文字号, two names a line, the 发文字号 flush left on the last line"),
        PlanKey("printed_by", "印发机关 of the 版记 (default: the organizer), e.g. `县委办公室`"),
        PlanKey("to", "主送机关: a list, one organ each (`[各乡镇党委、政府, 县直有关部门]`); written joined with `，` and ending in `：`"),
        PlanKey("purpose", "the opening paragraph: why the meeting is held"),
        PlanKey("attendees", "参会人员"),
        PlanKey("requirements", "会议要求: a list, one item each (numbered （一）（二）… in the notice)"),
        PlanKey("contact", "联系人, see `notice.contact`"),
        PlanKey("reply_by", "回执 deadline, `YYYY-MM-DD HH:MM`"),
        PlanKey("copy_to", "抄送机关: a list, one organ each (`[县人大常委会办公室, 县政协办公室]`); the 版记 writes `抄送：A，B。`"),
        PlanKey("issued", "成文日期"),
        PlanKey("seal", "`true` (default) when the notice is sealed (加盖印章: 成文日期右空四字, 署名 centred over it); `false` for the unsealed layout"),
        PlanKey("attachments", "the notice's own attachments after 回执, 议程 and 日程, a list, see `notice.attachments[]`"),
    ])

    public static let noticeAttachment = PlanKeySection(path: "notice.attachments[]", title: "An attachment of the notice", keys: [
        PlanKey("title", "required: its title (附件说明 and the centred title on its page)"),
        PlanKey("file", "a CSV table (UTF-8 or GB18030, first row the header, at most 12 columns and 2,000 rows, 1 MB), relative to the plan"),
        PlanKey("text", "or text: one paragraph per line (at most 20,000 characters)"),
    ])

    public static let contact = PlanKeySection(path: "notice.contact", title: "Contact", keys: [
        PlanKey("name", "联系人"),
        PlanKey("phone", "联系电话"),
    ])

    public static let cards = PlanKeySection(path: "cards", title: "桌签", keys: [
        PlanKey("zones", "print 桌签 only for the people of these zones (default: every seated person)"),
    ])

    public static let signin = PlanKeySection(path: "signin", title: "签到表", keys: [
        PlanKey("blank_rows", "numbered empty rows added for walk-ins (0–500)"),
        PlanKey("per", "`meeting` (default): one 签到表 for the whole meeting; `session`: one for each session (schedule slot with `zones:`) and one for the plenary's zones", values: values(SignInScope.self)),
    ])

    public static let group = PlanKeySection(path: "groups[]", title: "A 分组讨论 group (docs/logistics.md)", keys: [
        PlanKey("id", "required, unique: names the group in diffs and lists"),
        PlanKey("name", "required: 第一组 …"),
        PlanKey("convener", "required: 召集人, a member's id"),
        PlanKey("deputy", "副召集人, a member's id"),
        PlanKey("liaison", "联络员, a member's id"),
        PlanKey("place", "where the group meets"),
        PlanKey("members", "required: ids, `{units: […]}`, `{roles: […]}`, or `rest` (everyone attending in no other group; one group at most)"),
        PlanKey("zone", "a `talks` or `hall` zone seating the group's room: the zone seats the group's members (it lists no `people:` of its own), with its own chart and 座次表 section; one group per zone"),
    ])

    public static let groupAssign = PlanKeySection(path: "group_assign", title: "Automatic groups", keys: [
        PlanKey("groups", "required: how many groups (1–500)"),
        PlanKey("by", "what stays together", values: values(GroupAssign.By.self)),
        PlanKey("balance", "what is spread over the groups", values: values(GroupAssign.Balance.self)),
        PlanKey("places", "where each group meets, in group order"),
        PlanKey("stable", "`true` to keep everyone's group of the previous version (`--changes-from`)"),
    ])

    public static let lodging = PlanKeySection(path: "lodging", title: "住宿", keys: [
        PlanKey("hotels", "required: the hotels in assignment order, see `lodging.hotels[]`"),
        PlanKey("single_from", "this rank and above get a single room (a person's `room: single` also does)"),
        PlanKey("nights", "the nights lodged (dates); default: each night between the first and the last schedule slot"),
        PlanKey("exclude", "`{units: […]}`: local units who go home"),
        PlanKey("stable", "`true` to keep everyone's room of the previous version (`--changes-from`)"),
    ])

    public static let hotel = PlanKeySection(path: "lodging.hotels[]", title: "A hotel", keys: [
        PlanKey("id", "required, unique: what `hotel:` pins name"),
        PlanKey("name", "required"),
        PlanKey("address", "地址"),
        PlanKey("phone", "电话"),
        PlanKey("rooms", "required: counts `{single: 20, double: 60}` or a list of `{number: \"101\", type: single}`"),
    ])

    public static let room = PlanKeySection(path: "lodging.hotels[].rooms[]", title: "A numbered room", keys: [
        PlanKey("number", "required: the room number, unique in the hotel"),
        PlanKey("type", "required", values: values(RoomType.self)),
    ])

    public static let meal = PlanKeySection(path: "meals[]", title: "A meal", keys: [
        PlanKey("id", "required, unique"),
        PlanKey("date", "required: the day"),
        PlanKey("meal", "required: 早餐, 午餐, 晚餐 …"),
        PlanKey("time", "`HH:MM`"),
        PlanKey("place", "the dining room"),
        PlanKey("style", "table = numbered tables (default) | buffet = counted only", values: values(MealSpec.Style.self)),
        PlanKey("table_size", "places per table, 2–30 (default 10)"),
        PlanKey("tables", "how many tables the room has (default: as many as needed)"),
        PlanKey("by", "kept together at tables", values: values(MealSpec.By.self)),
    ])

    public static let transport = PlanKeySection(path: "transport", title: "乘车", keys: [
        PlanKey("vehicles", "required: the vehicles, see `transport.vehicles[]`"),
        PlanKey("trips", "the trips, see `transport.trips[]`"),
        PlanKey("own_car_from", "this rank and above travel in their own cars, not on the trips' vehicles"),
        PlanKey("stable", "`true` to keep everyone's vehicle of the previous version (`--changes-from`)"),
    ])

    public static let vehicle = PlanKeySection(path: "transport.vehicles[]", title: "A vehicle", keys: [
        PlanKey("id", "required, unique"),
        PlanKey("plate", "车牌"),
        PlanKey("seats", "required: seats including the driver's, 2–100 (7 or fewer: the front passenger seat is kept for staff)"),
        PlanKey("driver", "驾驶员"),
        PlanKey("phone", "驾驶员电话"),
    ])

    public static let trip = PlanKeySection(path: "transport.trips[]", title: "A trip", keys: [
        PlanKey("id", "required, unique"),
        PlanKey("time", "required: departure `YYYY-MM-DD HH:MM`"),
        PlanKey("from", "出发地"),
        PlanKey("to", "目的地"),
        PlanKey("people", "`all` (default), ids, `{units: […]}` or `{roles: […]}`"),
        PlanKey("by", "kept together in vehicles", values: values(MealSpec.By.self)),
        PlanKey("vehicles", "the vehicles used, in filling order (default: all)"),
    ])

    public static let registration = PlanKeySection(path: "registration", title: "报到", keys: [
        PlanKey("date", "required: the day"),
        PlanKey("start", "`HH:MM`"),
        PlanKey("end", "`HH:MM`"),
        PlanKey("place", "where"),
        PlanKey("phone", "报到处电话"),
    ])

    public static let staffContact = PlanKeySection(path: "staff_contacts[]", title: "A staff contact", keys: [
        PlanKey("duty", "required: 会务组, 医疗 …"),
        PlanKey("name", "required"),
        PlanKey("phone", "电话"),
    ])

    public static let handbook = PlanKeySection(path: "handbook", title: "会议指南", keys: [
        PlanKey("notes", "会议须知, one item each, in order"),
    ])

    /// Every section, in the order of the reference.
    public static let sections = [top, meeting, venue, approval, costs, person, zone, pin, seat, selector, agendaItem, scheduleSlot,
                                  notice, noticeAttachment, contact, cards, signin, group, groupAssign, lodging, hotel, room, meal, transport, vehicle,
                                  trip, registration, staffContact, handbook]

    /// `docs/plan-keys.md`: every key with its meaning and values.
    public static func markdownReference() -> String {
        var lines = [
            "# Plan keys",
            "",
            "Every key a meeting plan accepts. Unknown keys are errors (`PLAN002`, with the nearest key suggested).",
            "Generated from the loader's own key lists (`banhui check --list-keys > docs/plan-keys.md`); a test keeps it fresh.",
            "The format is explained with examples in `docs/plan-format.md`.",
        ]
        for section in sections {
            lines += ["", "## \(section.path.isEmpty ? "(top level)" : "`\(section.path)`") — \(section.title)", "",
                      "| key | meaning | values |", "|---|---|---|"]
            for key in section.keys {
                let values = key.values.map { "`\($0)`" }.joined(separator: " ")
                lines.append("| `\(key.name)` | \(key.meaning.replacingOccurrences(of: "|", with: "\\|")) | \(values) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
