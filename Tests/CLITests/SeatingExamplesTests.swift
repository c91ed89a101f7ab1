import Foundation
import Testing
import TestSupport

/// The example plans of `examples/`, run as a protocol officer would: each exports cleanly,
/// and each shows one part of issue 12 in the output a user reads.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SeatingExamplesTests {
    static let committee = "examples/standing-committee/meeting.yaml"
    static let banquet = "examples/banquet/meeting.yaml"
    static let reception = "examples/reception/meeting.yaml"
    static let conference = "examples/city-work-conference/meeting.yaml"
    static let delegation = "examples/delegation-banquet/meeting.yaml"

    static func json(_ plan: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try BanhuiProcess.run(["seat", Fixtures.path(plan), "--format", "json"] + extra)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["zones"] as? [[String: Any]])
    }

    static func zone(_ zones: [[String: Any]], _ name: String) throws -> [String: Any] {
        try #require(zones.first { $0["zone"] as? String == name })
    }

    @Test(arguments: [committee, banquet, reception, conference, delegation])
    func exampleExportsCleanlyAndValidates(_ plan: String) throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path(plan), "--out", out], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(written.contains("seating.docx") && written.contains("signin.odt"))
        #expect(written.contains { $0.hasPrefix("seating-") && $0.hasSuffix(".svg") })
        let office = written.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.map { (out as NSString).appendingPathComponent($0) }
        try OfficeValidation.expectValid(paths: office)
    }

    // MARK: Rows of different lengths

    @Test func rowsOfDifferentLengthsAreCentredInJSONText() throws {
        let rostrum = try Self.zone(try Self.json(Self.committee), "主席台")
        let rows = try #require(rostrum["rows"] as? [[String: Any]])
        #expect(rows[0]["x"] as? [Double] == [-2, -1, 0, 1, 2])
        #expect(rows[1]["x"] as? [Double] == [-1.5, -0.5, 0.5, 1.5])
        #expect(rows[1]["seats"] as? [String] == ["L8", "L6", "L7", "L9"])
        let text = try BanhuiProcess.run(["seat", Fixtures.path(Self.committee)]).stdoutLines
        let front = try #require(text.first { $0.hasPrefix("  第1排") }), back = try #require(text.first { $0.hasPrefix("  第2排") })
        // The back row's first name starts half a cell to the right of the front row's first name.
        let frontStart = front.distance(from: front.startIndex, to: try #require(front.range(of: "王海波")).lowerBound)
        let backStart = back.distance(from: back.startIndex, to: try #require(back.range(of: "孙建平")).lowerBound)
        #expect(backStart > frontStart + 2, "\(front)\n\(back)")
    }

    @Test func rowsOfDifferentLengthsAreCentredInTheChart() throws {
        let result = try BanhuiProcess.run(["seat", Fixtures.path(Self.committee), "--format", "svg", "--zone", "主席台"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        func left(_ label: String) throws -> Double {
            // The seat box precedes its label text: <rect x="…" … /> then <text …>label</text>.
            let svg = result.stdout
            let labelRange = try #require(svg.range(of: ">\(label)<"))
            let rect = try #require(svg.range(of: "<rect x=\"", options: .backwards, range: svg.startIndex..<labelRange.lowerBound))
            let number = svg[rect.upperBound...].prefix { $0 != "\"" }
            return try #require(Double(number))
        }
        let frontFirst = try left("1-1"), frontSecond = try left("1-2"), backFirst = try left("2-1")
        #expect(abs(backFirst - (frontFirst + frontSecond) / 2) < 0.01, "the back row sits in the gaps")
    }

    // MARK: Banquets

    @Test func everyBanquetTableIsHostedAndTheRestSpreadEvenly() throws {
        let zone = try Self.zone(try Self.json(Self.banquet), "宴会厅")
        let tables = try #require(zone["tables"] as? [[String: Any]])
        let seats = tables.map { ($0["seats"] as? [Any] ?? []).map { $0 as? String } }
        // G1 (厅局级副职) outranks the host: G1 takes the 主位 and H1 sits at his right (rule 4.2.4).
        #expect(seats[0][0] == "G1" && seats[0][9] == "H1")
        #expect(seats[1][0] == "H3" && seats[2][0] == "H4", "hosts beyond the first two take the 主位 of tables 2 and 3")
        let counts = seats.dropFirst().map { $0.compactMap { $0 }.count }
        #expect(counts.max()! - counts.min()! <= 1, "\(counts)")
        let svg = try BanhuiProcess.run(["seat", Fixtures.path(Self.banquet), "--format", "svg"]).stdout
        // Table 1 in the centre, table 2 on the drawing's left (the right of someone facing the door from inside), table 3 on its right.
        func centre(_ label: String) throws -> Double {
            let range = try #require(svg.range(of: ">\(label)<"))
            let text = try #require(svg.range(of: "<text x=\"", options: .backwards, range: svg.startIndex..<range.lowerBound))
            return try #require(Double(svg[text.upperBound...].prefix { $0 != "\"" }))
        }
        let one = try centre("第1桌"), two = try centre("第2桌"), three = try centre("第3桌")
        #expect(two < one && one < three)
    }

    @Test func tableHostsNameTheHostOfATable() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try String(contentsOfFile: Fixtures.path(Self.banquet), encoding: .utf8)
            .replacingOccurrences(of: "    hosts: [H1, H2, H3, H4]", with: "    hosts: [H1, H2]\n    table_hosts: {2: H4, 3: H3}\n    pins: [{person: S6, table: 3, seat: 1}]")
            .replacingOccurrences(of: "people: [S1, S2, S3, S4, S5, S6]", with: "people: [H3, H4, S1, S2, S3, S4, S5, S6]")
        try Fixtures.write(plan, to: "plan.yaml", in: folder)
        let result = try BanhuiProcess.run(["seat", "plan.yaml", "--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require((json["zones"] as? [[String: Any]])?.first?["tables"] as? [[String: Any]])
        #expect((tables[1]["seats"] as? [Any])?.first as? String == "H4")
        #expect((tables[2]["seats"] as? [Any])?.first as? String == "H3")
        #expect((tables[2]["seats"] as? [Any])?[1] as? String == "S6")
    }

    // MARK: Talks

    @Test func talksFollowTheLayoutWithInterpretersAndNoteTakers() throws {
        let zones = try Self.json(Self.reception)
        let meeting = try Self.zone(zones, "会见厅")
        #expect(meeting["frame"] as? String == "room")
        let rows = try #require(meeting["rows"] as? [[String: Any]])
        let behind = try #require(rows.first { $0["row"] as? Int == 0 })
        let front = try #require(rows.first { $0["row"] as? Int == 1 })
        let seats = try #require(front["seats"] as? [String])
        // Seen from the door the main guest is at the host's right, i.e. on the host's left on paper.
        #expect(seats.firstIndex(of: "G1")! + 1 == seats.firstIndex(of: "H1")!)
        #expect(behind["behind"] as? [String] == ["G1", "G1", "H1", "H1"])
        #expect(behind["seats"] as? [String] == ["N2", "I2", "I1", "N1"])
        let talks = try Self.zone(zones, "会谈室")
        #expect(talks["frame"] as? String == "table")
        let table = try #require((talks["tables"] as? [[String: Any]])?.first?["seats"] as? [Any])
        // S0 the main guest facing the door, his interpreter at his left (clockwise next); the host
        // opposite with his interpreter at his right.
        #expect(table[0] as? String == "G1" && table[1] as? String == "I2")
        let hostSeat = try #require(table.firstIndex { $0 as? String == "H1" })
        #expect(table[hostSeat - 1] as? String == "I1")
        let notes = try #require((talks["rows"] as? [[String: Any]])?.first)
        #expect(Set(notes["seats"] as? [String] ?? []) == ["N1", "N2"])
    }

    @Test func anUnusableTalksLayoutIsAnError() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try String(contentsOfFile: Fixtures.path(Self.reception), encoding: .utf8)
            .replacingOccurrences(of: "    layout: meeting-room-long-table", with: "    layout: meeting-room-long-table\n    arrangement: side-by-side")
        try Fixtures.write(plan, to: "plan.yaml", in: folder)
        let result = try BanhuiProcess.run(["seat", "plan.yaml"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("plan.yaml:") && result.stderr.contains("error: [SEAT011]") && result.stderr.contains("并列式"), "\(result.stderr)")
    }

    // MARK: Pins, holds, swaps

    @Test func pinsHoldsAndSwapsInTheHall() throws {
        let hall = try Self.zone(try Self.json(Self.committee), "台下")
        let rows = try #require(hall["rows"] as? [[String: Any]])
        let first = try #require(rows[0]["seats"] as? [Any])
        #expect(first[1] as? String == "H001", "pinned to row 1 seat 2")
        #expect(first[9] is NSNull && first[10] is NSNull, "held seats stay empty")
        let explain = try BanhuiProcess.run(["seat", Fixtures.path(Self.committee), "--explain"])
        #expect(explain.stdout.contains("H001 石秀玲：指定座位：第1排第2座"))
        #expect(explain.stdout.contains("指定座位（与"))
    }

    @Test func aPinThatBreaksProtocolWarnsNamingBothPeople() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try String(contentsOfFile: Fixtures.path(Self.committee), encoding: .utf8)
            .replacingOccurrences(of: "    people: [L1, L2, L3, L4, L5, L6, L7, L8, L9]",
                                  with: "    people: [L1, L2, L3, L4, L5, L6, L7, L8, L9]\n    pins: [{person: L9, row: 1, seat: 3}]")
        try Fixtures.write(plan, to: "plan.yaml", in: folder)
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/standing-committee/roster.csv"), toPath: folder + "/roster.csv")
        let result = try BanhuiProcess.run(["seat", "plan.yaml", "--format", "json"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderrLines.contains { $0.contains("warning: [SEAT101]") && $0.contains("刘卫东（L9）") && $0.contains("张建国（L1）") },
                "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rostrum = try #require((json["zones"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]])
        #expect((rostrum[0]["seats"] as? [Any])?[2] as? String == "L9")
    }

    @Test func aSeatPinnedTwiceOrOutsideTheZoneIsAnError() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try String(contentsOfFile: Fixtures.path(Self.committee), encoding: .utf8)
            .replacingOccurrences(of: "    hold: [{row: 1, seat: 10}, {row: 1, seat: 11}]",
                                  with: "    hold: [{row: 1, seat: 2}, {row: 30, seat: 1}]")
        try Fixtures.write(plan, to: "plan.yaml", in: folder)
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/standing-committee/roster.csv"), toPath: folder + "/roster.csv")
        let result = try BanhuiProcess.run(["seat", "plan.yaml"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.contains { $0.contains("[PLAN015]") && $0.contains("第1排第2座") }, "\(result.stderr)")
        let check = try BanhuiProcess.run(["check", "plan.yaml"], in: folder)
        #expect(check.exitCode == 2)
    }

    // MARK: Documents

    @Test func cardsLimitedToTheRostrumAndSignInInPrecedenceOrder() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path(Self.committee), "--out", out, "--format", "docx", "--only", "cards,signin,seating"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let cards = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/cards.docx"))))
        #expect(cards.contains("张建国") && !cards.contains("石秀玲"), "only the rostrum gets cards")
        let signIn = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/signin.docx"))))
        let order = ["张建国", "李文华", "刘卫东", "石秀玲"].map { signIn.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]! && order[2]! < order[3]!,
                "the rostrum in precedence first, then the units")
        #expect(signIn.contains("应到") && signIn.contains("实到"))
        let seating = try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/seating.docx"))))
        #expect(seating.contains("台下左区") && seating.contains("台下中区") && seating.contains("台下右区"), "the hall split at its aisles")
        #expect(seating.contains("<w:tblHeader/>"), "the header row repeats on every page")
        #expect(seating.contains("县委办公室"), "units labelled")
        let svg = try String(contentsOfFile: out + "/seating-台下.svg", encoding: .utf8)
        #expect(svg.contains(">过道<") && svg.contains(">20排<") && svg.contains("□ 县委办公室"))
    }

    @Test func explainReadsAsASentence() throws {
        let result = try BanhuiProcess.run(["seat", Fixtures.path(Self.committee), "--explain"])
        #expect(result.stdout.contains("L5 王海波：主席台规则1.2（以左为尊）：第1排本排第5位，台下看自左起第1座；位次：顺序 5 · 排序 5 · 县处级副职 · 县委（第1位单位） · 笔画 王 4"))
        #expect(!result.stdout.contains("键 "))
        #expect(result.stdout.contains("L6 赵明：主席台规则1.2（以左为尊，偶数居中两座，2号在1号左侧）"))
    }
}
