import MeetingPlan
/// Reads a plan file and the rosters it names into a checked `Plan`, collecting every problem.
public struct PlanLoader {
    public let files: FileReader

    public init(files: FileReader) {
        self.files = files
    }

    /// Loads the plan at `path`. Throws `InputErrors` with every problem when the plan is invalid.
    public func load(_ path: String) throws -> Plan {
        let log = DiagnosticLog()
        let plan = load(path, log: log)
        try log.throwIfErrors()
        guard let plan else { throw InputErrors(log.diagnostics) }
        return plan
    }

    /// The largest plan file read (plan-format.md, "Limits").
    public static let maximumPlanBytes = 16 * 1_048_576
    /// The largest roster file read.
    public static let maximumRosterBytes = 64 * 1_048_576

    /// Loads the plan at `path`, logging problems; returns nil when it cannot be read at all.
    public func load(_ path: String, log: DiagnosticLog) -> Plan? {
        let bytes: [UInt8]
        do {
            bytes = try files.read(path, atMost: Self.maximumPlanBytes)
        } catch FileReadError.tooLarge {
            log.error(.planTooLarge, "计划文件超过 \(Self.maximumPlanBytes / 1_048_576) MB，未读取", at: SourceLocation(file: path))
            return nil
        } catch {
            log.error(.planUnreadable, "无法读取计划文件：\(error)", at: SourceLocation(file: path))
            return nil
        }
        guard let text = Self.utf8Text(bytes, file: path, log: log),
              let root = YAMLInput.parse(text, file: path, log: log) else { return nil }
        return decode(root, file: path, log: log)
    }

    /// The text of a plan (or any YAML file the user wrote): UTF-8 with or without BOM; otherwise
    /// an error at the first byte that is not UTF-8.
    public static func utf8Text(_ bytes: [UInt8], file: String, log: DiagnosticLog) -> String? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let invalid = TextDecoding.firstInvalidUTF8Offset(body) else {
            return String(decoding: body, as: UTF8.self)
        }
        let position = LineTable(Array(body)).position(ofByte: invalid - body.startIndex)
        log.error(.planEncoding, "文件须为 UTF-8 编码：此处的字节 0x\(String(body[invalid], radix: 16, uppercase: true)) 不是 UTF-8",
                  at: SourceLocation(file: file, line: position.line, column: position.column))
        return nil
    }

    /// Decodes a parsed plan; `file` is the plan's path, against which roster paths resolve.
    public func decode(_ root: Node, file: String, log: DiagnosticLog) -> Plan? {
        guard let top = MapReader(root, path: "", known: PlanKeys.top.names, log: log) else { return nil }
        let version = top.int("version") ?? 1
        if top.value("version") != nil && version != 1 {
            log.error(.unsupportedVersion, "不支持的计划版本 \(version)，当前仅支持 version: 1", at: top.node["version"]!.location(path: "version"))
        }
        let ranks = readRanks(top, log: log)
        let tiebreak = top.choices("tiebreak", TieBreaker.self) ?? TieBreaker.standard
        let meeting = readMeeting(top, file: file, log: log)
        // Units, names and titles are bounded by PersonText (32 and 200 characters).
        let units = top.strings("units", bounded: false) ?? []
        for (index, unit) in units.enumerated() {
            if let node = top.value("units")?.sequence?[index] {
                _ = PersonText.check(unit, as: .unit, at: node.location(path: "units[\(index)]"), log: log)
            }
        }
        reportDuplicates(units, in: top.value("units"), path: "units", what: "单位", log: log)
        let people = readPeople(top, file: file, ranks: ranks, log: log)
        let personIDs = Set(people.map(\.id))
        let agenda = readAgenda(top, personIDs: personIDs, log: log)
        let zones = top.list("seating").map { ZoneReading.read($0, path: "seating", log: log) } ?? []
        let schedule = readSchedule(top, meeting: meeting, zones: zones, log: log)
        let notice = top.map("notice", known: PlanKeys.notice.names).map { NoticeReading(files: files, planFile: file).read($0) }
        let cards = top.map("cards", known: PlanKeys.cards.names)
        let cardZones = cards?.strings("zones")
        for (index, name) in (cardZones ?? []).enumerated() where !zones.contains(where: { $0.name == name }) {
            let hint = Suggestion.nearest(to: name, in: zones.map(\.name)).map { "，是否为“\($0)”？" } ?? ""
            log.error(.notInSet, "桌签的座次区“\(name)”不存在\(hint)", at: cards!.value("zones")!.sequence![index].location(path: "cards.zones[\(index)]"))
        }
        let signin = top.map("signin", known: PlanKeys.signin.names)
        let blankRows = signin?.int("blank_rows", in: 0...500) ?? 0
        let logisticsReading = LogisticsReading(top: top, people: people, units: units, ranks: ranks, zones: zones, log: log)
        let logistics = logisticsReading.read()
        logisticsReading.checkStayPins(logistics.lodging)
        Self.checkGroupZones(logistics.groups, zones: zones, schedule: schedule, log: log)
        let events = SeatingEvent.events(of: zones, schedule: schedule, groupZones: Set(logistics.groups.compactMap(\.zone)))
        ZoneReading.checkReferences(zones, events: events, people: people, units: units, log: log)
        let sessionOf = Dictionary(schedule.flatMap { slot in slot.zones.map { ($0, slot.id) } }, uniquingKeysWith: { first, _ in first })
        ZoneReading.checkChartNames(zones, sessions: sessionOf.compactMapValues { $0 }, log: log)
        if logistics.hasGroups, meeting?.groupDiscussion == false, top.node["meeting"]?["group_discussion"] != nil {
            log.error(.logisticsConflict, "计划有分组讨论（groups 或 group_assign），meeting.group_discussion 却为 false",
                      at: top.node["meeting"]!["group_discussion"]!.location(path: "meeting.group_discussion"))
        }
        guard var meeting else { return nil }
        if logistics.hasGroups { meeting.groupDiscussion = true }
        var plan = Plan(file: file, version: version, meeting: meeting, units: units, people: people, ranks: ranks,
                    tiebreak: tiebreak, seating: zones, agenda: agenda, schedule: schedule, notice: notice,
                    cardZones: cardZones, signInBlankRows: blankRows, marks: Marks(root, path: ""))
        plan.signInPerSession = signin?.choice("per", SignInScope.self) == .session
        plan.logistics = logistics
        return plan
    }

    // MARK: - Sections

    private func readRanks(_ top: MapReader, log: DiagnosticLog) -> RankTable {
        guard let items = top.list("ranks") else { return .standard }
        var ranks: [RankTable.Rank] = []
        for (index, item) in items.enumerated() {
            let path = "ranks[\(index)]"
            if item.sequence != nil {
                guard let names = ValueReader.strings(item, path: path, log: log), let first = names.first else {
                    if item.sequence?.isEmpty == true { log.error(.emptyValue, "职级不能为空列表", at: item.location(path: path)) }
                    continue
                }
                ranks.append(RankTable.Rank(name: first, aliases: Array(names.dropFirst())))
            } else if let name = ValueReader.string(item, path: path, log: log, required: true) {
                ranks.append(RankTable.Rank(name: name))
            }
        }
        return RankTable(ranks)
    }

    private func readMeeting(_ top: MapReader, file: String, log: DiagnosticLog) -> Meeting? {
        guard let section = top.map("meeting", known: PlanKeys.meeting.names, required: true) else { return nil }
        let title = section.string("title", required: true)
        let start = section.dateTime("start", required: true)
        let end = section.dateTime("end", required: true)
        if let start, let end, end < start {
            log.error(.endBeforeStart, "结束时间 \(end) 早于开始时间 \(start)", at: section.node["end"]!.location(path: "meeting.end"))
        }
        let venue = section.map("venue", known: PlanKeys.venue.names).map { venue in
            Venue(name: venue.string("name"), address: venue.string("address"), city: venue.string("city"),
                  scenicArea: venue.bool("scenic_area") ?? false, star: venue.int("star", in: 1...5), location: venue.node.location(path: venue.path))
        }
        let approval = section.map("approval", known: PlanKeys.approval.names).map { approval in
            Approval(by: approval.string("by"), date: approval.date("date"), ref: approval.string("ref"))
        }
        let costs = section.map("costs", known: PlanKeys.costs.names).map { costs in
            Costs(lodging: costs.double("lodging", in: 0...1_000_000), meals: costs.double("meals", in: 0...1_000_000),
                  other: costs.double("other", in: 0...1_000_000))
        }
        let reaches = section.choices("reaches", MeetingLevel.self) ?? []
        var id = section.string("id")
        if let written = id, !written.isEmpty, !ExportNames.isSafeMeetingID(written) {
            log.error(.unsafeMeetingID, "会议 id“\(written)”不能作导出文件夹名：只能用字母（含汉字）、数字、-、_、.，不以 . 开头，不超过 \(ExportNames.maximumMeetingIDBytes) 字节",
                      at: section.node["id"]!.location(path: "meeting.id"))
        }
        if id?.isEmpty ?? true { id = ExportNames.meetingID(fromPlanFile: file) }
        let meeting = Meeting(
            id: id ?? "meeting", title: title ?? "", organizer: section.string("organizer"),
            level: section.choice("level", MeetingLevel.self), organizerKind: section.choice("organizer_kind", OrganizerKind.self),
            type: section.choice("type", MeetingType.self), system: section.string("system"),
            category: section.int("category", in: 1...4),
            start: start ?? LocalDateTime(date: LocalDate(year: 1970, month: 1, day: 1), time: LocalTime(hour: 0, minute: 0)),
            end: end ?? start ?? LocalDateTime(date: LocalDate(year: 1970, month: 1, day: 1), time: LocalTime(hour: 0, minute: 0)),
            timezone: section.string("timezone") ?? "Asia/Shanghai", venue: venue,
            mode: section.choice("mode", MeetingMode.self) ?? .onsite, groupDiscussion: section.bool("group_discussion") ?? false,
            inAnnualPlan: section.bool("in_annual_plan"), approval: approval, reaches: reaches,
            staff: section.int("staff", in: 0...1_000_000), expectedAttendance: section.int("expected_attendance", in: 0...10_000_000),
            costs: costs, revision: section.int("revision", in: 0...1_000_000), marks: Marks(section.node, path: "meeting"))
        return title == nil || start == nil || end == nil ? nil : meeting
    }

    private func readPeople(_ top: MapReader, file: String, ranks: RankTable, log: DiagnosticLog) -> [Person] {
        guard let items = top.list("people") else { return [] }
        var people: [Person] = []
        for (index, item) in items.enumerated() {
            let path = "people[\(index)]"
            if item.mapping != nil {
                if let person = readPerson(item, path: path, ranks: ranks, appearance: people.count, log: log) {
                    people.append(person)
                }
            } else if let rosterPath = ValueReader.string(item, path: path, log: log, required: true) {
                let resolved = resolvePath(rosterPath, relativeTo: file)
                do {
                    let bytes = try files.read(resolved, atMost: Self.maximumRosterBytes)
                    if bytes.isEmpty {
                        log.error(.rosterEmpty, "名单文件“\(quoted: rosterPath)”是空文件", at: item.location(path: path))
                        continue
                    }
                    let imported = RosterImport.people(bytes: bytes, path: resolved, shownAs: resolved, ranks: ranks,
                                                       firstAppearance: people.count, log: log)
                    // A plan whose people are one roster takes the roster's array as it is: appending copied every person.
                    if people.isEmpty { people = imported } else { people += imported }
                } catch FileReadError.tooLarge {
                    log.error(.rosterTooLarge, "名单文件“\(quoted: rosterPath)”超过 \(Self.maximumRosterBytes / 1_048_576) MB，未读取",
                              at: item.location(path: path))
                } catch {
                    log.error(.rosterUnreadable, "无法读取名单文件“\(quoted: rosterPath)”：\(error)", at: item.location(path: path))
                }
            }
        }
        // Positions, not copies of each person; sized once rather than rehashed at every doubling.
        var seen = [String: Int](minimumCapacity: people.count)
        for (position, person) in people.enumerated() {
            if let first = seen[person.id] {
                log.error(.duplicateID, "人员编号“\(quoted: person.id)”重复（首次出现于 \(people[first].location)）", at: person.location)
            } else {
                seen[person.id] = position
            }
        }
        return people
    }

    private func readPerson(_ node: Node, path: String, ranks: RankTable, appearance: Int, log: DiagnosticLog) -> Person? {
        guard let map = MapReader(node, path: path, known: PlanKeys.person.names, log: log) else { return nil }
        let errorsBefore = log.count
        let id = map.string("id", required: true)
        let name = map.string("name", required: true, bounded: false)
        let unit = map.string("unit", bounded: false), title = map.string("title", bounded: false)
        for (key, field, text) in [("name", PersonText.name, name), ("unit", .unit, unit), ("title", .title, title)] {
            if let text, let value = node[key] {
                _ = PersonText.check(text, as: field, at: value.location(path: map.childPath(key)), log: log)
            }
        }
        var person = Person(id: id ?? "", name: name ?? "", unit: unit, title: title,
                            order: map.int("order", in: 1...1_000_000), since: map.date("since"), gender: map.string("gender"),
                            phone: map.string("phone"), role: map.choice("role", PersonRole.self) ?? .attendee,
                            principal: map.bool("principal") ?? false, appearance: appearance,
                            location: node.location(path: path))
        person.stay = LogisticsReading.stay(map)
        if let rank = map.string("rank") {
            if let level = ranks.level(of: rank) {
                person.rank = ranks.canonicalName(of: rank)
                person.rankLevel = level
            } else {
                let hint = Suggestion.nearest(to: rank, in: ranks.allNames).map { "，是否为“\($0)”？" } ?? ""
                log.error(.unknownRank, "职级“\(quoted: rank)”不在职级表中\(hint)", at: node["rank"]!.location(path: "\(path).rank"))
            }
        }
        return log.count == errorsBefore ? person : nil
    }

    private func readAgenda(_ top: MapReader, personIDs: Set<String>, log: DiagnosticLog) -> [AgendaItem] {
        guard let items = top.list("agenda") else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let map = MapReader(item, path: "agenda[\(index)]", known: PlanKeys.agendaItem.names, log: log),
                  let text = map.string("item", required: true) else { return nil }
            let by = map.string("by")
            if let by, !personIDs.contains(by), Self.looksLikePersonID(by, ids: personIDs) {
                let hint = Suggestion.nearest(to: by, in: personIDs.sorted()).map { "，是否为“\($0)”？" } ?? ""
                log.error(.unknownPerson, "议程的 by“\(by)”像人员编号，但没有这个人\(hint)", at: item["by"]!.location(path: map.childPath("by")))
            }
            return AgendaItem(item: text, by: by, byPersonID: by.flatMap { personIDs.contains($0) ? $0 : nil },
                              minutes: map.int("minutes", in: 1...10_000), speech: map.bool("speech") ?? false,
                              location: item.location(path: map.path))
        }
    }

    /// An agenda `by:` written like the plan's ids (`P44` where ids are `P1`…, or `R12` for roster
    /// rows): letters and then digits, with a letter prefix some id of the plan has. Free text such
    /// as `县委办公室` or `主持人` is not.
    static func looksLikePersonID(_ text: String, ids: Set<String>) -> Bool {
        func prefix(_ id: String) -> String? {
            let letters = id.prefix { $0.isASCII && $0.isLetter }
            let rest = id.dropFirst(letters.count)
            return !rest.isEmpty && rest.allSatisfy({ $0.isASCII && $0.isNumber }) ? String(letters) : nil
        }
        guard let shape = prefix(text) else { return false }
        return ids.contains { prefix($0) == shape } || ids.isEmpty
    }

    /// Days before the start (报到) or after the end (离会) a schedule may name: the 会议费 rules
    /// allow at most two such days (MTG-FEE-ARRIVAL counts them).
    static let arrivalDepartureDays = 2

    /// A slot lies within the meeting's dates; an arrival (报到) may come up to two days before and
    /// a departure (离会, 离开, 返程) up to two days after.
    static func scheduleAllows(_ date: LocalDate, item: String, meeting: Meeting) -> Bool {
        let start = meeting.start.date.dayNumber, end = meeting.end.date.dayNumber, day = date.dayNumber
        if (start...end).contains(day) { return true }
        if day < start { return item.contains("报到") && start - day <= arrivalDepartureDays }
        return ["离会", "离开", "返程"].contains(where: item.contains) && day - end <= arrivalDepartureDays
    }

    private func readSchedule(_ top: MapReader, meeting: Meeting?, zones: [ZoneSpec], log: DiagnosticLog) -> [ScheduleSlot] {
        guard let items = top.list("schedule") else { return [] }
        var slotIDs: [String: SourceLocation] = [:]
        // The slot that first named each zone, so that a zone belongs to one session.
        var zoneOwner: [String: String] = [:]
        let zoneNames = zones.map(\.name)
        return items.enumerated().compactMap { index, item in
            guard let map = MapReader(item, path: "schedule[\(index)]", known: PlanKeys.scheduleSlot.names, log: log) else { return nil }
            let date = map.date("date", required: true)
            let start = map.value("start").flatMap { ValueReader.time($0, path: map.childPath("start"), log: log) }
            let end = map.value("end").flatMap { ValueReader.time($0, path: map.childPath("end"), log: log) }
            if let start, let end, end < start {
                log.error(.endBeforeStart, "日程结束时间 \(end) 早于开始时间 \(start)", at: item["end"]!.location(path: map.childPath("end")))
            }
            if let date, let meeting, !Self.scheduleAllows(date, item: map.string("item") ?? "", meeting: meeting) {
                log.error(.slotOutsideMeeting, "日程日期 \(date) 不在会期内（\(meeting.start.date) 至 \(meeting.end.date)；报到、离会可在会期前后 2 天内）",
                          at: item["date"]!.location(path: map.childPath("date")))
            }
            let id = map.string("id")
            if let id, let node = item["id"] {
                let location = node.location(path: map.childPath("id"))
                if !ExportNames.isSafeMeetingID(id) {
                    log.error(.unsafeSlotID, "日程 id“\(quoted: id)”须是一个安全的名称：只能用字母（含汉字）、数字、-、_、.，不以 . 开头，不超过 \(ExportNames.maximumMeetingIDBytes) 字节",
                              at: location)
                } else if let first = slotIDs[id] {
                    log.error(.duplicateValue, "日程 id“\(quoted: id)”重复（首次出现于 \(first)）", at: location)
                } else {
                    slotIDs[id] = location
                }
            }
            let sessionZones = map.strings("zones") ?? []
            reportDuplicates(sessionZones, in: map.value("zones"), path: map.childPath("zones"), what: "座次区", log: log)
            if !sessionZones.isEmpty, id == nil {
                log.error(.sessionWithoutID, "日程“\(quoted: map.string("item") ?? "")”列出了座次区（zones），须有 id：各场次的座次图、调整按 id 命名",
                          at: map.value("zones")!.location(path: map.childPath("zones")))
            }
            for (zoneIndex, zone) in sessionZones.enumerated() {
                let location = map.value("zones")!.sequence![zoneIndex].location(path: "\(map.childPath("zones"))[\(zoneIndex)]")
                if !zoneNames.contains(zone) {
                    let hint = Suggestion.nearest(to: zone, in: zoneNames).map { "，是否为“\($0)”？" } ?? ""
                    log.error(.sessionUnknownZone, "日程的座次区“\(quoted: zone)”不在 seating: 中\(hint)", at: location)
                } else if let owner = zoneOwner[zone], owner != (id ?? "") {
                    log.error(.sessionZoneTaken, "座次区“\(quoted: zone)”已属于日程“\(quoted: owner)”：每个座次区只属于一个场次，另一场次请另设座次区", at: location)
                } else {
                    zoneOwner[zone] = id ?? ""
                }
            }
            guard let date, let text = map.string("item", required: true) else { return nil }
            return ScheduleSlot(id: id, date: date, start: start, end: end, item: text, place: map.string("place"), zones: sessionZones,
                                location: item.location(path: map.path))
        }
    }

    /// A group's zone seats the group's members: it lists no people of its own, and no other
    /// group and no session names it.
    static func checkGroupZones(_ groups: [GroupSpec], zones: [ZoneSpec], schedule: [ScheduleSlot], log: DiagnosticLog) {
        var firstGroup: [String: String] = [:]
        for group in groups {
            guard let name = group.zone, let zone = zones.first(where: { $0.name == name }) else { continue }
            let location = group.marks["zone"]
            if zone.people != nil || !zone.hosts.isEmpty || !zone.guests.isEmpty {
                log.error(.groupZoneConflict, "座次区“\(quoted: name)”是分组“\(quoted: group.name)”的会场，按分组成员安排座位，不能再写 people、hosts 或 guests",
                          at: location)
            } else if let other = firstGroup[name] {
                log.error(.groupZoneConflict, "座次区“\(quoted: name)”已是分组“\(quoted: other)”的会场：每个分组各用一个座次区", at: location)
            } else if let slot = schedule.first(where: { $0.zones.contains(name) }) {
                log.error(.sessionZoneTaken, "座次区“\(quoted: name)”已属于日程“\(quoted: slot.id ?? slot.item)”，不能再作分组“\(quoted: group.name)”的会场",
                          at: location)
            }
            if firstGroup[name] == nil { firstGroup[name] = group.name }
        }
    }

    private func reportDuplicates(_ values: [String], in node: Node?, path: String, what: String, log: DiagnosticLog) {
        var seen = Set<String>()
        for (index, value) in values.enumerated() where !seen.insert(value).inserted {
            let location = node?.sequence?[index].location(path: "\(path)[\(index)]") ?? SourceLocation(file: "", path: path)
            log.error(.duplicateValue, "\(what)“\(quoted: value)”重复出现", at: location)
        }
    }
}

/// Reads the `notice:` section, with the files its attachments name (relative to the plan).
struct NoticeReading {
    let files: FileReader
    let planFile: String

    /// Bounds of the notice's own attachments (plan-format.md, "Limits").
    static let maximumAttachments = 20
    static let maximumAttachmentBytes = 1_048_576
    static let maximumAttachmentRows = 2_000
    /// Columns of an attachment table: more do not fit the 156 mm 版心 in 四号.
    static let maximumAttachmentColumns = 12
    static let maximumAttachmentCharacters = 20_000
    /// 签发人 of a 联合行文: five lines of two names above the 红色分隔线.
    static let maximumSigners = 10

    func read(_ map: MapReader) -> NoticeSpec {
        let contact = map.map("contact", known: PlanKeys.contact.names).map {
            NoticeSpec.Contact(name: $0.string("name"), phone: $0.string("phone"))
        }
        let number = map.string("number")
        let copyNumber = map.string("copy_number")
        if let copyNumber, !(1...6).contains(copyNumber.count) || !copyNumber.allSatisfy({ $0.isASCII && $0.isNumber }) {
            map.log.error(.headerValue, "份号“\(quoted: copyNumber)”应为 1–6 位阿拉伯数字（印为 6 位，前补 0）",
                          at: map.node["copy_number"]!.location(path: map.childPath("copy_number")))
        }
        let secrecy = map.choice("secrecy", NoticeSpec.Secrecy.self)
        let period = map.string("secrecy_period")
        if let period, let node = map.node["secrecy_period"] {
            let location = node.location(path: map.childPath("secrecy_period"))
            if !Self.isSecrecyPeriod(period) {
                map.log.error(.headerValue, "保密期限“\(quoted: period)”应为“N年”“N个月”或“长期”（N 为阿拉伯数字）", at: location)
            } else if map.value("secrecy") == nil {
                map.log.error(.headerValue, "有保密期限而没有密级（secrecy: 秘密 | 机密 | 绝密）", at: location)
            }
        }
        if map.value("secrecy") != nil, map.value("copy_number") == nil {
            map.log.error(.headerValue, "涉密公文应当标注份号（copy_number），GB/T 9704 §7.2.1",
                          at: map.node["secrecy"]!.location(path: map.childPath("secrecy")))
        }
        let signers = signers(map)
        if !signers.isEmpty, number == nil {
            map.log.error(.headerValue, "签发人与发文字号同行编排（上行文），须同时给出发文字号（number）",
                          at: map.node["signer"]!.location(path: map.childPath("signer")))
        }
        return NoticeSpec(number: number, copyNumber: copyNumber.map { String(repeating: "0", count: max(0, 6 - $0.count)) + $0 },
                          secrecy: secrecy, secrecyPeriod: period, urgency: map.choice("urgency", NoticeSpec.Urgency.self),
                          signers: signers, printedBy: map.string("printed_by"),
                          to: map.strings("to") ?? [], purpose: map.string("purpose", multiline: true),
                          attendees: map.string("attendees", multiline: true),
                          requirements: map.strings("requirements", multiline: true) ?? [], contact: contact,
                          replyBy: map.dateTime("reply_by"), copyTo: map.strings("copy_to") ?? [], issued: map.date("issued"),
                          sealed: map.bool("seal") ?? true, attachments: attachments(map), marks: Marks(map.node, path: map.path))
    }

    /// `signer`: one name, or a list of names in the order of the 发文机关 (GB/T 9704 §7.2.6,
    /// 联合行文), each a person's name (PLAN018's 32 characters).
    private func signers(_ map: MapReader) -> [String] {
        guard let node = map.value("signer") else { return [] }
        let path = map.childPath("signer")
        guard let items = node.sequence else {
            guard let name = map.string("signer", required: true, bounded: false),
                  PersonText.check(name, as: .name, at: node.location(path: path), log: map.log) else { return [] }
            return [name]
        }
        if items.isEmpty {
            map.log.error(.headerValue, "签发人列表不能为空：不设签发人时删去 signer", at: node.location(path: path))
            return []
        }
        if items.count > Self.maximumSigners {
            map.log.error(.headerValue, "签发人有 \(items.count) 人，超过 \(Self.maximumSigners) 人（每行两个姓名，版头放不下）",
                          at: items[Self.maximumSigners].location(path: "\(path)[\(Self.maximumSigners)]"))
            return []
        }
        guard let names = ValueReader.strings(node, path: path, log: map.log, bounded: false) else { return [] }
        let checked = names.enumerated().filter { index, name in
            PersonText.check(name, as: .name, at: items[index].location(path: "\(path)[\(index)]"), log: map.log)
        }
        return checked.count == names.count ? names : []
    }

    /// `1年`, `6个月`, `长期`.
    static func isSecrecyPeriod(_ text: String) -> Bool {
        if text == "长期" { return true }
        for unit in ["年", "个月"] where text.hasSuffix(unit) {
            let digits = text.dropLast(unit.count)
            return (1...3).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber } && digits.first != "0"
        }
        return false
    }

    private func attachments(_ map: MapReader) -> [NoticeAttachment] {
        guard let items = map.list("attachments") else { return [] }
        let path = map.childPath("attachments")
        if items.count > Self.maximumAttachments {
            map.log.error(.attachmentTooLarge, "附件超过 \(Self.maximumAttachments) 个", at: items[Self.maximumAttachments].location(path: "\(path)[\(Self.maximumAttachments)]"))
            return []
        }
        return items.enumerated().compactMap { index, item in
            guard let entry = MapReader(item, path: "\(path)[\(index)]", known: PlanKeys.noticeAttachment.names, log: map.log) else { return nil }
            let title = entry.string("title", required: true)
            let text = entry.string("text", multiline: true, bounded: false)
            let file = entry.string("file")
            guard (text == nil) != (file == nil) else {
                if entry.value("text") == nil && entry.value("file") == nil {
                    map.log.error(.attachmentContent, "附件须有 file（CSV 表格）或 text（文字）之一", at: item.location(path: entry.path))
                } else if entry.value("text") != nil && entry.value("file") != nil {
                    map.log.error(.attachmentContent, "附件只能有 file 或 text 之一，不能两者都有", at: entry.node["text"]!.location(path: entry.childPath("text")))
                }
                return nil
            }
            let content: NoticeAttachment.Content?
            if let text {
                content = paragraphs(text, at: entry.node["text"]!.location(path: entry.childPath("text")), log: map.log)
            } else {
                content = table(file!, at: entry.node["file"]!.location(path: entry.childPath("file")), log: map.log)
            }
            guard let title, let content else { return nil }
            return NoticeAttachment(title: title, content: content)
        }
    }

    /// Paragraphs: the text's lines, blank ones dropped.
    private func paragraphs(_ text: String, at location: SourceLocation, log: DiagnosticLog) -> NoticeAttachment.Content? {
        if text.count > Self.maximumAttachmentCharacters {
            log.error(.attachmentTooLarge, "附件文字超过 \(Self.maximumAttachmentCharacters) 字", at: location)
            return nil
        }
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !lines.isEmpty else {
            log.error(.emptyValue, "附件文字不能为空", at: location)
            return nil
        }
        return .text(lines)
    }

    /// A table from a CSV file (UTF-8 or GB18030): its first row the header, every cell a
    /// one-line text.
    private func table(_ name: String, at location: SourceLocation, log: DiagnosticLog) -> NoticeAttachment.Content? {
        guard name.lowercased().hasSuffix(".csv") else {
            log.error(.attachmentFormat, "附件文件“\(quoted: name)”须为 .csv 表格", at: location)
            return nil
        }
        let resolved = resolvePath(name, relativeTo: planFile)
        let bytes: [UInt8]
        do {
            bytes = try files.read(resolved, atMost: Self.maximumAttachmentBytes)
        } catch FileReadError.tooLarge {
            log.error(.attachmentTooLarge, "附件文件“\(quoted: name)”超过 \(Self.maximumAttachmentBytes / 1_048_576) MB，未读取", at: location)
            return nil
        } catch {
            log.error(.attachmentUnreadable, "无法读取附件文件“\(quoted: name)”：\(error)", at: location)
            return nil
        }
        guard let decoded = TextDecoding.decode(bytes) else {
            log.error(.attachmentFormat, "附件文件“\(quoted: name)”既不是 UTF-8 也不是 GB18030 编码", at: location)
            return nil
        }
        // Problems inside the file are located in it, under this code.
        let fileLog = DiagnosticLog()
        let grid = CSVRoster.table(decoded.text, file: resolved, columns: { _ in true }, log: fileLog)
        for problem in fileLog.diagnostics {
            log.error(.attachmentFormat, "附件表格“\(quoted: name)”：\(problem.message)", at: problem.location)
        }
        guard let grid, fileLog.diagnostics.isEmpty else { return nil }
        let header = grid.header.map(\.text)
        guard header.contains(where: { !$0.trimmingSpaces.isEmpty }) else {
            log.error(.attachmentFormat, "附件文件“\(quoted: name)”没有标题行", at: location)
            return nil
        }
        if header.count > Self.maximumAttachmentColumns {
            log.error(.attachmentTooLarge, "附件表格“\(quoted: name)”有 \(header.count) 列，超过 \(Self.maximumAttachmentColumns) 列（版心放不下）", at: location)
            return nil
        }
        // A row longer than the header: its cells past the header would have no column to go in.
        // (A shorter row is read with its missing cells empty, as a spreadsheet saves them.)
        if let extra = grid.firstCellPastKnownColumns {
            log.error(.attachmentFormat, "附件表格“\(quoted: name)”第\(extra.line)行有第\(extra.column)个单元格“\(quoted: extra.text)”，而标题行只有 \(header.count) 列：请补上列标题或删去多余的单元格",
                      at: SourceLocation(file: resolved, line: extra.line, column: extra.column))
            return nil
        }
        if grid.rows.count > Self.maximumAttachmentRows {
            log.error(.attachmentTooLarge, "附件表格“\(quoted: name)”超过 \(Self.maximumAttachmentRows) 行", at: location)
            return nil
        }
        var rows: [[String]] = []
        for row in grid.rows {
            var cells = Array(repeating: "", count: header.count)
            for cell in row where cell.column <= header.count { cells[cell.column - 1] = cell.text.trimmingSpaces }
            if let bad = cells.joined().unicodeScalars.first(where: { $0.value < 0x20 || TextCharacters.isLineBreak($0) }) {
                log.error(.attachmentFormat, "附件表格“\(quoted: name)”的单元格含有换行或控制字符 U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0"))",
                          at: SourceLocation(file: resolved, line: row.first?.line ?? 1, column: 1))
                return nil
            }
            rows.append(cells)
        }
        return .table(header: header.map(\.trimmingSpaces), rows: rows)
    }
}
