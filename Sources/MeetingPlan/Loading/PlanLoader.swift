/// Reads a plan file and the rosters it names into a checked `Plan`, collecting every problem.
public struct PlanLoader {
    public let files: FileReader

    public init(files: FileReader = DiskFileReader()) {
        self.files = files
    }

    static let topKeys = ["version", "meeting", "units", "ranks", "tiebreak", "people", "seating", "agenda", "schedule", "notice"]
    static let meetingKeys = ["id", "title", "organizer", "level", "organizer_kind", "type", "system", "category", "start", "end",
                              "timezone", "venue", "mode", "group_discussion", "in_annual_plan", "approval", "reaches", "staff",
                              "expected_attendance", "costs"]
    static let personKeys = ["id", "name", "unit", "title", "rank", "order", "since", "gender", "phone", "role", "principal"]

    /// Loads the plan at `path`. Throws `InputErrors` with every problem when the plan is invalid.
    public func load(_ path: String) throws -> Plan {
        let log = DiagnosticLog()
        let plan = load(path, log: log)
        try log.throwIfErrors()
        guard let plan else { throw InputErrors(log.diagnostics) }
        return plan
    }

    /// Loads the plan at `path`, logging problems; returns nil when it cannot be read at all.
    public func load(_ path: String, log: DiagnosticLog) -> Plan? {
        let bytes: [UInt8]
        do {
            bytes = try files.read(path)
        } catch {
            log.error(.rosterUnreadable, "无法读取计划文件：\(error)", at: SourceLocation(file: path))
            return nil
        }
        guard let text = TextDecoding.decode(bytes), text.encoding == .utf8 else {
            log.error(.yamlSyntax, "计划文件须为 UTF-8 编码", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
        guard let root = YAMLInput.parse(text.text, file: path, log: log) else { return nil }
        return decode(root, file: path, log: log)
    }

    /// Decodes a parsed plan; `file` is the plan's path, against which roster paths resolve.
    public func decode(_ root: Node, file: String, log: DiagnosticLog) -> Plan? {
        guard let top = MapReader(root, path: "", known: Self.topKeys, log: log) else { return nil }
        let version = top.int("version") ?? 1
        if top.value("version") != nil && version != 1 {
            log.error(.unsupportedVersion, "不支持的计划版本 \(version)，当前仅支持 version: 1", at: top.node["version"]!.location(path: "version"))
        }
        let ranks = readRanks(top, log: log)
        let tiebreak = top.choices("tiebreak", TieBreaker.self) ?? TieBreaker.standard
        let meeting = readMeeting(top, file: file, log: log)
        let units = top.strings("units") ?? []
        reportDuplicates(units, in: top.value("units"), path: "units", what: "单位", log: log)
        let people = readPeople(top, file: file, ranks: ranks, log: log)
        let personIDs = Set(people.map(\.id))
        let agenda = readAgenda(top, personIDs: personIDs, log: log)
        let schedule = readSchedule(top, meeting: meeting, log: log)
        let notice = top.map("notice", known: NoticeReading.keys).map { NoticeReading.read($0) }
        let zones = top.list("seating").map { ZoneReading.read($0, path: "seating", log: log) } ?? []
        ZoneReading.checkReferences(zones, people: people, units: units, log: log)
        guard let meeting else { return nil }
        return Plan(file: file, version: version, meeting: meeting, units: units, people: people, ranks: ranks,
                    tiebreak: tiebreak, seating: zones, agenda: agenda, schedule: schedule, notice: notice,
                    marks: Marks(root, path: ""))
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
        guard let section = top.map("meeting", known: Self.meetingKeys, required: true) else { return nil }
        let title = section.string("title", required: true)
        let start = section.dateTime("start", required: true)
        let end = section.dateTime("end", required: true)
        if let start, let end, end < start {
            log.error(.endBeforeStart, "结束时间 \(end) 早于开始时间 \(start)", at: section.node["end"]!.location(path: "meeting.end"))
        }
        let venue = section.map("venue", known: ["name", "address", "city", "scenic_area", "star"]).map { venue in
            Venue(name: venue.string("name"), address: venue.string("address"), city: venue.string("city"),
                  scenicArea: venue.bool("scenic_area") ?? false, star: venue.int("star", in: 1...5), location: venue.node.location(path: venue.path))
        }
        let approval = section.map("approval", known: ["by", "date", "ref"]).map { approval in
            Approval(by: approval.string("by"), date: approval.date("date"), ref: approval.string("ref"))
        }
        let costs = section.map("costs", known: ["lodging", "meals", "other"]).map { costs in
            Costs(lodging: costs.double("lodging", in: 0...1_000_000), meals: costs.double("meals", in: 0...1_000_000),
                  other: costs.double("other", in: 0...1_000_000))
        }
        let reaches = section.choices("reaches", MeetingLevel.self) ?? []
        var id = section.string("id")
        if id?.isEmpty ?? true {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            id = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : (name.hasSuffix(".yml") ? String(name.dropLast(4)) : name)
        }
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
            costs: costs, marks: Marks(section.node, path: "meeting"))
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
                    let bytes = try files.read(resolved)
                    if bytes.isEmpty {
                        log.error(.rosterEmpty, "名单文件“\(rosterPath)”是空文件", at: item.location(path: path))
                        continue
                    }
                    people += RosterImport.people(bytes: bytes, path: resolved, shownAs: resolved, ranks: ranks,
                                                  firstAppearance: people.count, log: log)
                } catch {
                    log.error(.rosterUnreadable, "无法读取名单文件“\(rosterPath)”：\(error)", at: item.location(path: path))
                }
            }
        }
        var seen: [String: Person] = [:]
        for person in people {
            if let first = seen[person.id] {
                log.error(.duplicateID, "人员编号“\(person.id)”重复（首次出现于 \(first.location)）", at: person.location)
            } else {
                seen[person.id] = person
            }
        }
        return people
    }

    private func readPerson(_ node: Node, path: String, ranks: RankTable, appearance: Int, log: DiagnosticLog) -> Person? {
        guard let map = MapReader(node, path: path, known: Self.personKeys, log: log) else { return nil }
        let errorsBefore = log.diagnostics.count
        let id = map.string("id", required: true)
        let name = map.string("name", required: true)
        var person = Person(id: id ?? "", name: name ?? "", unit: map.string("unit"), title: map.string("title"),
                            order: map.int("order", in: 1...1_000_000), since: map.date("since"), gender: map.string("gender"),
                            phone: map.string("phone"), role: map.choice("role", PersonRole.self) ?? .attendee,
                            principal: map.bool("principal") ?? false, appearance: appearance,
                            location: node.location(path: path))
        if let rank = map.string("rank") {
            if let level = ranks.level(of: rank) {
                person.rank = ranks.canonicalName(of: rank)
                person.rankLevel = level
            } else {
                let hint = Suggestion.nearest(to: rank, in: ranks.allNames).map { "，是否为“\($0)”？" } ?? ""
                log.error(.unknownRank, "职级“\(rank)”不在职级表中\(hint)", at: node["rank"]!.location(path: "\(path).rank"))
            }
        }
        return log.diagnostics.count == errorsBefore ? person : nil
    }

    private func readAgenda(_ top: MapReader, personIDs: Set<String>, log: DiagnosticLog) -> [AgendaItem] {
        guard let items = top.list("agenda") else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let map = MapReader(item, path: "agenda[\(index)]", known: ["item", "by", "minutes", "speech"], log: log),
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

    private func readSchedule(_ top: MapReader, meeting: Meeting?, log: DiagnosticLog) -> [ScheduleSlot] {
        guard let items = top.list("schedule") else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let map = MapReader(item, path: "schedule[\(index)]", known: ["date", "start", "end", "item", "place"], log: log) else { return nil }
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
            guard let date, let text = map.string("item", required: true) else { return nil }
            return ScheduleSlot(date: date, start: start, end: end, item: text, place: map.string("place"),
                                location: item.location(path: map.path))
        }
    }

    private func reportDuplicates(_ values: [String], in node: Node?, path: String, what: String, log: DiagnosticLog) {
        var seen = Set<String>()
        for (index, value) in values.enumerated() where !seen.insert(value).inserted {
            let location = node?.sequence?[index].location(path: "\(path)[\(index)]") ?? SourceLocation(file: "", path: path)
            log.error(.duplicateValue, "\(what)“\(value)”重复出现", at: location)
        }
    }
}

/// Reads the `notice:` section.
enum NoticeReading {
    static let keys = ["number", "urgency", "to", "purpose", "attendees", "requirements", "contact", "reply_by", "copy_to", "issued",
                       "seal"]

    static func read(_ map: MapReader) -> NoticeSpec {
        let contact = map.map("contact", known: ["name", "phone"]).map {
            NoticeSpec.Contact(name: $0.string("name"), phone: $0.string("phone"))
        }
        return NoticeSpec(number: map.string("number"), urgency: map.choice("urgency", NoticeSpec.Urgency.self),
                          to: map.strings("to") ?? [], purpose: map.string("purpose"), attendees: map.string("attendees"),
                          requirements: map.strings("requirements") ?? [], contact: contact,
                          replyBy: map.dateTime("reply_by"), copyTo: map.strings("copy_to") ?? [], issued: map.date("issued"),
                          sealed: map.bool("seal") ?? true, marks: Marks(map.node, path: map.path))
    }
}
