import MeetingPlan
import PlanReading

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
        try seat(plan, environment: environment, stableAgainst: nil)
    }

    /// With a previous seating, `stable: true` zones are re-seated against it (`StableSeating`)
    /// after the new pins and holds and before the swaps and the SEAT101 check.
    static func seat(_ plan: Plan, environment: SeatingEnvironment, stableAgainst previous: PreviousSeating?) throws -> SeatPlan {
        let log = DiagnosticLog()
        // Matched only when a zone is re-seated against the previous seating (`stable: true`).
        var matching: PersonMatching?
        // The whole plan ranked once per precedence (a zone may name its own `tiebreak`): each
        // zone's people are ranked by picking them from it, and the plan's ranking is the seat
        // plan's precedence order. Sorting every zone's people again compared n log n keys more.
        var rankings: [[TieBreaker]: [Int]] = [:]
        func ranking(_ precedence: Precedence) -> [Int] {
            if let known = rankings[precedence.tiebreak] { return known }
            let ranked = precedence.sortedPositions(plan.people)
            rankings[precedence.tiebreak] = ranked
            return ranked
        }
        let library = LayoutLibrary(catalogue: environment.layouts, files: environment.files)
        // Per event, the zone each person already sits in.
        var seatedIn: [SeatingEvent: [String: String]] = [:]
        var reportedData = Set<String>()
        let warnings = DiagnosticLog()
        var zones: [SeatedZone] = []
        for (zone, event) in zip(plan.seating, plan.seatingEvents) {
            let errorsBefore = log.count
            let precedence = Precedence(units: plan.units, tiebreak: zone.tiebreak ?? plan.tiebreak, collation: environment.collator)
            let seated = Set(seatedIn[event, default: [:]].keys)
            // In the plan's order: the checks below report people in the order they are written.
            let selection = plan.selection(for: zone, excluding: seated)
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
            let before = previous.flatMap { previous -> StableBefore? in
                guard zone.stable, zone.kind == .hall || zone.kind == .banquet,
                      let seats = previous.seats.zones.first(where: { $0.name == zone.name && $0.kind == zone.kind }) else { return nil }
                let matched = matching ?? PersonMatching(old: previous.plan.people, new: plan.people)
                matching = matched
                return StableBefore(zone: seats, plan: previous.plan, matching: matched)
            }
            let context = ZoneContext(zone: zone, plan: plan, layout: layout, precedence: precedence, log: log, warnings: warnings,
                                      stableBefore: before)
            if let seatedZone = context.seat(plan.selection(for: zone, excluding: seated, ranking: ranking(precedence))) {
                zones.append(seatedZone)
                for person in everyone { seatedIn[event, default: [:]][person.id] = zone.name }
            }
        }
        try log.throwIfErrors()
        let everyone = ranking(Precedence(units: plan.units, tiebreak: plan.tiebreak, collation: environment.collator))
        return SeatPlan(meetingID: plan.meeting.id, zones: zones, precedenceOrder: everyone.map { plan.people[$0].id }, warnings: warnings.diagnostics)
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
