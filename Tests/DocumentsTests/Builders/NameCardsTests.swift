import Documents
import MeetingPlan
import Seating
import Testing
import TestSupport

@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct NameCardsTests {
    @Test func twoCharacterNamesArePaddedWithIdeographicSpace() {
        #expect(NameCards.displayName("王强") == "王\u{3000}强")
        #expect(NameCards.displayName("张建国") == "张建国")
        #expect(NameCards.displayName("欧阳晓东") == "欧阳晓东")
    }

    @Test func oneCardPerSeatedPersonInSeatingOrderUpperFaceTurned() throws {
        let plan = try ExamplePlan.load()
        let seats = try TestEnvironment.seat(plan)
        let document = NameCards.build(plan, seats: seats)
        let frames = document.blocks.compactMap { block -> TextFrame? in
            if case .frame(let frame) = block { return frame } else { return nil }
        }
        let expected = seats.seatingOrder.compactMap { plan.person($0).map { NameCards.displayName($0.name) } }
        #expect(frames.count == 2 * expected.count)
        #expect(stride(from: 0, to: frames.count, by: 2).map { frames[$0].paragraph.runs[0].text } == expected)
        #expect(frames.enumerated().allSatisfy { $0.element.upsideDown == ($0.offset % 2 == 0) })
        #expect(document.page.width > document.page.height, "A4 landscape")
        // One size for all cards: 4 字 would allow 160 pt, more than a half page holds.
        #expect(Set(frames.compactMap { $0.paragraph.runs[0].size }) == [150])
    }

    @Test func sizeIsFittedToTheLongestName() {
        let meeting = Meeting(id: "m", title: "会", start: LocalDateTime(parsing: "2026-12-03 09:00")!,
                              end: LocalDateTime(parsing: "2026-12-03 10:00")!)
        let plan = Plan(file: "p.yaml", meeting: meeting,
                        people: [Person(id: "A", name: "王强"), Person(id: "B", name: "阿卜杜热合曼")])
        let seats = SeatPlan(meetingID: "m", zones: [SeatedZone(name: "台", kind: .hall, frame: .room, rows: [SeatRow(number: 1, seats: ["A", "B"])])], precedenceOrder: ["A", "B"])
        let sizes = NameCards.build(plan, seats: seats).blocks.compactMap { block -> Double? in
            if case .frame(let frame) = block { return frame.paragraph.runs[0].size } else { return nil }
        }
        // 267 mm = 756.85 pt; 85 % of it over 6 字 is 107 pt, for both cards.
        #expect(sizes == [107, 107, 107, 107])
    }
}
