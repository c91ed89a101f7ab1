import Foundation
@testable import Documents
import MeetingPlan
import Testing

struct ICalendarTests {
    static func plan(title: String, schedule: [ScheduleSlot] = []) -> Plan {
        let meeting = Meeting(id: "m1", title: title, start: LocalDateTime(parsing: "2026-12-03 09:00")!,
                              end: LocalDateTime(parsing: "2026-12-03 11:30")!, venue: Venue(name: "礼堂", address: "人民路1号"))
        return Plan(file: "p.yaml", meeting: meeting, schedule: schedule,
                    notice: NoticeSpec(issued: LocalDate(year: 2026, month: 11, day: 20)))
    }

    @Test func meetingAndSlotsAreEventsInShanghaiTime() {
        let slot = ScheduleSlot(date: LocalDate(year: 2026, month: 12, day: 3), start: LocalTime(hour: 14, minute: 0),
                                end: LocalTime(hour: 17, minute: 30), item: "分组讨论", place: "3号会议室")
        let text = String(decoding: ICalendar.write(Self.plan(title: "工作会议", schedule: [slot])), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        #expect(lines.contains("TZID:Asia/Shanghai"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.contains("UID:m1@banhui") && lines.contains("UID:m1-1@banhui"))
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20261203T090000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20261203T173000"))
        #expect(lines.contains("DTSTAMP:20261120T000000Z"), "DTSTAMP comes from the plan, not the clock")
        #expect(lines.contains("LOCATION:礼堂，人民路1号"))
    }

    @Test func textIsEscaped() {
        #expect(ICalendar.escaped("a,b;c\\d\ne\r\nf\u{7}") == "a\\,b\\;c\\\\d\\ne\\nf")
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingCharacters() {
        let title = String(repeating: "会议", count: 40) + "abc"
        let bytes = ICalendar.write(Self.plan(title: title))
        let physical = bytes.split(separator: 10, omittingEmptySubsequences: false).map { Array($0) }
        for line in physical {
            #expect(line.count <= 76, "75 octets plus the CR")
            #expect(String(validatingUTF8: line.map { CChar(bitPattern: $0) } + [0]) != nil, "whole UTF-8 sequences per line")
        }
        // Unfolding (drop CRLF + space) gives back the logical line.
        let unfolded = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:\(title)\r\n"))
    }
}
