import MeetingPlan

/// `meeting.ics` (RFC 5545): one VEVENT for the meeting and one per schedule slot.
///
/// Deterministic: UIDs come from the meeting id and the organizer, DTSTAMP from the plan's own
/// dates (成文日期, else the approval date, else the meeting's first day), never from the clock.
/// A schedule slot at exactly the meeting's own time is the meeting, not a second event.
///
/// Re-importing after a change must replace the event, so the UID stays while SEQUENCE grows with
/// the time: it is the event's start and end, each in minutes since 1970-01-01, added up. A
/// postponed or lengthened event always gets a higher SEQUENCE; nothing is remembered between runs.
public enum ICalendar {
    public static func write(_ plan: Plan) -> [UInt8] {
        let meeting = plan.meeting
        let zone = meeting.timezone == shanghai ? shanghai : nil
        let stampDate = plan.notice?.issued ?? meeting.approval?.date ?? meeting.start.date
        let stamp = "\(digits(stampDate))T000000Z"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//banhui//banhui//ZH", "CALSCALE:GREGORIAN"]
        if zone != nil {
            // China has kept UTC+8 without daylight saving since 1991.
            lines += ["BEGIN:VTIMEZONE", "TZID:\(shanghai)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                      "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE"]
        }
        var location = meeting.venue?.name ?? ""
        if let address = meeting.venue?.address { location += location.isEmpty ? address : "，\(address)" }
        let domain = uidDomain(organizer: meeting.organizer)
        lines += ["BEGIN:VEVENT", "UID:\(meeting.id)@\(domain)", "DTSTAMP:\(stamp)",
                  "SEQUENCE:\(sequence(meeting.start, meeting.end))",
                  "DTSTART\(dateTime(meeting.start, zone: zone))", "DTEND\(dateTime(meeting.end, zone: zone))",
                  "SUMMARY:\(escaped(meeting.title))"]
        if !location.isEmpty { lines.append("LOCATION:\(escaped(location))") }
        if let organizer = meeting.organizer { lines.append("DESCRIPTION:\(escaped("主办：\(organizer)"))") }
        lines.append("END:VEVENT")
        for (index, slot) in plan.schedule.enumerated() where !isMeetingItself(slot, meeting) {
            lines += ["BEGIN:VEVENT", "UID:\(meeting.id)-\(index + 1)@\(domain)", "DTSTAMP:\(stamp)"]
            if let start = slot.start.map({ LocalDateTime(date: slot.date, time: $0) }) {
                let end = slot.end.map { LocalDateTime(date: slot.date, time: $0) }
                lines.append("SEQUENCE:\(sequence(start, end ?? start))")
                lines.append("DTSTART\(dateTime(start, zone: zone))")
                if let end { lines.append("DTEND\(dateTime(end, zone: zone))") }
            } else {
                // A slot without a time is an all-day event.
                let midnight = LocalDateTime(date: slot.date, time: LocalTime(hour: 0, minute: 0))
                lines.append("SEQUENCE:\(sequence(midnight, midnight))")
                lines.append("DTSTART;VALUE=DATE:\(digits(slot.date))")
            }
            lines.append("SUMMARY:\(escaped("\(meeting.title)：\(slot.item)"))")
            if let place = slot.place { lines.append("LOCATION:\(escaped(place))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap { folded($0) + [13, 10] }
    }

    static let shanghai = "Asia/Shanghai"

    static func sequence(_ start: LocalDateTime, _ end: LocalDateTime) -> Int { start.minuteNumber + end.minuteNumber }

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
    private static func dateTime(_ moment: LocalDateTime, zone: String?) -> String {
        let time = "\(digits(moment.date))T\(two(moment.time.hour))\(two(moment.time.minute))00"
        return zone.map { ";TZID=\($0):\(time)" } ?? ":\(time)"
    }

    private static func digits(_ date: LocalDate) -> String { "\(date.year)\(two(date.month))\(two(date.day))" }
    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

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
