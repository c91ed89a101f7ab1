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
        reprintCards: [PersonRef(id: "P4", name: "赵明"), PersonRef(id: "P9", name: "孙小军")])

    @Test func jsonMatchesTheStoredFile() throws {
        let json = ChangesJSON.render(Self.sample)
        try Snapshot.assertText(json, at: Self.snapshots.appendingPathComponent("sample.json"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["version"] as? Int == 1)
        let seats = try #require(parsed["seats"] as? [[String: Any]])
        #expect(seats.count == 4)
        #expect(seats[2]["from"] is NSNull)
        #expect((seats[3]["to"] as? [String: Int]) == ["table": 1, "seat": 0])
    }

    @Test func textMatchesTheStoredFile() throws {
        let text = ChangesText.render(Self.sample)
        try Snapshot.assertText(text, at: Self.snapshots.appendingPathComponent("sample.txt"))
        #expect(text.contains("  王海波（县委）  第1排第2座 → （无）  撤出"))
    }

    @Test func noChangesIsAnEmptyJSONShape() throws {
        let json = ChangesJSON.render(PlanChanges(meetingID: "m"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((parsed["seats"] as? [Any])?.isEmpty == true)
        #expect((parsed["meeting_changes"] as? [String: Any])?.isEmpty == true)
    }
}
