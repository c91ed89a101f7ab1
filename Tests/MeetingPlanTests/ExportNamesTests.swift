import MeetingPlan
import Testing

struct ExportNamesTests {
    @Test(arguments: ["2026-县委工作会议", "meeting_1.v2", "ÉtéMeeting", "会议"])
    func safeIDsAreOneFolderName(id: String) {
        #expect(ExportNames.isSafeMeetingID(id))
    }

    @Test(arguments: ["../outside", "/etc", "a/b", "a\\b", "..", ".hidden", "two words", "tab\there", "", "bell\u{7}",
                      "zero\u{200B}width", "rtl\u{202E}", String(repeating: "会", count: 22)])
    func anythingElseIsNot(id: String) {
        #expect(!ExportNames.isSafeMeetingID(id))
    }

    @Test func idsFromFileNamesAreAlwaysSafe() {
        #expect(ExportNames.meetingID(fromPlanFile: "plans/全县 会议.yaml") == "全县_会议")
        #expect(ExportNames.meetingID(fromPlanFile: "..yaml") == "meeting")
        #expect(ExportNames.meetingID(fromPlanFile: ".hidden.yml") == "hidden")
        let long = ExportNames.meetingID(fromPlanFile: String(repeating: "会", count: 40) + ".yaml")
        #expect(long.utf8.count == 63 && ExportNames.isSafeMeetingID(long))
    }

    @Test func chartNamesHaveNoSeparatorsOrControls() {
        #expect(ExportNames.seatingChart(zone: "主席台") == "seating-主席台.svg")
        #expect(ExportNames.seatingChart(zone: "a/b\\c\u{1B}d\u{85}") == "seating-a_b_c_d_.svg")
    }

    @Test func collisionKeysIgnoreCaseAndNormalisation() {
        #expect(ExportNames.collisionKey("seating-A.svg") == ExportNames.collisionKey("seating-a.svg"))
        #expect(ExportNames.collisionKey("seating-\u{E9}.svg") == ExportNames.collisionKey("seating-e\u{301}.svg"))
        #expect(ExportNames.collisionKey("seating-a.svg") != ExportNames.collisionKey("seating-b.svg"))
    }
}
