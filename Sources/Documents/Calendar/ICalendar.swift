import MeetingPlan

/// `meeting.ics` (RFC 5545): one VEVENT for the meeting and one per schedule slot.
///
/// Deterministic: UIDs come from the meeting id and the organizer, DTSTAMP from the plan's own
/// dates (成文日期, else the approval date, else the meeting's first day), never from the clock.
/// A schedule slot at exactly the meeting's own time is the meeting, not a second event.
///
/// Re-importing after a change must give exactly the plan's events, so a slot's UID names the
/// slot, never its position: its `id:` when it has one, else its day and item (a second slot of the
/// same day and item is told apart by its count). SEQUENCE is the plan's version:
/// `meeting.revision` when given, else the position in the `--changes-from` chain (0 for a plan
/// exported alone). Events of earlier versions that the plan no longer has are written again as
/// `STATUS:CANCELLED`, so a calendar drops them.
public enum ICalendar {
    /// The calendar of `plan`; `earlier` are its previous versions, oldest first.
    public static func write(_ plan: Plan, earlier: [Plan] = []) -> [UInt8] {
        let meeting = plan.meeting
        let zone = meeting.timezone == shanghai ? shanghai : nil
        let stampDate = plan.notice?.issued ?? meeting.approval?.date ?? meeting.start.date
        let stamp = "\(digits(stampDate))T000000Z"
        let sequence = meeting.revision ?? earlier.count
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//banhui//banhui//ZH", "CALSCALE:GREGORIAN"]
        if zone != nil {
            // China has kept UTC+8 without daylight saving since 1991.
            lines += ["BEGIN:VTIMEZONE", "TZID:\(shanghai)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                      "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE"]
        }
        let current = events(plan)
        let uids = Set(current.map(\.uid))
        var cancelled: [String: Event] = [:]
        var cancelledOrder: [String] = []
        for version in earlier {
            for event in events(version) where !uids.contains(event.uid) {
                if cancelled.updateValue(event, forKey: event.uid) == nil { cancelledOrder.append(event.uid) }
            }
        }
        for event in current {
            lines += event.lines(stamp: stamp, sequence: sequence, zone: zone, cancelled: false)
        }
        for uid in cancelledOrder {
            lines += cancelled[uid]!.lines(stamp: stamp, sequence: sequence, zone: zone, cancelled: true)
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap { folded($0) + [13, 10] }
    }

    /// One VEVENT: a start with a time, or a whole day when `start` has no time.
    struct Event {
        var uid: String
        var day: LocalDate
        var start: LocalTime?
        var end: LocalDateTime?
        var summary: String
        var location: String?
        var description: String?

        func lines(stamp: String, sequence: Int, zone: String?, cancelled: Bool) -> [String] {
            var lines = ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp)", "SEQUENCE:\(sequence)"]
            if cancelled { lines.append("STATUS:CANCELLED") }
            if let start {
                lines.append("DTSTART\(dateTime(LocalDateTime(date: day, time: start), zone: zone))")
                if let end { lines.append("DTEND\(dateTime(end, zone: zone))") }
            } else {
                // A slot without a time is an all-day event.
                lines.append("DTSTART;VALUE=DATE:\(digits(day))")
            }
            lines.append("SUMMARY:\(escaped(summary))")
            if let location, !location.isEmpty { lines.append("LOCATION:\(escaped(location))") }
            if let description { lines.append("DESCRIPTION:\(escaped(description))") }
            lines.append("END:VEVENT")
            return lines
        }
    }

    /// The meeting's event, then one per slot that is not the meeting itself.
    static func events(_ plan: Plan) -> [Event] {
        let meeting = plan.meeting
        let domain = uidDomain(organizer: meeting.organizer)
        var location = meeting.venue?.name ?? ""
        if let address = meeting.venue?.address { location += location.isEmpty ? address : "，\(address)" }
        var events = [Event(uid: "\(meeting.id)@\(domain)", day: meeting.start.date, start: meeting.start.time, end: meeting.end,
                            summary: meeting.title, location: location, description: meeting.organizer.map { "主办：\($0)" })]
        var seen: [String: Int] = [:]
        for slot in plan.schedule where !isMeetingItself(slot, meeting) {
            let key: String
            if let id = slot.id {
                key = "slot-\(id)"
            } else {
                let base = "\(digits(slot.date))-\(StableHash.fnv1a(slot.item))"
                seen[base, default: 0] += 1
                key = seen[base]! == 1 ? base : "\(base)-\(seen[base]!)"
            }
            events.append(Event(uid: "\(meeting.id)-\(key)@\(domain)", day: slot.date, start: slot.start,
                                end: slot.start == nil ? nil : slot.end.map { LocalDateTime(date: slot.date, time: $0) },
                                summary: "\(meeting.title)：\(slot.item)", location: slot.place))
        }
        return events
    }

    static let shanghai = "Asia/Shanghai"

    static func isMeetingItself(_ slot: ScheduleSlot, _ meeting: Meeting) -> Bool {
        slot.date == meeting.start.date && slot.date == meeting.end.date
            && slot.start == meeting.start.time && slot.end == meeting.end.time
    }

    /// Two offices may use the same meeting id: the organizer goes into the UID's domain part,
    /// as the hexadecimal FNV-1a hash of its UTF-8 name (ASCII, stable on every machine).
    static func uidDomain(organizer: String?) -> String {
        guard let organizer, !organizer.isEmpty else { return "banhui" }
        return StableHash.fnv1a(organizer) + ".banhui"
    }

    /// `;TZID=Asia/Shanghai:20261203T090000`, or floating local time for zones without a VTIMEZONE.
    static func dateTime(_ moment: LocalDateTime, zone: String?) -> String {
        let time = "\(digits(moment.date))T\(two(moment.time.hour))\(two(moment.time.minute))00"
        return zone.map { ";TZID=\($0):\(time)" } ?? ":\(time)"
    }

    static func digits(_ date: LocalDate) -> String { "\(date.year)\(two(date.month))\(two(date.day))" }
    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks; other
    /// control characters are dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousCR { result += "\\n" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Content lines longer than 75 octets are folded: CRLF then a space, never inside a
    /// UTF-8 sequence (RFC 5545 §3.1).
    static func folded(_ line: String) -> [UInt8] {
        var output: [UInt8] = []
        var lineLength = 0
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if lineLength + bytes.count > 75 {
                output += [13, 10, 32]
                lineLength = 1
            }
            output += bytes
            lineLength += bytes.count
        }
        return output
    }
}
