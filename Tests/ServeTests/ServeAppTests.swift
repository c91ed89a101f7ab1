import Documents
import Foundation
import MeetingPlan
import PlanReading
import Seating
import Serve
import Testing
import TestSupport

/// Every endpoint and rule of docs/serve.md, in process: requests in, responses out, the plan in
/// a temporary folder.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct ServeAppTests {
    static let token = "0123456789abcdef0123456789abcdef"
    let folder: String
    let path: String
    let app: ServeApp

    init() throws {
        try self.init(readOnly: false)
    }

    init(readOnly: Bool) throws {
        folder = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/standing-committee/roster.csv"), toPath: folder + "/roster.csv")
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/standing-committee/meeting.yaml"), toPath: folder + "/meeting.yaml")
        path = folder + "/meeting.yaml"
        let target = path
        app = ServeApp(path: path, environment: TestEnvironment.seating,
                       options: ServeOptions(token: Self.token, host: "127.0.0.1", port: 8080, readOnly: readOnly)) { bytes in
            try Data(bytes).write(to: URL(fileURLWithPath: target), options: .atomic)
        }
    }

    func get(_ path: String, query: [String: String] = ["token": token], headers: [String: String] = ["Host": "127.0.0.1:8080"]) async -> ServeResponse {
        await app.respond(ServeRequest(method: "GET", path: path, query: query, headers: headers))
    }

    func post(_ path: String, _ body: [String: Any], headers: [String: String] = [:]) async throws -> ServeResponse {
        let bytes = Array(try JSONSerialization.data(withJSONObject: body))
        let all = ["Host": "localhost:8080", "X-Banhui-Token": Self.token, "Content-Type": "application/json", "Content-Length": "\(bytes.count)"]
            .merging(headers) { _, new in new }
        return await app.respond(ServeRequest(method: "POST", path: path, headers: all, body: bytes))
    }

    func json(_ response: ServeResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    func header(_ response: ServeResponse, _ name: String) -> String? {
        response.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    func planText() throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func seatOf(_ person: String, in state: [String: Any]) throws -> String? {
        let chart = try #require(state["chart"] as? [[String: Any]])
        for zone in chart {
            for row in zone["rows"] as? [[String: Any]] ?? [] {
                for seat in row["seats"] as? [[String: Any]] ?? [] where seat["person"] as? String == person {
                    return "\(zone["zone"]!) \(row["row"]!)-\(seat["seat"]!)"
                }
            }
        }
        return nil
    }

    // MARK: Access rules

    @Test func everyRequestNeedsTheTokenInTheQueryOrTheHeader() async throws {
        #expect(await get("/api/state", query: [:]).status == 403)
        #expect(await get("/api/state", query: ["token": "wrong"]).status == 403)
        #expect(await get("/", query: [:]).status == 403)
        #expect(await get("/api/state").status == 200)
        #expect(await get("/api/state", query: [:], headers: ["Host": "127.0.0.1:8080", "X-Banhui-Token": Self.token]).status == 200)
    }

    @Test func aForeignHostIsRefused() async throws {
        #expect(await get("/api/state", headers: ["Host": "evil.example:8080"]).status == 403)
        #expect(await get("/api/state", headers: ["Host": "127.0.0.1:9999"]).status == 403)
        #expect(await get("/api/state", headers: [:]).status == 403)
        #expect(await get("/api/state", headers: ["Host": "localhost:8080"]).status == 200)
    }

    @Test func noCORSHeadersAndNothingCached() async throws {
        let response = await get("/api/state", headers: ["Host": "127.0.0.1:8080", "Origin": "http://evil.example"])
        #expect(response.status == 200)
        #expect(!response.headers.contains { $0.name.lowercased().hasPrefix("access-control-") })
        #expect(header(response, "Cache-Control") == "no-store")
    }

    @Test func bodiesOver64KBAreRefused() async throws {
        let big = String(repeating: "x", count: 70_000)
        let response = try await post("/api/swap", ["revision": big, "zone": "台下", "a": "H020", "b": "H030"])
        #expect(response.status == 413)
        #expect(try planText() == String(contentsOfFile: Fixtures.path("examples/standing-committee/meeting.yaml"), encoding: .utf8))
    }

    @Test func onlyJSONBodiesAndKnownRoutes() async throws {
        let revision = await app.revision
        #expect(try await post("/api/swap", ["revision": revision, "zone": "台下", "a": "H020", "b": "H030"], headers: ["Content-Type": "text/plain"]).status == 415)
        #expect(try await post("/api/swap", ["revision": revision, "zone": "台下"]).status == 400)
        #expect(try await post("/api/nothing", ["revision": revision]).status == 404)
        #expect(await get("/api/swap").status == 405)
        #expect(await get("/nothing").status == 404)
    }

    // MARK: Reading

    @Test func thePageIsOneSelfContainedFile() async throws {
        let response = await get("/")
        #expect(response.status == 200)
        #expect(header(response, "Content-Type") == "text/html; charset=utf-8")
        #expect(header(response, "Content-Security-Policy")?.contains("default-src 'none'") == true)
        let html = String(decoding: response.body, as: UTF8.self)
        #expect(html.contains("<script>") && html.contains("lang=\"zh-CN\""))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src=\"//"))
        #expect(await get("/").body == response.body)
    }

    @Test func stateHasRevisionDiagnosticsSeatingAndDocuments() async throws {
        let state = try json(await get("/api/state"))
        let revision = try #require(state["revision"] as? String)
        #expect(revision.count == 64 && revision.allSatisfy(\.isHexDigit))
        #expect(state["valid"] as? Bool == true)
        let seating = try #require(state["seating"] as? [String: Any])
        #expect((seating["zones"] as? [Any])?.count == 2)
        let documents = try #require(state["documents"] as? [String])
        #expect(documents.contains("seating.docx") && documents.contains("signin.odt") && documents.contains("seating-台下.svg"))
        #expect(try seatOf("H001", in: state) == "台下 1-2")
        let diagnostics = try #require(state["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.allSatisfy { $0["severity"] as? String == "warning" })
    }

    @Test func theRevisionIsTheSHA256OfThePlanAndRosterBytes() async throws {
        let plan = try Data(contentsOf: URL(fileURLWithPath: path)), roster = try Data(contentsOf: URL(fileURLWithPath: folder + "/roster.csv"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(plan + roster)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let expected = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        #expect(await app.revision == String(expected))
    }

    @Test func zoneChartsAreTheSVGOfSeat() async throws {
        let response = await get("/api/zones/%E5%8F%B0%E4%B8%8B.svg")
        #expect(response.status == 200)
        #expect(header(response, "Content-Type") == "image/svg+xml; charset=utf-8")
        let snapshot = await app.snapshot
        let zone = try #require(snapshot.seats?.zones.first { $0.name == "台下" })
        let chart = try SeatingChart.svg(zone, plan: try #require(snapshot.plan))
        #expect(String(decoding: response.body, as: UTF8.self) == chart)
        #expect(await get("/api/zones/无此区.svg").status == 404)
    }

    /// The page's chart is the exported drawing with each seat in a group naming its place and
    /// sitter: the same elements in the same order, and every seat of the seat map addressed.
    @Test func thePageChartIsTheSameDrawingWithSeatsAddressed() async throws {
        let exported = String(decoding: await get("/api/zones/%E5%8F%B0%E4%B8%8B.svg").body, as: UTF8.self)
        let response = await get("/api/zones/%E5%8F%B0%E4%B8%8B.svg", query: ["token": Self.token, "view": "page"])
        #expect(response.status == 200)
        let page = String(decoding: response.body, as: UTF8.self)
        func drawing(_ svg: String) -> [Substring] {
            svg.split(separator: "\n").map { $0.drop { $0 == " " } }.filter { !$0.hasPrefix("<g class=\"seat\"") && $0 != "</g>" }
        }
        #expect(page != exported)
        #expect(drawing(page) == drawing(exported))
        let snapshot = await app.snapshot
        let zone = try #require(snapshot.seats?.zones.first { $0.name == "台下" })
        let groups = page.matches(of: /<g class="seat" data-row="(\d+)" data-seat="(\d+)"(?: data-person="([^"]+)")?>/)
        let drawn = zone.seatedRows.flatMap { row in row.drawnSeats.map { "\(row.number)-\($0.number) \($0.person ?? "")" } }
        #expect(groups.map { "\($0.1)-\($0.2) \($0.3 ?? "")" } == drawn)
        #expect(page.contains("<g class=\"seat\" data-row=\"1\" data-seat=\"2\" data-person=\"H001\">"))
        // Drawn once per revision: asked again, the same bytes; after a swap, the new places.
        #expect(await get("/api/zones/%E5%8F%B0%E4%B8%8B.svg", query: ["token": Self.token, "view": "page"]).body == response.body)
        let h020 = try #require(page.firstMatch(of: /data-row="(\d+)" data-seat="(\d+)" data-person="H020"/))
        #expect(try await post("/api/swap", ["revision": await app.revision, "zone": "台下", "a": "H020", "b": "H030"]).status == 200)
        let after = String(decoding: await get("/api/zones/%E5%8F%B0%E4%B8%8B.svg", query: ["token": Self.token, "view": "page"]).body, as: UTF8.self)
        #expect(after.contains("data-row=\"\(h020.1)\" data-seat=\"\(h020.2)\" data-person=\"H030\""))
    }

    @Test func aBanquetsPageChartNamesTablesAndSIndexes() async throws {
        let folder = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("examples/banquet")) {
            try FileManager.default.copyItem(atPath: Fixtures.path("examples/banquet/\(name)"), toPath: "\(folder)/\(name)")
        }
        let banquet = ServeApp(path: folder + "/meeting.yaml", environment: TestEnvironment.seating,
                               options: ServeOptions(token: Self.token, host: "127.0.0.1", port: 8080, readOnly: true)) { _ in }
        let snapshot = await banquet.snapshot
        let table = try #require(snapshot.seats?.zones.first?.tables.first)
        let page = String(decoding: await banquet.respond(ServeRequest(method: "GET", path: "/api/zones/%E5%AE%B4%E4%BC%9A%E5%8E%85.svg",
                                                                         query: ["token": Self.token, "view": "page"], headers: ["Host": "127.0.0.1:8080"])).body, as: UTF8.self)
        let first = try #require(table.seats[0])
        #expect(page.contains("<g class=\"seat\" data-table=\"\(table.number)\" data-seat=\"0\" data-person=\"\(first)\">"))
        #expect(page.matches(of: /data-table="\d+" data-seat="\d+"/).count == snapshot.seats!.zones[0].tables.map(\.seats.count).reduce(0, +))
    }

    @Test func explainGivesTheSentenceOfSeatExplain() async throws {
        let answer = try json(await get("/api/explain", query: ["token": Self.token, "person": "H001"]))
        #expect(answer["person"] as? String == "H001")
        #expect((answer["text"] as? String)?.hasPrefix("H001 ") == true)
        #expect((answer["text"] as? String)?.contains("指定座位") == true)
        #expect(await get("/api/explain", query: ["token": Self.token, "person": "NOBODY"]).status == 404)
        #expect(await get("/api/explain").status == 400)
    }

    @Test func documentsAreBuiltInMemory() async throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let response = await get("/api/documents/seating.docx")
        #expect(response.status == 200)
        #expect(Array(response.body.prefix(2)) == [0x50, 0x4B])
        #expect(header(response, "Content-Disposition")?.hasPrefix("attachment;") == true)
        #expect(await get("/api/documents/meeting.ics").status == 200)
        #expect(await get("/api/documents/nothing.docx").status == 404)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
    }

    @Test func eventsNameTheCurrentRevision() async throws {
        let response = await get("/api/events")
        #expect(response.status == 200)
        #expect(header(response, "Content-Type") == "text/event-stream; charset=utf-8")
        let revision = await app.revision
        #expect(String(decoding: response.body, as: UTF8.self) == "event: revision\ndata: \(revision)\n\n")
    }

    // MARK: Edits

    @Test func aSwapIsWrittenAndAnswersTheNewState() async throws {
        let before = try json(await get("/api/state"))
        let seatA = try seatOf("H020", in: before), seatB = try seatOf("H030", in: before)
        let response = try await post("/api/swap", ["revision": before["revision"]!, "zone": "台下", "a": "H020", "b": "H030"])
        #expect(response.status == 200)
        let after = try json(response)
        #expect(try seatOf("H020", in: after) == seatB && seatOf("H030", in: after) == seatA)
        #expect(try planText().contains("swap: [[H016, H017], [H020, H030]]"))
        #expect(after["revision"] as? String != before["revision"] as? String)
        #expect(await app.revision == after["revision"] as? String)
    }

    @Test func pinUnpinHoldAndRelease() async throws {
        var revision = await app.revision
        func send(_ route: String, _ body: [String: Any]) async throws -> [String: Any] {
            var body = body
            body["revision"] = revision
            let response = try await post(route, body)
            #expect(response.status == 200, "\(route): \(String(decoding: response.body, as: UTF8.self))")
            let state = try json(response)
            revision = try #require(state["revision"] as? String)
            return state
        }
        var state = try await send("/api/pin", ["zone": "台下", "person": "H040", "row": 2, "seat": 3])
        #expect(try seatOf("H040", in: state) == "台下 2-3")
        state = try await send("/api/hold", ["zone": "台下", "row": 1, "seat": 12])
        #expect(try planText().contains("{row: 1, seat: 12}"))
        state = try await send("/api/release", ["zone": "台下", "row": 1, "seat": 12])
        state = try await send("/api/unpin", ["zone": "台下", "person": "H040"])
        #expect(try planText() == String(contentsOfFile: Fixtures.path("examples/standing-committee/meeting.yaml"), encoding: .utf8))
    }

    @Test func aStaleRevisionIs409AndWritesNothing() async throws {
        let old = await app.revision
        let original = try planText()
        try (original + "# 另一处修改\n").write(toFile: path, atomically: true, encoding: .utf8)
        let response = try await post("/api/swap", ["revision": old, "zone": "台下", "a": "H020", "b": "H030"])
        #expect(response.status == 409)
        let state = try json(response)
        #expect(state["revision"] as? String != old)
        #expect(try planText() == original + "# 另一处修改\n")
    }

    @Test func anEditThatWouldBreakThePlanIs422AndWritesNothing() async throws {
        let revision = await app.revision, original = try planText()
        for (route, body) in [("/api/swap", ["zone": "台下", "a": "H020", "b": "NOBODY"]),
                              ("/api/pin", ["zone": "台下", "person": "H040", "row": 99, "seat": 1]),
                              ("/api/pin", ["zone": "无此区", "person": "H040", "row": 1, "seat": 1])] as [(String, [String: Any])] {
            var body = body
            body["revision"] = revision
            let response = try await post(route, body)
            #expect(response.status == 422, "\(route) \(body)")
            let diagnostics = try #require(try json(response)["diagnostics"] as? [[String: Any]])
            #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0["severity"] as? String == "error" })
        }
        #expect(try planText() == original)
    }

    @Test func readOnlyRefusesEdits() async throws {
        let readOnly = try ServeAppTests(readOnly: true)
        let response = try await readOnly.post("/api/swap", ["revision": await readOnly.app.revision, "zone": "台下", "a": "H020", "b": "H030"])
        #expect(response.status == 403)
        #expect(await readOnly.get("/api/state").status == 200)
    }

    // MARK: Files changing

    @Test func anExternalEditIsNoticedAndAnInvalidPlanKeepsTheLastGoodChart() async throws {
        let old = await app.revision
        #expect(await app.reloadIfChanged() == nil)
        var events = await app.revisions().makeAsyncIterator()
        #expect(await events.next() == old)
        try (try planText()).replacingOccurrences(of: "kind: hall", with: "kind: hal").write(toFile: path, atomically: true, encoding: .utf8)
        let changed = try #require(await app.reloadIfChanged())
        #expect(changed != old)
        #expect(await events.next() == changed)
        let state = try json(await get("/api/state"))
        #expect(state["valid"] as? Bool == false)
        #expect(try seatOf("H001", in: state) == "台下 1-2")
        let errors = try #require(state["diagnostics"] as? [[String: Any]])
        #expect(errors.contains { $0["code"] as? String == "PLAN004" && ($0["line"] as? Int ?? 0) > 0 })
        #expect(await get("/api/zones/%E5%8F%B0%E4%B8%8B.svg").status == 200)
    }

    @Test func aChangedRosterIsAChange() async throws {
        let old = await app.revision
        let roster = folder + "/roster.csv"
        try (try String(contentsOfFile: roster, encoding: .utf8) + "\n").write(toFile: roster, atomically: true, encoding: .utf8)
        #expect(await app.reloadIfChanged() != old)
    }
}
