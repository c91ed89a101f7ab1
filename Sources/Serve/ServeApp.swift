import Documents
import Foundation
import MeetingPlan
import PlanEditing
import PlanReading
import Seating

/// One HTTP request as the server hands it over: header names in lower case.
public struct ServeRequest: Sendable {
    public var method: String
    public var path: String
    public var query: [String: String]
    public var headers: [String: String]
    public var body: [UInt8]

    public init(method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }
}

public struct ServeResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    init(_ status: Int, type: String, body: [UInt8], headers: [(name: String, value: String)] = []) {
        self.status = status
        self.headers = [("Content-Type", type), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")] + headers
        self.body = body
    }

    static func json(_ status: Int, _ text: String) -> ServeResponse {
        ServeResponse(status, type: "application/json; charset=utf-8", body: Array(text.utf8))
    }

    static func error(_ status: Int, _ message: String) -> ServeResponse {
        json(status, JSONValue.object([("error", .string(message))]).rendered)
    }
}

/// Where the server listens and what it may do.
public struct ServeOptions: Sendable {
    public var token: String
    public var host: String
    public var port: Int
    public var readOnly: Bool

    public init(token: String, host: String, port: Int, readOnly: Bool) {
        self.token = token
        self.host = host
        self.port = port
        self.readOnly = readOnly
    }

    /// `Host` header values a request may carry: the bound address and port, and `localhost:PORT`
    /// on loopback (anything else is a DNS-rebinding attempt).
    var allowedHosts: Set<String> {
        let address = host.contains(":") ? "[\(host)]" : host
        var hosts: Set<String> = ["\(address):\(port)"]
        if Self.isLoopback(host) { hosts.insert("localhost:\(port)") }
        return hosts
    }

    public static func isLoopback(_ host: String) -> Bool {
        host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}

/// `banhui serve`'s behaviour without sockets: requests in, responses out, the plan file written
/// through `write` (the executable's atomic replace). The HTTP server in front of it only moves bytes.
public actor ServeApp {
    public static let maximumBodyBytes = 64 * 1024

    private let path: String
    private let environment: SeatingEnvironment
    private let options: ServeOptions
    private let write: @Sendable ([UInt8]) throws -> Void
    private var current: PlanSnapshot
    private var lastGood: PlanSnapshot?
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var renderedState: String?
    private var drawnCharts: [ChartKey: [UInt8]] = [:]

    /// Loads the plan once; `environment` (layouts, name data) is kept for every later load.
    public init(path: String, environment: SeatingEnvironment, options: ServeOptions, write: @escaping @Sendable ([UInt8]) throws -> Void) {
        self.path = path
        self.environment = environment
        self.options = options
        self.write = write
        let first = PlanSnapshot.load(path, environment: environment)
        current = first
        lastGood = first.isValid ? first : nil
    }

    public var revision: String { current.revision }
    public var snapshot: PlanSnapshot { current }

    // MARK: Files changing on disk

    /// Re-reads the files when any of them changed; returns the new revision, after telling every
    /// `/api/events` listener.
    @discardableResult
    public func reloadIfChanged() -> String? {
        guard current.isOutdated(reading: environment.files) else { return nil }
        let fresh = PlanSnapshot.load(path, environment: environment)
        guard fresh.revision != current.revision else { return nil }
        adopt(fresh)
        return fresh.revision
    }

    private func adopt(_ snapshot: PlanSnapshot) {
        current = snapshot
        renderedState = nil
        drawnCharts = [:]
        if snapshot.isValid { lastGood = snapshot }
        for listener in listeners.values { listener.yield(snapshot.revision) }
    }

    /// One Server-Sent Event naming a revision.
    public static func event(_ revision: String) -> String { "event: revision\ndata: \(revision)\n\n" }

    /// Revisions as they change, starting with the current one (`/api/events`).
    public func revisions() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        listeners[id] = continuation
        continuation.yield(current.revision)
        continuation.onTermination = { [weak self] _ in
            Task { await self?.stopListening(id) }
        }
        return stream
    }

    private func stopListening(_ id: UUID) { listeners[id] = nil }

    // MARK: Requests

    /// Checks the request's Host, token and size, then answers it. `/api/events` is answered by
    /// the server with `revisions()` after `checkAccess` passes.
    public func respond(_ request: ServeRequest) -> ServeResponse {
        if let refused = checkAccess(request) { return refused }
        let route = request.path
        switch (request.method, route) {
        case ("GET", "/"), ("GET", "/index.html"):
            return ServeResponse(200, type: "text/html; charset=utf-8", body: Array(ServePage.html.utf8),
                                 headers: [("Content-Security-Policy", ServePage.contentSecurityPolicy)])
        case ("GET", "/api/state"):
            return .json(200, stateJSON)
        case ("GET", "/api/events"):
            // The server streams these (`revisions()`); answered here, it is the current one.
            return ServeResponse(200, type: "text/event-stream; charset=utf-8", body: Array(Self.event(current.revision).utf8))
        case ("GET", "/api/explain"):
            guard let person = request.query["person"], !person.isEmpty else { return .error(400, "缺少参数 person") }
            guard let text = ServeState.explanation(of: person, in: current.isValid ? current : lastGood ?? current) else {
                return .error(404, "没有编号为“\(person)”的入座人员")
            }
            return .json(200, JSONValue.object([("person", .string(person)), ("text", .string(text))]).rendered)
        case ("GET", _) where route.hasPrefix("/api/zones/") && route.hasSuffix(".svg"):
            return zoneChart(String(route.dropFirst("/api/zones/".count).dropLast(".svg".count)), forPage: request.query["view"] == "page")
        case ("GET", _) where route.hasPrefix("/api/documents/"):
            return document(String(route.dropFirst("/api/documents/".count)))
        case ("POST", "/api/swap"), ("POST", "/api/pin"), ("POST", "/api/unpin"), ("POST", "/api/hold"), ("POST", "/api/release"):
            return edit(request)
        case (_, "/"), (_, "/api/state"), (_, "/api/explain"), (_, "/api/events"), (_, "/api/swap"), (_, "/api/pin"), (_, "/api/unpin"),
             (_, "/api/hold"), (_, "/api/release"):
            return .error(405, "不支持 \(request.method) \(route)")
        default:
            return .error(404, "没有 \(route)")
        }
    }

    /// 403 for a foreign Host or a missing token, 413 for a body over 64 KB; nil when the request may go on.
    public nonisolated func checkAccess(_ request: ServeRequest) -> ServeResponse? {
        guard let host = request.headers["host"], options.allowedHosts.contains(host.lowercased()) else {
            return .error(403, "Host 不符（只接受 \(options.allowedHosts.sorted().joined(separator: "、"))）")
        }
        let given = request.query["token"] ?? request.headers["x-banhui-token"] ?? ""
        guard Self.sameToken(given, options.token) else { return .error(403, "缺少或错误的 token") }
        let declared = request.headers["content-length"].flatMap { Int($0) } ?? 0
        guard request.body.count <= Self.maximumBodyBytes && declared <= Self.maximumBodyBytes else {
            return .error(413, "请求体超过 64 KB")
        }
        return nil
    }

    /// Compares every byte, so the time taken does not tell how much of a guess was right.
    static func sameToken(_ given: String, _ token: String) -> Bool {
        let a = Array(given.utf8), b = Array(token.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The state of `current`, rendered once: the page asks for it again on every revision event.
    private var stateJSON: String {
        if let renderedState { return renderedState }
        let rendered = ServeState.json(current: current, lastGood: lastGood)
        renderedState = rendered
        return rendered
    }

    /// A zone's chart as `seat --format svg` writes it, or with `?view=page` the variant whose
    /// seats carry their addresses for the page; each drawn once per revision.
    private func zoneChart(_ encoded: String, forPage: Bool) -> ServeResponse {
        let name = encoded.removingPercentEncoding ?? encoded
        guard let shown = current.isValid ? current : lastGood, let plan = shown.plan,
              let zone = shown.seats?.zones.first(where: { $0.name == name }) else {
            return .error(404, "没有名为“\(name)”的座次区")
        }
        let key = ChartKey(zone: name, forPage: forPage)
        if let drawn = drawnCharts[key] { return ServeResponse(200, type: "image/svg+xml; charset=utf-8", body: drawn) }
        do {
            let drawn = Array(try (forPage ? SeatingChart.pageSVG(zone, plan: plan) : SeatingChart.svg(zone, plan: plan)).utf8)
            drawnCharts[key] = drawn
            return ServeResponse(200, type: "image/svg+xml; charset=utf-8", body: drawn)
        } catch {
            return .error(500, "座次图无法生成：\(error)")
        }
    }

    private func document(_ encoded: String) -> ServeResponse {
        let name = encoded.removingPercentEncoding ?? encoded
        guard let shown = current.isValid ? current : lastGood, let plan = shown.plan, let seats = shown.seats, let logistics = shown.logistics,
              let file = DocumentExport.planned(plan, seats: seats, logistics: logistics, formats: [.docx, .odt]).first(where: { $0.name == name }) else {
            return .error(404, "没有名为“\(name)”的文件")
        }
        do {
            let type = Self.mediaTypes[(name as NSString).pathExtension] ?? "application/octet-stream"
            let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" ? Character($0) : "_" })
            let encodedName = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
            return ServeResponse(200, type: type, body: try file.build(),
                                 headers: [("Content-Disposition", "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encodedName)")])
        } catch {
            return .error(500, "\(name) 无法生成：\(error)")
        }
    }

    static let mediaTypes = [
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt": "application/vnd.oasis.opendocument.text",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ics": "text/calendar; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
    ]

    // MARK: Edits

    private func edit(_ request: ServeRequest) -> ServeResponse {
        if options.readOnly { return .error(403, "只读预览（--no-write）：不修改计划") }
        guard (request.headers["content-type"] ?? "").lowercased().hasPrefix("application/json") else {
            return .error(415, "请求体须为 JSON（Content-Type: application/json）")
        }
        guard let body = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
            return .error(400, "请求体不是 JSON 对象")
        }
        let edit: PlanEdit
        do {
            edit = try EditRequest.edit(path: request.path, body: body)
        } catch {
            return .error(400, "\(error)")
        }
        // The files as they are now, not as last polled: an edit never lands on a plan it has not seen.
        if current.isOutdated(reading: environment.files) { adopt(PlanSnapshot.load(path, environment: environment)) }
        let onDisk = current
        guard body["revision"] as? String == onDisk.revision else { return .json(409, stateJSON) }
        guard let text = String(validating: onDisk.planBytes, as: UTF8.self) else {
            return .error(422, "计划文件不是 UTF-8 文本，无法修改")
        }
        let edited: String
        do {
            edited = try PlanEditor.apply(edit, to: text)
        } catch {
            return .json(422, ServeState.rejection([Diagnostic(.planEdit, "\(error)", at: SourceLocation(file: path))]))
        }
        if edited == text { return .json(200, stateJSON) }
        let trial = PlanSnapshot.load(path, environment: environment, planBytes: Array(edited.utf8))
        guard trial.isValid else {
            return .json(422, ServeState.rejection(trial.diagnostics.filter { $0.severity == .error }))
        }
        guard (try? environment.files.read(path)) == onDisk.planBytes else {
            adopt(PlanSnapshot.load(path, environment: environment))
            return .json(409, stateJSON)
        }
        do {
            try write(Array(edited.utf8))
        } catch {
            return .error(500, "无法写入计划文件：\(error)")
        }
        adopt(trial)
        return .json(200, stateJSON)
    }
}

private struct ChartKey: Hashable {
    let zone: String
    let forPage: Bool
}

/// The JSON body of an edit, read into a `PlanEdit`.
enum EditRequest {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    static func edit(path: String, body: [String: Any]) throws -> PlanEdit {
        func text(_ key: String) throws -> String {
            guard let value = body[key] as? String, !value.isEmpty else { throw Invalid(description: "缺少文本字段 \(key)") }
            return value
        }
        func number(_ key: String) -> Int? {
            guard let value = body[key] as? NSNumber else { return nil }
            let int = value.intValue
            return Double(int) == value.doubleValue ? int : nil
        }
        func seat() throws -> ZoneSeat {
            switch (number("row"), number("table"), number("seat")) {
            case (let row?, nil, let seat?) where row >= 1 && seat >= 1: return .row(SeatAddress(row: row, seat: seat))
            case (nil, let table?, let seat?) where table >= 1 && seat >= 0: return .table(table, seat: seat)
            default: throw Invalid(description: "座位须为 row 和 seat（从 1 起），或 table（从 1 起）和 seat（从 0 起）")
            }
        }
        _ = try text("revision")
        let zone = try text("zone")
        switch path {
        case "/api/swap": return .swap(zone: zone, first: try text("a"), second: try text("b"))
        case "/api/pin": return .pin(zone: zone, person: try text("person"), seat: try seat())
        case "/api/unpin": return .unpin(zone: zone, person: try text("person"))
        case "/api/hold": return .hold(zone: zone, seat: try seat())
        default: return .release(zone: zone, seat: try seat())
        }
    }
}
