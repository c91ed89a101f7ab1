import Foundation
import Testing
import TestSupport

/// Sessions (a schedule slot's `zones:`) and a group's room (`groups[].zone`), logistics.md
/// "Sessions": each is seated on its own, and every output names it.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct SessionCommandTests {
    static let folder = Fixtures.path("Tests/CLITests/Fixtures/sessions")
    static let invalidFolder = Fixtures.path("Tests/CLITests/Fixtures/sessions/invalid")

    /// Unknown zones, a zone of two sessions, a session without id, a group's zone with people of
    /// its own: exit 2, nothing on stdout, one located diagnostic with the fixture's code and words.
    @Test(arguments: ExpectedDiagnostic.fixtures(in: invalidFolder))
    func everySessionProblemIsALocatedError(fixture: String) throws {
        for command in ["check", "seat", "export"] {
            let result = try BanhuiProcess.run([command, fixture, "--out", "out"].prefix(command == "export" ? 4 : 2).map { $0 }, in: Self.invalidFolder)
            #expect(result.exitCode == 2, "\(command) \(fixture): \(result.stdout)")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: (Self.invalidFolder as NSString).appendingPathComponent("out")))
            let expected = try ExpectedDiagnostic.read(from: (Self.invalidFolder as NSString).appendingPathComponent(fixture))
            #expect(!expected.isEmpty, "fixture \(fixture) declares no expectation")
            for expectation in expected {
                let pattern = "\(fixture):\(expectation.line):\(expectation.column): error: [\(expectation.code)] "
                let line = result.stderrLines.first { $0.hasPrefix(pattern) }
                #expect(line != nil, "\(command) \(fixture): no “\(pattern)” in \(result.stderr)")
                if let words = expectation.words, let line {
                    #expect(line.contains(words), "\(fixture): “\(line)” lacks “\(words)”")
                }
            }
            #expect(result.stderrLines.count == expected.count, "\(fixture): \(result.stderr)")
        }
    }

    @Test func everySessionCodeHasAFixture() throws {
        let codes = try ExpectedDiagnostic.fixtures(in: Self.invalidFolder).flatMap {
            try ExpectedDiagnostic.read(from: (Self.invalidFolder as NSString).appendingPathComponent($0)).map(\.code)
        }
        for code in ["SESSION001", "SESSION002", "SESSION003", "SESSION004", "PLAN015"] {
            #expect(codes.contains(code), "no fixture for \(code)")
        }
    }

    /// Each session is seated on its own: the same leaders sit on the 预备会议's rostrum and on
    /// the plenary's; the 预备会议's pin and the plenary's hold are each their own zone's.
    @Test func seatShowsEverySessionsSeats() throws {
        let text = try BanhuiProcess.run(["seat", "sessions.yaml"], in: Self.folder)
        #expect(text.exitCode == 0, "\(text.stderr)")
        let lines = text.stdoutLines
        #expect(lines.contains { $0.hasPrefix("【预备会议主席台】场次 prep：预备会议（2026-12-14 08:30—09:00，第一会议室）") }, "\(text.stdout)")
        #expect(lines.contains { $0.hasPrefix("【台下】场次 open：全体会议（2026-12-14 09:00—11:30，县委大礼堂）") })
        // The group's room is no session's: no session named.
        #expect(lines.contains { $0.hasPrefix("【第一组会场】（") })
        // P6 pinned to seat 1 of the 预备会议's hall; seat 2 of the plenary's hall held.
        let prepHall = lines.firstIndex { $0.hasPrefix("【预备会议会场】") }!
        #expect(lines[prepHall + 2] == "  第1排  孙　立  王海波  赵　明  （空）")
        let hall = lines.firstIndex { $0.hasPrefix("【台下】") }!
        #expect(lines[hall + 2] == "  第1排  赵　明  （空）  钱　红  孙　立")

        let json = try BanhuiProcess.run(["seat", "sessions.yaml", "--format", "json"], in: Self.folder)
        #expect(json.exitCode == 0)
        let zones = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["zones"] as? [[String: Any]]
        let sessions = (zones ?? []).map { "\($0["zone"]!)=\($0["session"] as? String ?? "-")" }
        #expect(sessions == ["预备会议主席台=prep", "预备会议会场=prep", "主席台=open", "台下=open", "第一组会场=-"])
        // 张建国 (P1) sits on both rostrums.
        let rostrums = (zones ?? []).filter { ($0["kind"] as? String) == "rostrum" }.map { "\($0["rows"]!)" }
        #expect(rostrums.count == 2 && rostrums.allSatisfy { $0.contains("P1") })

        let explain = try BanhuiProcess.run(["seat", "sessions.yaml", "--explain"], in: Self.folder)
        #expect(explain.stdout.contains("P6 孙立：指定座位：第1排第1座"), "\(explain.stdout)")
    }

    /// A group's zone seats the group's members (and only them) by the zone's rules: at a talks
    /// table the convener heads the side of honour (S0), the next member the other side.
    @Test func aGroupsZoneSeatsItsMembers() throws {
        let json = try BanhuiProcess.run(["seat", "sessions.yaml", "--format", "json"], in: Self.folder)
        let zones = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["zones"] as? [[String: Any]]
        let room = try #require(zones?.first { ($0["zone"] as? String) == "第一组会场" })
        let tables = try #require(room["tables"] as? [[String: Any]])
        let seated = (tables.first?["seats"] as? [Any])?.compactMap { $0 as? String }
        // Group g1 is 县委 and 县财政局: P1 (convener), P3, P4, P5.
        #expect(seated == ["P1", "P4", "P3", "P5"], "\(String(describing: seated))")

        let plan = try BanhuiProcess.run(["plan", "sessions.yaml"], in: Self.folder)
        #expect(plan.exitCode == 0, "\(plan.stderr)")
        #expect(plan.stdoutLines.prefix(3) == [
            "场次 prep 预备会议（2026-12-14 08:30—09:00，第一会议室）：预备会议主席台 2 人、预备会议会场 3 人",
            "场次 open 全体会议（2026-12-14 09:00—11:30，县委大礼堂）：主席台 3 人、台下 4 人",
            "分组会场 第一组：第一组会场 4 人",
        ], "\(plan.stdout)")
    }

    /// `export`: a chart per session zone named by the slot, the 座次表 and the handbook in
    /// sections headed by each session, a 签到表 per session, every session's seat on the slips.
    @Test func exportWritesEachSessionsDocuments() throws {
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try BanhuiProcess.run(["export", Fixtures.path("Tests/CLITests/Fixtures/sessions/sessions.yaml"), "--out", out,
                                            "--format", "docx,odt,xlsx"], in: out)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let names = result.stdoutLines.map { ($0 as NSString).lastPathComponent }
        #expect(names.filter { $0.hasSuffix(".svg") } == ["seating-prep-预备会议主席台.svg", "seating-prep-预备会议会场.svg", "seating-open-主席台.svg",
                                                          "seating-open-台下.svg", "seating-第一组会场.svg"], "\(names)")
        func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent(name)))) }
        OfficeValidation.expectValid(try ["seating.docx", "seating.odt", "signin.docx", "signin.odt", "signin.xlsx", "handbook.docx", "slips.docx"]
            .map { ($0, try read($0)) })
        let chart = String(decoding: try read("seating-prep-预备会议会场.svg"), as: UTF8.self)
        #expect(chart.contains("全县工作会议 预备会议"))

        let headings = ["预备会议　12月14日（星期一）8:30—9:00　第一会议室", "全体会议　12月14日（星期一）9:00—11:30　县委大礼堂", "分组讨论　第一组　第一会议室"]
        for document in ["seating.docx", "handbook.docx"] {
            let text = OfficeText.flattened(try ZipParts.text(of: "word/document.xml", in: try read(document)))
            let positions = headings.map { text.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(document) lacks a session heading")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(document): sessions out of order")
        }
        let seatingODT = OfficeText.flattened(try ZipParts.text(of: "content.xml", in: try read("seating.odt")))
        #expect(headings.allSatisfy(seatingODT.contains))

        // signin: {per: session}: one sheet per session and group room, each with its own people.
        let signin = OfficeText.flattened(try ZipParts.text(of: "word/document.xml", in: try read("signin.docx")))
        #expect(signin.components(separatedBy: "全县工作会议签到表").count - 1 == 3)
        #expect(["应到 5 人", "应到 7 人", "应到 4 人"].allSatisfy(signin.contains), "\(signin.count)")
        let sheets = try SpreadsheetReader.sheets(try read("signin.xlsx"))
        #expect(sheets.map(\.name) == ["预备会议", "全体会议", "分组讨论　第一组　第一会议室"])
        #expect(sheets[0].rows.contains { $0.contains("张建国") } && !sheets[0].rows.contains { $0.contains("钱红") })

        let slips = OfficeText.flattened(try ZipParts.text(of: "word/document.xml", in: try read("slips.docx")))
        #expect(slips.contains("座位：预备会议（12月14日 8:30，第一会议室）预备会议主席台 第1排第1号"))
        #expect(slips.contains("座位：全体会议（12月14日 9:00，县委大礼堂）主席台 第1排第2号"))
        #expect(slips.contains("座位：第一组会场 第1桌"))
    }

    /// Without `per: session` the 签到表 is one sheet for the whole meeting, everyone once.
    @Test func oneSignInSheetByDefault() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let plan = try String(contentsOfFile: (Self.folder as NSString).appendingPathComponent("sessions.yaml"), encoding: .utf8)
        try Fixtures.write(plan.replacingOccurrences(of: "signin: {per: session}\n", with: ""), to: "meeting.yaml", in: directory)
        let result = try BanhuiProcess.run(["export", "meeting.yaml", "--out", "out", "--only", "signin", "--format", "xlsx"], in: directory)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let sheets = try SpreadsheetReader.sheets([UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/signin.xlsx"))))
        #expect(sheets.map(\.name) == ["签到表"])
        #expect(sheets[0].rows.filter { $0.contains("张建国") }.count == 1)
    }

    /// `diff` and `export --changes-from` name the session of every seat that moved.
    @Test func changesNameTheSession() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let plan = try String(contentsOfFile: (Self.folder as NSString).appendingPathComponent("sessions.yaml"), encoding: .utf8)
        try Fixtures.write(plan, to: "v1.yaml", in: directory)
        let moved = plan.replacingOccurrences(of: "{person: P6, row: 1, seat: 1}", with: "{person: P6, row: 1, seat: 4}")
            .replacingOccurrences(of: "  - {id: P7, name: 周平, unit: 县教育局, title: 副局长, rank: 乡科级副职, gender: 男}\n", with: "")
        #expect(moved != plan)
        try Fixtures.write(moved, to: "v2.yaml", in: directory)

        let diff = try BanhuiProcess.run(["diff", "v1.yaml", "v2.yaml"], in: directory)
        #expect(diff.exitCode == 0, "\(diff.stderr)")
        #expect(diff.stdoutLines.contains("【预备会议会场】场次 prep：预备会议（2026-12-14 08:30—09:00，第一会议室）"), "\(diff.stdout)")
        #expect(diff.stdoutLines.contains("  孙立（县教育局）  第1排第1座 → 第1排第4座  调整"))
        #expect(diff.stdoutLines.contains("【台下】场次 open：全体会议（2026-12-14 09:00—11:30，县委大礼堂）"))
        let json = try BanhuiProcess.run(["diff", "v1.yaml", "v2.yaml", "--format", "json"], in: directory)
        #expect(json.stdout.contains("\"zone\": \"预备会议会场\", \"session\": \"prep\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"zone\": \"台下\", \"session\": \"open\""))

        let export = try BanhuiProcess.run(["export", "v2.yaml", "--changes-from", "v1.yaml", "--out", "out", "--only", "seating", "--format", "docx"],
                                           in: directory)
        #expect(export.exitCode == 0, "\(export.stderr)")
        let changes = OfficeText.flattened(try ZipParts.text(of: "word/document.xml", in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/out/changes.docx")))))
        #expect(changes.contains("预备会议会场（预备会议（2026年12月14日8:30—9:00，第一会议室））"), "the session's time written as documents write times")
        // The marked chart of a session's zone keeps the session's name.
        #expect(FileManager.default.fileExists(atPath: directory + "/out/seating-prep-预备会议会场.svg"))
    }
}
