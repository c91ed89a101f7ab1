import Changes
import Foundation
import Testing
import TestSupport

/// The text and JSON reporters are pure functions of the change value, compared with stored files.
@Suite struct ReporterTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static let sample = PlanChanges(
        meetingID: "xian-bgs-2026-12",
        meetingChanges: [FieldChange(key: "start", old: .text("2026-12-03 09:00"), new: .text("2026-12-03 14:30")),
                         FieldChange(key: "notice.copy_to", old: nil, new: .list(["县政协办公室", "县纪委监委"]))],
        added: [PersonRef(id: "P9", name: "孙小军", unit: "城关镇", title: "副镇长")],
        removed: [PersonRef(id: "P3", name: "王海波", unit: "县委", title: "县委副书记")],
        changed: [PersonChange(person: PersonRef(id: "P4", name: "赵明", unit: "县政府", title: "常务副县长"),
                               fields: [FieldChange(key: "title", old: .text("副县长"), new: .text("常务副县长"))])],
        seats: [
            SeatChange(person: PersonRef(id: "P4", name: "赵明", unit: "县政府"), zone: "主席台", kind: .rostrum,
                       from: .row(1, seat: 3), to: .row(1, seat: 4), reason: .protocol),
            SeatChange(person: PersonRef(id: "P3", name: "王海波", unit: "县委"), zone: "主席台", kind: .rostrum,
                       from: .row(1, seat: 2), to: nil, reason: .removed),
            SeatChange(person: PersonRef(id: "P9", name: "孙小军", unit: "城关镇"), zone: "台下", kind: .hall,
                       from: nil, to: .row(2, seat: 1), reason: .added),
            SeatChange(person: PersonRef(id: "G1", name: "马东", unit: "\"市\"政府"), zone: "宴会厅", kind: .banquet,
                       from: .table(2, seat: 3), to: .table(1, seat: 0), reason: .moved),
        ],
        reprintCards: [PersonRef(id: "P4", name: "赵明"), PersonRef(id: "P9", name: "孙小军")],
        logistics: [
            LogisticsChange(person: PersonRef(id: "P5", name: "钱红", unit: "县财政局"), kind: .group, from: "第一组", to: "第二组"),
            LogisticsChange(person: PersonRef(id: "P5", name: "钱红", unit: "县财政局"), kind: .room, from: "县宾馆 标间2", to: nil),
            LogisticsChange(person: PersonRef(id: "P6", name: "孙立", unit: "县财政局"), kind: .meal, item: "d1-lunch",
                            itemName: "2026-12-14 午餐", from: "第1桌", to: "第2桌"),
            LogisticsChange(person: PersonRef(id: "P6", name: "孙立", unit: "县财政局"), kind: .trip, item: "t1",
                            itemName: "2026-12-14 08:10 县宾馆→县委大礼堂", from: "粤A·12345", to: "自备车"),
        ])

    @Test func jsonMatchesTheStoredFile() throws {
        let json = ChangesJSON.render(Self.sample)
        try Snapshot.assertText(json, at: Self.snapshots.appendingPathComponent("sample.json"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["version"] as? Int == 1)
        let seats = try #require(parsed["seats"] as? [[String: Any]])
        #expect(seats.count == 4)
        #expect(seats[2]["from"] is NSNull)
        #expect((seats[3]["to"] as? [String: Int]) == ["table": 1, "seat": 0])
        let logistics = try #require(parsed["logistics"] as? [[String: Any]])
        #expect(logistics.map { $0["kind"] as? String } == ["group", "room", "meal", "trip"])
        #expect(logistics[1]["to"] is NSNull && logistics[0]["item"] == nil)
        #expect(logistics[2]["item"] as? String == "d1-lunch" && logistics[2]["from"] as? String == "第1桌")
    }

    @Test func textMatchesTheStoredFile() throws {
        let text = ChangesText.render(Self.sample)
        try Snapshot.assertText(text, at: Self.snapshots.appendingPathComponent("sample.txt"))
        #expect(text.contains("  王海波（县委）  第1排第2座 → （无）  撤出"))
        #expect(text.contains("会务调整（4 项）："))
        #expect(text.contains("  孙立（县财政局）  就餐（2026-12-14 午餐）：第1桌 → 第2桌"))
        #expect(text.contains("  钱红（县财政局）  住宿：县宾馆 标间2 → （无）"))
    }

    @Test func noChangesIsAnEmptyJSONShape() throws {
        let json = ChangesJSON.render(PlanChanges(meetingID: "m"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((parsed["seats"] as? [Any])?.isEmpty == true)
        #expect((parsed["meeting_changes"] as? [String: Any])?.isEmpty == true)
        #expect((parsed["logistics"] as? [Any])?.isEmpty == true)
    }
}
