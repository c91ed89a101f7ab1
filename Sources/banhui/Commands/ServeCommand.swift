import ArgumentParser
import FlyingFox
import FlyingSocks
import Foundation
import MeetingPlan
import PlanReading
import Seating
import Serve

/// `banhui serve`: the plan as a live page on this machine (docs/serve.md). FlyingFox moves the
/// bytes; everything the server decides is in `ServeApp`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "在本机浏览器中查看座次图、诊断和文件，拖动姓名调整座位（写回计划文件）。",
        discussion: """
        打印一行网址（含随机 token），按 Ctrl-C 停止（退出码 0）。默认只在本机（127.0.0.1）可访问。
        拖动姓名到另一姓名上对调（swap:），拖到空座上指定座位（pins:），座位菜单保留或取消保留（hold:）；
        写入时保留计划文件的注释、键的顺序和引号，经临时文件原子替换；名单文件从不改写。
        示例：
          banhui serve meeting.yaml
          banhui serve meeting.yaml --port 0 --no-write
        """
    )

    @Argument(help: "会议计划文件（YAML）。")
    var plan: String

    @Option(help: "监听地址（默认 127.0.0.1；其他地址会让同一网络中的人都能看到计划）。")
    var host = "127.0.0.1"

    @Option(help: "端口（0 为任选一个空闲端口）。")
    var port = 8080

    @Flag(name: .customLong("no-write"), help: "只读预览：不修改计划文件（修改请求答 403）。")
    var noWrite = false

    /// How often the plan and rosters are read back to notice edits made elsewhere.
    static let pollInterval: Duration = .milliseconds(250)

    func run() async throws {
        guard (0...65535).contains(port) else { throw UsageError("--port 应为 0 到 65535") }
        guard FileManager.default.isReadableFile(atPath: plan) else {
            throw InputErrors([Diagnostic(.planUnreadable, "无法读取计划文件：\(FileReadError.missing)", at: SourceLocation(file: plan))])
        }
        let address: any SocketAddress
        do {
            if host.contains(":") {
                address = try sockaddr_in6.inet6(ip6: host, port: UInt16(port))
            } else {
                address = try sockaddr_in.inet(ip4: host, port: UInt16(port))
            }
        } catch {
            throw UsageError("--host \(host)：不是 IPv4 或 IPv6 地址")
        }
        if !ServeOptions.isLoopback(host) {
            Console.err("warning: --host \(host) 不是本机回环地址：同一网络中的任何人（知道网址和 token 时）都能看到并修改这份计划")
        }
        let environment = try SeatingSetup.environment()
        let slot = AppSlot()
        let server = HTTPServer(address: address, timeout: 60, logger: SilentLogger(), handler: Adapter(slot: slot))
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            serving.cancel()
            throw UsageError("无法在 \(host):\(port) 监听（端口已被占用或地址不属于本机）")
        }
        guard let bound = await server.listeningAddress, let boundPort = Self.port(of: bound) else {
            throw UsageError("无法在 \(host):\(port) 监听")
        }
        let options = ServeOptions(token: Self.randomToken(), host: host, port: boundPort, readOnly: noWrite)
        let path = plan
        let app = ServeApp(path: path, environment: environment, options: options) { bytes in
            try OutputFile.write(bytes, to: path, keepingMode: true)
        }
        slot.app = app
        let shownHost = host.contains(":") ? "[\(host)]" : host
        Console.out("http://\(shownHost):\(boundPort)/?token=\(options.token)")
        Self.exitOnSignals()
        while !Task.isCancelled {
            try? await Task.sleep(for: Self.pollInterval)
            await app.reloadIfChanged()
        }
    }

    static func port(of address: Socket.Address) -> Int? {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): return Int(port)
        case .unix: return nil
        }
    }

    /// 32 hexadecimal digits from the system's random source.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// SIGINT and SIGTERM end the process with 0. The plan is only ever replaced by a rename, so
    /// stopping in the middle of an edit leaves the old plan or the new one.
    static func exitOnSignals() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { Foundation.exit(0) }
            source.resume()
            SignalSources.kept.append(source)
        }
    }
}

/// Signal sources must outlive the function that installs them.
private enum SignalSources {
    nonisolated(unsafe) static var kept: [any DispatchSourceSignal] = []
}

/// FlyingFox's request → `ServeRequest`, `ServeResponse` → FlyingFox's response; `/api/events`
/// as a stream of Server-Sent Events.
private struct Adapter: HTTPHandler {
    let slot: AppSlot

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let app = slot.app else { return HTTPResponse(statusCode: HTTPStatusCode(503, phrase: "Service Unavailable")) }
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
        var query: [String: String] = [:]
        for item in request.query where query[item.name] == nil { query[item.name] = item.value }
        var serveRequest = ServeRequest(method: request.method.rawValue, path: request.path, query: query, headers: headers)
        if let refused = app.checkAccess(serveRequest) { return Self.response(refused) }
        if request.method == .POST || request.method == .PUT {
            guard let length = request.bodySequence.count else {
                return HTTPResponse(statusCode: HTTPStatusCode(411, phrase: "Length Required"))
            }
            if length > 0 { serveRequest.body = Array(try await request.bodyData) }
        }
        if request.method == .GET && request.path == "/api/events" {
            return HTTPResponse(statusCode: .ok,
                                headers: [HTTPHeader("Content-Type"): "text/event-stream; charset=utf-8", HTTPHeader("Cache-Control"): "no-store"],
                                body: HTTPBodySequence(from: EventStream(revisions: await app.revisions())))
        }
        return Self.response(await app.respond(serveRequest))
    }

    static func response(_ response: ServeResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for header in response.headers { headers.addValue(header.value, for: HTTPHeader(header.name)) }
        return HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: Self.phrases[response.status] ?? "Error"),
                            headers: headers, body: Data(response.body))
    }

    static let phrases = [200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict",
                          413: "Content Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Content", 500: "Internal Server Error"]
}

/// The app, once the server knows its port (the Host check needs it).
private final class AppSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var value: ServeApp?
    var app: ServeApp? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// `event: revision` / `data: R` for each revision, as bytes FlyingFox sends in chunks.
private struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8
    let revisions: AsyncStream<String>

    func makeAsyncIterator() -> Iterator { Iterator(revisions: revisions.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var revisions: AsyncStream<String>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = try await nextBuffer(suggested: 4096) ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            guard let revision = await revisions.next() else { return nil }
            return Array(ServeApp.event(revision).utf8)
        }
    }
}

private struct SilentLogger: Logging {
    func logDebug(_ debug: @autoclosure () -> String) {}
    func logInfo(_ info: @autoclosure () -> String) {}
    func logWarning(_ warning: @autoclosure () -> String) {}
    func logError(_ error: @autoclosure () -> String) {}
    func logCritical(_ critical: @autoclosure () -> String) {}
}
