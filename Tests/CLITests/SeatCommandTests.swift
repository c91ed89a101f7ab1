import Foundation
import Testing
import TestSupport

/// `banhui seat`, `banhui check` on seating, run as a user would.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SeatCommandTests {
    static let full = Fixtures.path("Tests/CLITests/Fixtures/seating/full.yaml")

    @Test func textDrawsEachZoneInTheRoomFrame() throws {
        let result = try BanhuiProcess.run(["seat", Self.full])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("【主席台】（台下视角"))
        #expect(result.stdout.contains("第1排  欧阳晓东  王海波    张建国    李文华    赵　明"), "one cell per seat, names at their x")
        #expect(result.stdout.contains("第1桌  S0 马　东"))
    }

    @Test func jsonIsTheSeatMapOfTheSpec() throws {
        let result = try BanhuiProcess.run(["seat", Self.full, "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["meeting"] as? String == "seat-demo")
        let zones = try #require(json["zones"] as? [[String: Any]])
        #expect(zones.map { $0["zone"] as? String } == ["主席台", "台下", "宴会厅"])
        let rostrum = try #require((zones[0]["rows"] as? [[String: Any]])?.first)
        #expect(rostrum["seats"] as? [String] == ["P5", "P3", "P1", "P2", "P4"])
        let hall = try #require(zones[1]["rows"] as? [[String: Any]])
        // 列席 P9 behind the 出席; the hall is 3 + 3, grouped by unit.
        #expect(hall[1]["seats"] as? [Any?] != nil)
        #expect((hall[1]["seats"] as? [Any])?.first as? String == "P9")
        let table = try #require((zones[2]["tables"] as? [[String: Any]])?.first)
        #expect(zones[2]["frame"] as? String == "table")
        let seats = try #require(table["seats"] as? [Any])
        // banquet-3: the middle table (12 seats) is table 1; dual host: S0 H1, S11 G1, S1 G2, S6 H2.
        #expect(seats.count == 12)
        #expect(seats[0] as? String == "H1" && seats[11] as? String == "G1" && seats[1] as? String == "G2" && seats[6] as? String == "H2")
        let second = try BanhuiProcess.run(["seat", Self.full, "--format", "json"])
        #expect(second.stdout == result.stdout, "deterministic output")
    }

    @Test func csvHasOneRowPerSeat() throws {
        let result = try BanhuiProcess.run(["seat", Self.full, "--format", "csv"])
        #expect(result.exitCode == 0)
        #expect(result.stdoutLines.first == "zone,row,seat,person,name,unit,title")
        #expect(result.stdoutLines.contains("主席台,1,3,P1,张建国,县委,县委书记"))
        #expect(result.stdoutLines.contains("台下,2,1,P9,孙丽,县政府办公室,\"科员, 秘书\""))
        #expect(result.stdoutLines.contains("宴会厅,1,S0,H1,马东,,主人"))
        // 5 rostrum + 6 hall + 10 + 12 + 10 banquet seats, and the header.
        #expect(result.stdoutLines.count == 1 + 5 + 6 + 32)
    }

    /// cli.md: cells a spreadsheet would run as formulas get a leading `'`.
    @Test func csvNeutralisesFormulaLikeCells() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("""
            version: 1
            meeting: {id: csv-test, title: 会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            people:
              - {id: "=1+2", name: "=HYPERLINK(\\"http://x\\")", unit: "@SUM(A1)", title: "-2+3"}
              - {id: P2, name: 张三, unit: "+县委", title: "科员, =A1"}
            seating:
              - {zone: "=区", kind: hall, rows: [2], people: all}
            """, to: "plan.yaml", in: folder)
        let result = try BanhuiProcess.run(["seat", "plan.yaml", "--format", "csv", "--output", "seats.csv"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: (folder as NSString).appendingPathComponent("seats.csv"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(lines.contains("'=区,1,2,'=1+2,\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),'-2+3"), "\(lines)")
        #expect(lines.contains("'=区,1,1,P2,张三,'+县委,\"科员, =A1\""), "\(lines)")
    }

    @Test func svgChartOfOneZoneWrittenToAFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        let output = (directory as NSString).appendingPathComponent("seating-宴会厅.svg")
        let result = try BanhuiProcess.run(["seat", Self.full, "--format", "svg", "--zone", "宴会厅", "--output", output])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("宴会厅座次图"))
        #expect(svg.contains("门在下方"))
        #expect(svg.contains(">马\u{3000}东<"), "two-character names padded as on the text chart")
        let rostrum = try BanhuiProcess.run(["seat", Self.full, "--format", "svg"])
        #expect(rostrum.stdout.contains("（台下视角"))
        #expect(rostrum.stdout.contains(">张建国<"))
    }

    @Test func unknownZoneIsAUsageError() throws {
        let result = try BanhuiProcess.run(["seat", Self.full, "--format", "svg", "--zone", "没有"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("没有名为“没有”的座次区"))
        #expect(result.stdout.isEmpty)
    }

    @Test func explainGivesKeyAndRulePerPerson() throws {
        let result = try BanhuiProcess.run(["seat", Self.full, "--explain"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("P1 张建国：主席台规则1.2（以左为尊）：第1排本排第1位，台下看自左起第5座；位次：顺序 1 · 排序 1 · 县处级正职 · 县委（第1位单位） · 笔画 张 7"))
        #expect(!result.stdout.contains("偶数"), "no even-row policy is named for a row of five")
        #expect(result.stdout.contains("G1 林平：宴会规则4.2（双主陪，右高左低）：第1桌（桌次规则4.1）S11"))
    }

    @Test func seatingErrorsAreLocatedAndNothingIsWritten() throws {
        let plan = Fixtures.path("Tests/CLITests/Fixtures/seating/too-many.yaml")
        let directory = try Fixtures.temporaryDirectory()
        let output = (directory as NSString).appendingPathComponent("out.json")
        let result = try BanhuiProcess.run(["seat", plan, "--format", "json", "--output", output])
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == [
            "\(plan):8:38: error: [SEAT001] 座次区“主席台”有 3 人，但只有 2 个座位",
            "\(plan):9:40: error: [SEAT003] 布局“no-such-hall”不存在；内置布局：banquet-1, banquet-10, banquet-3, banquet-5, county-auditorium, meeting-room-long-table, photo-stand, rostrum-1-row, rostrum-2-rows, u-shaped-room",
        ])
        #expect(!FileManager.default.fileExists(atPath: output))
        let check = try BanhuiProcess.run(["check", plan])
        #expect(check.exitCode == 2)
        #expect(check.stderrLines == result.stderrLines)
    }

    @Test func missingHanCharacterNamesIt() throws {
        let plan = Fixtures.path("Tests/CLITests/Fixtures/seating/missing-character.yaml")
        let result = try BanhuiProcess.run(["seat", plan])
        #expect(result.exitCode == 2)
        #expect(result.stderrLines == ["\(plan):5:5: error: [SEAT005] 姓名“王鿯”中的“鿯”（U+9FEF）不在姓名笔画数据中，无法排序"])
    }

    @Test func strokeDataPathFromTheEnvironment() throws {
        let result = try BanhuiProcess.run(["seat", Self.full], environment: ["BANHUI_STROKE_DATA": "/nonexistent/stroke.yaml"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("[SEAT006]"))
        #expect(result.stderr.contains("/nonexistent/stroke.yaml"))
    }

    @Test func checkListsSeatingCodes() throws {
        let result = try BanhuiProcess.run(["check", "--list-codes"])
        #expect(result.stdout.contains("| `SEAT001` |"))
        #expect(result.stdout.contains("| `SEAT009` |"))
    }
}
