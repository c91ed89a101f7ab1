import Foundation
import Testing
import TestSupport

/// Issue 18, the seating a 礼宾 officer signs: a banquet with a visiting delegation
/// (`examples/delegation-banquet/`) and 列席 in rows of their own behind the 出席
/// (`Fixtures/seating/observers/`), run through the `banhui` executable on real files.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SignoffSeatingTests {
    static let delegation = "examples/delegation-banquet/meeting.yaml"
    static let observers = "Tests/CLITests/Fixtures/seating/observers/meeting.yaml"

    static func seatJSON(_ plan: String) throws -> (zones: [[String: Any]], stderr: String) {
        let result = try BanhuiProcess.run(["seat", Fixtures.path(plan), "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (try #require(json["zones"] as? [[String: Any]]), result.stderr)
    }

    /// The plan's people as (id, unit, role, order) from the plan and its lines, in plan order.
    static func delegationPeople() throws -> [String: (unit: String, role: String)] {
        let text = try String(contentsOfFile: Fixtures.path(delegation), encoding: .utf8)
        var people: [String: (String, String)] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("  - {id: ") {
            func field(_ key: String) -> String {
                guard let range = line.range(of: "\(key): ") else { return "" }
                return String(line[range.upperBound...].prefix { $0 != "," && $0 != "}" })
            }
            people[field("id")] = (field("unit"), field("role"))
        }
        return people
    }

    // MARK: Banquet with a delegation

    @Test func everyTableIsHostedAndMixedAndEachPartyKeepsItsOrder() throws {
        let (zones, stderr) = try Self.seatJSON(Self.delegation)
        let people = try Self.delegationPeople()
        let zone = try #require(zones.first)
        let tables = try #require(zone["tables"] as? [[String: Any]])
        #expect(tables.count == 8)
        func isGuest(_ id: String) -> Bool { people[id]?.unit == "友好城市代表团" }
        // Host-side order as the plan ranks it: hosts, 副市长 (V), 局长 (B), 工作人员 (A); guests G01…G30.
        func hostRank(_ id: String) -> Int {
            let order = ["H": 0, "V": 1, "B": 2, "A": 3]
            return order[String(id.prefix(1))] ?? 9
        }
        var lastGuest = "", lastHostRank = 0
        for table in tables {
            let seats = try #require(table["seats"] as? [Any]).map { $0 as? String }
            let seated = seats.compactMap { $0 }
            let guests = seated.filter(isGuest), hosts = seated.filter { !isGuest($0) }
            // Every table: both parties, a host-side 主陪 at S0, a host-side 副陪 at S5, guests at S9 and S1.
            #expect(!guests.isEmpty && !hosts.isEmpty, "table \(table["table"]!): \(seated)")
            let s0 = try #require(seats[0]), s5 = try #require(seats[5])
            #expect(!isGuest(s0) && !isGuest(s5), "table \(table["table"]!): \(seats)")
            #expect(seats[9].map(isGuest) == true && seats[1].map(isGuest) == true, "table \(table["table"]!): \(seats)")
            // Precedence across tables, for each party: no guest at this table ranks above one at an earlier table.
            let guestIDs = guests.sorted()
            if let first = guestIDs.first { #expect(first > lastGuest, "\(first) after \(lastGuest)") }
            lastGuest = guestIDs.last ?? lastGuest
            // 副市长 before 局长 before 工作人员 across tables.
            let ranks = hosts.map(hostRank)
            #expect(ranks.min()! >= lastHostRank, "table \(table["table"]!): \(hosts)")
            lastHostRank = ranks.max()!
            // Interpreters and note-takers never at a table.
            #expect(seated.allSatisfy { !["I1", "I2", "N1", "N2"].contains($0) })
        }
        // The six 副市长 sit at tables 1–2, ahead of the delegation's 随员 (G12…) at later tables.
        let vicePlaces = tables.prefix(2).flatMap { ($0["seats"] as? [Any] ?? []).compactMap { $0 as? String } }
        #expect((1...6).allSatisfy { vicePlaces.contains("V\($0)") }, "\(vicePlaces)")
        // Interpreters and note-takers behind their principals at table 1.
        let rows = try #require(zone["rows"] as? [[String: Any]])
        let behind = try #require(rows.first { $0["row"] as? Int == 0 })
        #expect(behind["seats"] as? [String] == ["I1", "I2", "N1", "N2"])
        #expect(behind["behind"] as? [String] == ["H01", "G01", "H01", "G01"])
        // 30 of the host side for 30 visitors: more than a third, a warning with its location, exit 0.
        #expect(stderr.contains("meeting.yaml:") && stderr.contains("warning: [SEAT102]") && stderr.contains("主方陪餐 30 人、来宾 30 人"), "\(stderr)")
    }

    @Test func banquetChartDrawsTheAidesBehindWithoutOverlap() throws {
        let result = try BanhuiProcess.run(["seat", Fixtures.path(Self.delegation), "--format", "svg"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        // Eight tables and four seats marked 后 (behind), no two seat boxes overlapping.
        #expect(result.stdout.components(separatedBy: ">第").count - 1 >= 8)
        let boxes = Self.rects(result.stdout)
        #expect(result.stdout.components(separatedBy: ">后<").count - 1 == 4, "\(result.stdout.prefix(400))")
        for a in boxes.indices {
            for b in boxes.indices where b > a {
                let (p, q) = (boxes[a], boxes[b])
                let overlap = p.x < q.x + q.width - 0.01 && q.x < p.x + p.width - 0.01 && p.y < q.y + q.height - 0.01 && q.y < p.y + p.height - 0.01
                #expect(!overlap, "\(p) \(q)")
                if overlap { return }
            }
        }
    }

    /// Seat boxes of a chart: the `rect`s 18 mm wide (seats; tables are circles).
    static func rects(_ svg: String) -> [(x: Double, y: Double, width: Double, height: Double)] {
        svg.components(separatedBy: "<rect ").dropFirst().compactMap { element in
            func value(_ name: String) -> Double? {
                guard let range = element.range(of: " \(name)=\"") ?? (element.hasPrefix("\(name)=\"") ? element.range(of: "\(name)=\"") : nil) else { return nil }
                return Double(element[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let x = value("x"), let y = value("y"), let width = value("width"), let height = value("height"), width == 18 else { return nil }
            return (x, y, width, height)
        }
    }

    // MARK: 列席

    @Test func observersSitInRowsOfTheirOwnBehindTheAttendees() throws {
        let (zones, _) = try Self.seatJSON(Self.observers)
        let hall = try #require(zones.first { $0["zone"] as? String == "台下" })
        let rows = try #require(hall["rows"] as? [[String: Any]])
        // Q1, Q2 (`role: 列席` in the plan) and O… (身份 列席 in the roster) are 列席; M… are 出席.
        let kinds = rows.map { row -> Set<Character> in Set((row["seats"] as? [Any] ?? []).compactMap { ($0 as? String)?.first }) }
        let observerRows = kinds.indices.filter { !kinds[$0].isDisjoint(with: ["O", "Q"]) }
        let attendeeRows = kinds.indices.filter { kinds[$0].contains("M") }
        #expect(!observerRows.isEmpty && !attendeeRows.isEmpty)
        // No row mixes the two, and every 列席 row is behind every 出席 row.
        #expect(Set(observerRows).isDisjoint(with: attendeeRows), "\(kinds)")
        #expect(observerRows.min()! > attendeeRows.max()!)
        let seated = rows.flatMap { ($0["seats"] as? [Any] ?? []).compactMap { $0 as? String } }
        #expect(seated.filter { $0.hasPrefix("O") || $0.hasPrefix("Q") }.count == 18)
    }

    @Test func observersAreLabelledOnTheChartTheSeatingSheetAndTheSignInSheet() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path(Self.observers), "--out", out, "--format", "docx,odt,xlsx"], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: (out as NSString).appendingPathComponent("seating-台下.svg"), encoding: .utf8)
        #expect(svg.contains(">列席<") && svg.contains("列席人员：第7排"), "\(svg.suffix(600))")
        let sheet = try ZipParts.text(of: "word/document.xml", in: Array(try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("seating.docx")))))
        #expect(OfficeText.flattened(sheet).contains("第7排") && sheet.contains(">列席<"))
        let signin = try SpreadsheetReader.sheets(Array(try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("signin.xlsx")))))
        let lines = try #require(signin.first?.rows)
        let observerLines = lines.indices.filter { lines[$0].contains { $0.hasSuffix("（列席）") } }
        let attendeeLines = lines.indices.filter { lines[$0].contains("委员") }
        // 18 列席, each marked, all after the 72 出席.
        #expect(observerLines.count == 18 && attendeeLines.count == 72)
        #expect(observerLines.min()! > attendeeLines.max()!)
    }

    @Test func aChineseRoleIsReadAndAWrongOneIsLocated() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let plan = try Fixtures.write("""
            version: 1
            meeting: {id: t, title: 测试会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            people:
              - {id: A, name: 王明, role: 出席}
              - {id: B, name: 李明, role: 列席}
              - {id: C, name: 张明, role: 旁听}
            """, to: "plan.yaml", in: dir)
        let result = try BanhuiProcess.run(["check", plan], in: dir)
        #expect(result.exitCode == 2)
        // Only the third role is wrong: 出席 and 列席 are the Chinese words for attendee and observer.
        #expect(result.stderrLines.filter { $0.contains("error:") }.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("plan.yaml:6:") && result.stderr.contains("旁听"), "\(result.stderr)")
    }
}
