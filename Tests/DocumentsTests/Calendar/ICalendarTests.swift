import Foundation
@testable import Documents
import MeetingPlan
import Testing

struct ICalendarTests {
    static func plan(title: String, schedule: [ScheduleSlot] = [], organizer: String? = nil,
                     start: String = "2026-12-03 09:00", end: String = "2026-12-03 11:30") -> Plan {
        let meeting = Meeting(id: "m1", title: title, organizer: organizer, start: LocalDateTime(parsing: start)!,
                              end: LocalDateTime(parsing: end)!, venue: Venue(name: "礼堂", address: "人民路1号"))
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
        #expect(lines.contains("UID:m1@banhui") && lines.contains("UID:m1-20261203-\(StableHash.fnv1a("分组讨论"))@banhui"))
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20261203T090000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20261203T173000"))
        #expect(lines.contains("DTSTAMP:20261120T000000Z"), "DTSTAMP comes from the plan, not the clock")
        #expect(lines.contains("LOCATION:礼堂，人民路1号"))
    }

    static func lines(_ plan: Plan) -> [String] {
        String(decoding: ICalendar.write(plan), as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    static func value(_ name: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    @Test func aSlotAtTheMeetingsOwnTimeIsNotASecondEvent() {
        let day = LocalDate(year: 2026, month: 12, day: 3)
        let same = ScheduleSlot(date: day, start: LocalTime(hour: 9, minute: 0), end: LocalTime(hour: 11, minute: 30), item: "全体会议")
        let later = ScheduleSlot(date: day, start: LocalTime(hour: 14, minute: 0), end: LocalTime(hour: 16, minute: 0), item: "分组讨论")
        let lines = Self.lines(Self.plan(title: "工作会议", schedule: [same, later]))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(!lines.contains { $0.contains("全体会议") })
        #expect(lines.filter { $0.hasPrefix("UID:m1-20261203-") }.count == 1)
    }

    static let day = LocalDate(year: 2026, month: 12, day: 3)
    static func slot(_ item: String, id: String? = nil, hour: Int, day: LocalDate = day) -> ScheduleSlot {
        ScheduleSlot(id: id, date: day, start: LocalTime(hour: hour, minute: 0), end: LocalTime(hour: hour + 1, minute: 0), item: item)
    }

    static func uids(_ lines: [String]) -> [String] {
        lines.filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
    }

    @Test func slotUIDsNameTheSlotNeverItsPosition() {
        let first = Self.uids(Self.lines(Self.plan(title: "会", schedule: [Self.slot("报到", hour: 8), Self.slot("分组讨论", hour: 14)])))
        let dropped = Self.uids(Self.lines(Self.plan(title: "会", schedule: [Self.slot("分组讨论", hour: 15)])))
        #expect(Set(dropped).isSubset(of: Set(first)), "the remaining slot keeps its UID when the one before it goes")
        let named = Self.uids(Self.lines(Self.plan(title: "会", schedule: [Self.slot("分组讨论", id: "group", hour: 14)])))
        let renamed = Self.uids(Self.lines(Self.plan(title: "会", schedule: [
            Self.slot("分组讨论（改）", id: "group", hour: 9, day: LocalDate(year: 2026, month: 12, day: 4))])))
        #expect(named == renamed && named.contains("m1-slot-group@banhui"), "an id keeps the UID through a new title and day")
        let twice = Self.uids(Self.lines(Self.plan(title: "会", schedule: [Self.slot("分组讨论", hour: 14), Self.slot("分组讨论", hour: 16)])))
        #expect(Set(twice).count == 3, "two slots of the same day and item get two UIDs")
    }

    @Test func sequenceIsTheVersionAndRemovedSlotsAreCancelled() {
        var v1 = Self.plan(title: "会", schedule: [Self.slot("报到", hour: 8), Self.slot("分组讨论", hour: 14)])
        let v2 = Self.plan(title: "会", schedule: [Self.slot("分组讨论", hour: 14)])
        #expect(Self.value("SEQUENCE", in: Self.lines(v1)) == "0")
        let lines = Self.lines(Self.plan(title: "会", schedule: v2.schedule))
        #expect(!lines.contains("STATUS:CANCELLED"), "nothing to cancel without earlier versions")
        let chained = String(decoding: ICalendar.write(v2, earlier: [v1]), as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        #expect(chained.components(separatedBy: "SEQUENCE:1\r\n").count == 4, "three events, each at the chain position")
        let cancelled = chained.components(separatedBy: "BEGIN:VEVENT").filter { $0.contains("STATUS:CANCELLED") }
        #expect(cancelled.count == 1 && cancelled[0].contains("会：报到"))
        v1.meeting.revision = 7
        #expect(Self.value("SEQUENCE", in: Self.lines(v1)) == "7", "meeting.revision wins")
    }

    @Test func uidsOfTwoOfficesWithTheSameMeetingIdDiffer() {
        let county = Self.value("UID", in: Self.lines(Self.plan(title: "会", organizer: "中共甲县委办公室")))
        let other = Self.value("UID", in: Self.lines(Self.plan(title: "会", organizer: "中共乙县委办公室")))
        #expect(county != other)
        #expect(county == Self.value("UID", in: Self.lines(Self.plan(title: "另一个标题", organizer: "中共甲县委办公室"))))
        #expect(county?.allSatisfy(\.isASCII) == true && county?.hasPrefix("m1@") == true && county?.hasSuffix(".banhui") == true)
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
