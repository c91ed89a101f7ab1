import MeetingPlan

/// What the engine needs from outside the plan: the layouts, a reader for files a plan names,
/// and the name data. The front end builds it once; nothing here has a default.
public struct SeatingEnvironment: Sendable {
    public var layouts: LayoutCatalogue
    public var files: FileReader
    /// Orders names by strokes or pinyin.
    public var collator: NameCollator

    public init(layouts: LayoutCatalogue, files: FileReader, collator: NameCollator) {
        self.layouts = layouts
        self.files = files
        self.collator = collator
    }
}

/// Seats the people of a plan zone by zone, as seating.md says.
public enum SeatingEngine {
    /// Throws `InputErrors` when the zones cannot be seated (too many people, nobody selected, …).
    public static func seat(_ plan: Plan, environment: SeatingEnvironment) throws -> SeatPlan {
        let log = DiagnosticLog()
        let library = LayoutLibrary(catalogue: environment.layouts, files: environment.files)
        // Per event, the zone each person already sits in.
        var seatedIn: [SeatingEvent: [String: String]] = [:]
        var reportedData = Set<String>()
        let warnings = DiagnosticLog()
        var zones: [SeatedZone] = []
        for (index, zone) in plan.seating.enumerated() {
            let errorsBefore = log.count
            let event = SeatingEvent(kind: zone.kind, index: index)
            let precedence = Precedence(units: plan.units, tiebreak: zone.tiebreak ?? plan.tiebreak, collation: environment.collator)
            let selection = plan.selection(for: zone, excluding: Set(seatedIn[event, default: [:]].keys))
            let everyone = selection.everyone
            if everyone.isEmpty {
                log.error(SeatingCodes.selectsNobody, "座次区“\(quoted: zone.name)”没有选中任何人", at: zone.marks["people"])
                continue
            }
            for person in everyone {
                if let other = seatedIn[event]?[person.id] {
                    log.error(SeatingCodes.seatedTwice, "人员“\(quoted: person.id)”（\(quoted: person.name)）已在座次区“\(quoted: other)”，不能再安排在“\(quoted: zone.name)”：\(SeatingEvent.rule)",
                              at: zone.marks["people"])
                }
            }
            checkNames(everyone, precedence: precedence, zone: zone, plan: plan, environment: environment,
                       reported: &reportedData, log: log)
            let layout = zone.layout.flatMap { library.load($0, planFile: plan.file, at: zone.marks["layout"], log: log) }
            if let layout, !compatible(layout.kind, zone.kind) {
                log.error(SeatingCodes.layoutKind, "布局“\(quoted: layout.name)”用于\(layout.kind.rawValue)，不能用于\(zone.kind.rawValue)座次区“\(quoted: zone.name)”",
                          at: zone.marks["layout"])
            }
            guard log.count == errorsBefore else { continue }
            let context = ZoneContext(zone: zone, plan: plan, layout: layout, precedence: precedence, log: log, warnings: warnings)
            let ranked = ZoneSelection(hosts: selection.hosts, guests: selection.guests, others: precedence.sorted(selection.others))
            if let seated = context.seat(ranked) {
                zones.append(seated)
                for person in everyone { seatedIn[event, default: [:]][person.id] = zone.name }
            }
        }
        try log.throwIfErrors()
        let everyone = Precedence(units: plan.units, tiebreak: plan.tiebreak, collation: environment.collator).sorted(plan.people)
        return SeatPlan(meetingID: plan.meeting.id, zones: zones, precedenceOrder: everyone.map(\.id), warnings: warnings.diagnostics)
    }

    /// A missing Han character is an error at the person, never a silent fallback.
    private static func checkNames(_ people: [Person], precedence: Precedence, zone: ZoneSpec, plan: Plan,
                                   environment: SeatingEnvironment, reported: inout Set<String>, log: DiagnosticLog) {
        for order in precedence.tiebreak where order.comparesNames {
            for person in people {
                switch environment.collator.problem(in: person.name, by: order) {
                case .none: continue
                case .dataUnavailable(let path, let reason)?:
                    if reported.insert(path).inserted {
                        let package = order == .pinyin ? "rime-data-luna-pinyin（或设置 BANHUI_PINYIN_DATA）" : "rime-data-stroke（或设置 BANHUI_STROKE_DATA）"
                        log.error(SeatingCodes.nameDataMissing, "按\(order.label)排序需要数据文件 \(path)：\(reason)；请安装 \(package)",
                                  at: zone.tiebreak == nil ? plan.marks["tiebreak"] : zone.marks["tiebreak"])
                    }
                case .missingCharacters(let characters)?:
                    let list = characters.map { "“\($0)”（U+\(String($0.unicodeScalars.first!.value, radix: 16, uppercase: true))）" }.joined(separator: "、")
                    log.error(SeatingCodes.unknownCharacter, "姓名“\(quoted: person.name)”中的\(list)不在\(order.label)数据中，无法排序", at: person.location)
                }
            }
        }
    }

    /// Which layout kinds a zone kind can use.
    static func compatible(_ layout: ZoneKind, _ zone: ZoneKind) -> Bool {
        switch zone {
        case .rostrum, .photo, .hall: return layout == .rostrum || layout == .photo || layout == .hall
        case .banquet: return layout == .banquet
        case .talks: return layout == .talks
        }
    }
}

extension TieBreaker {
    /// 笔画, 姓氏笔画, 拼音 … for messages.
    public var label: String {
        switch self {
        case .unit: return "单位"
        case .since: return "任职时间"
        case .strokes: return "姓名笔画"
        case .surnameStrokes: return "姓氏笔画"
        case .pinyin: return "拼音"
        case .roster: return "名单顺序"
        }
    }
}

/// Diagnostic codes of the seating engine.
public enum SeatingCodes {
    public static let tooManyPeople = DiagnosticCode("SEAT001", "more people in a zone than it has seats", example: "rows: [5] with 6 people")
    public static let seatedTwice = DiagnosticCode("SEAT002", "a person seated twice in the plenary (rostrum and hall zones)", example: "P1 in 主席台 and in 台下")
    public static let unknownLayout = DiagnosticCode("SEAT003", "an unknown layout", example: "layout: no-such-hall")
    public static let selectsNobody = DiagnosticCode("SEAT004", "a zone's selector selects nobody", example: "people: {role: press} with no press")
    public static let unknownCharacter = DiagnosticCode("SEAT005", "a Han character missing from the stroke or pinyin data", example: "name: 𠀾明 with tiebreak [strokes]")
    public static let nameDataMissing = DiagnosticCode("SEAT006", "the stroke or pinyin data file cannot be read", example: "BANHUI_STROKE_DATA=/nonexistent")
    public static let layoutKind = DiagnosticCode("SEAT007", "a layout used by a zone of another kind", example: "kind: banquet with layout: county-auditorium")
    public static let talksParties = DiagnosticCode("SEAT008", "a talks zone without hosts and guests, or with other people", example: "kind: talks, hosts: [H1] and no guests")
    public static let pinnedSeat = DiagnosticCode("SEAT009", "a pinned or held seat that the zone does not have or that its layout closes", example: "hold: [{row: 30, seat: 1}] in a hall of 20 rows")
    public static let notInZone = DiagnosticCode("SEAT010", "a pinned, swapped or table-hosting person who is not seated in the zone", example: "pins: [{person: P9, row: 1, seat: 1}] with P9 in another zone")
    public static let unusableLayout = DiagnosticCode("SEAT011", "a talks layout whose shape cannot seat the arrangement", example: "kind: talks, layout: banquet-1 or arrangement: side-by-side with a long table")
    public static let pinBreaksProtocol = DiagnosticCode("SEAT101", "warning: a pin or swap seats a person ahead of someone more senior, or outside their unit's area", example: "pins: [{person: P9, row: 1, seat: 3}] on the rostrum's centre seat")
    public static let hostRatio = DiagnosticCode("SEAT102", "warning: a banquet with guests seats more of the host side than the 公务接待 rule allows (3 for up to 10 visitors, else a third of them)", example: "hosts: [H1, H2, H3, H4] with guests: [G1, G2]")

    public static let catalogue = [tooManyPeople, seatedTwice, unknownLayout, selectsNobody, unknownCharacter, nameDataMissing,
                                   layoutKind, talksParties, pinnedSeat, notInZone, unusableLayout, pinBreaksProtocol, hostRatio]
}
