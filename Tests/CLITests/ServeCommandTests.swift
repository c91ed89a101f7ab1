import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `banhui serve` as a user runs it: one URL line on stdout, the real HTTP server, Server-Sent
/// Events, exit 0 on SIGINT and SIGTERM.
@Suite(.serialized, .enabled(if: Tools.rimeData, Tools.needRimeData)) struct ServeCommandTests {
    /// A running `banhui serve` in a temporary copy of the standing-committee example.
    final class Server {
        let process = Process()
        let folder: String
        let url: URL
        let port: Int
        let token: String
        let stdoutPath: String, stderrPath: String

        /// `prepare` changes the copied files (given the folder) before the server starts.
        init(_ extra: [String] = [], prepare: (String) throws -> Void = { _ in }) throws {
            folder = try Fixtures.temporaryDirectory()
            for name in ["meeting.yaml", "roster.csv"] {
                try FileManager.default.copyItem(atPath: Fixtures.path("examples/standing-committee/\(name)"), toPath: "\(folder)/\(name)")
            }
            try prepare(folder)
            stdoutPath = folder + "/.stdout"
            stderrPath = folder + "/.stderr"
            FileManager.default.createFile(atPath: stdoutPath, contents: nil)
            FileManager.default.createFile(atPath: stderrPath, contents: nil)
            process.executableURL = BanhuiProcess.executable
            process.arguments = ["serve", "meeting.yaml", "--port", "0"] + extra
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
            try process.run()
            var line = ""
            for _ in 0..<200 where !line.hasSuffix("\n") {
                line = (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? ""
                if !process.isRunning { break }
                usleep(50_000)
            }
            guard let parsed = URL(string: line.trimmingCharacters(in: .whitespacesAndNewlines)), let port = parsed.port,
                  let token = URLComponents(url: parsed, resolvingAgainstBaseURL: false)?.queryItems?.first(where: { $0.name == "token" })?.value else {
                process.terminate()
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no URL printed: \(line) \((try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "")"])
            }
            (url, self.port, self.token) = (parsed, port, token)
        }

        deinit { if process.isRunning { process.terminate(); process.waitUntilExit() } }

        var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }

        /// Sends one request and reads the answer (until `stopWhen` holds for the bytes read, or the server closes).
        func send(_ head: String, body: String = "", stopWhen: ((String) -> Bool)? = nil) throws -> (status: Int, headers: String, body: String) {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
            let request = Array((head + "\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body).utf8)
            _ = request.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                received += buffer[0..<count]
                let text = String(decoding: received, as: UTF8.self)
                if let stopWhen, stopWhen(text) { break }
                if stopWhen == nil, let end = text.range(of: "\r\n\r\n"),
                   let length = text[..<end.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") })
                    .flatMap({ Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }),
                   received.count >= text[..<end.upperBound].utf8.count + length { break }
            }
            let text = String(decoding: received, as: UTF8.self)
            let parts = text.components(separatedBy: "\r\n\r\n")
            let status = Int(parts[0].split(separator: " ").dropFirst().first ?? "") ?? 0
            return (status, parts[0], parts.dropFirst().joined(separator: "\r\n\r\n"))
        }

        func get(_ path: String, host: String? = nil) throws -> (status: Int, headers: String, body: String) {
            try send("GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")")
        }

        func stop(_ signal: Int32) -> Int32 {
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test func printsOneURLAndServesThePageAndStateBehindTheToken() throws {
        let server = try Server()
        #expect(server.stdout.split(separator: "\n").count == 1)
        #expect(server.url.host == "127.0.0.1" && server.token.count == 32)
        let page = try server.get("/?token=\(server.token)")
        #expect(page.status == 200)
        #expect(page.body.contains("<!DOCTYPE html>"))
        #expect(page.headers.lowercased().contains("content-security-policy: default-src 'none'"))
        #expect(!page.headers.lowercased().contains("access-control-"))
        #expect(try server.get("/api/state").status == 403)
        #expect(try server.get("/api/state?token=\(server.token)", host: "attacker.example:\(server.port)").status == 403)
        #expect(try server.get("/api/state?token=\(server.token)", host: "localhost:\(server.port)").status == 200)
        let headerToken = try server.send("GET /api/state HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX-Banhui-Token: \(server.token)")
        #expect(headerToken.status == 200 && headerToken.body.contains("\"revision\""))
        #expect(server.stop(SIGINT) == 0)
    }

    @Test func aSwapIsWrittenIntoThePlanAndCheckAndDiffAgree() throws {
        let server = try Server()
        let original = try String(contentsOfFile: server.folder + "/meeting.yaml", encoding: .utf8)
        let state = try server.get("/api/state?token=\(server.token)")
        let revision = try #require(state.body.firstMatch(of: /"revision": "([0-9a-f]{64})"/)?.1)
        let body = "{\"revision\": \"\(revision)\", \"zone\": \"台下\", \"a\": \"H020\", \"b\": \"H030\"}"
        let answer = try server.send("POST /api/swap?token=\(server.token) HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Type: application/json", body: body)
        #expect(answer.status == 200)
        let edited = try String(contentsOfFile: server.folder + "/meeting.yaml", encoding: .utf8)
        #expect(edited == original.replacingOccurrences(of: "swap: [[H016, H017]]", with: "swap: [[H016, H017], [H020, H030]]"))
        #expect(try BanhuiProcess.run(["check", "meeting.yaml"], in: server.folder).exitCode == 0)
        try original.write(toFile: server.folder + "/old.yaml", atomically: true, encoding: .utf8)
        let diff = try BanhuiProcess.run(["diff", "old.yaml", "meeting.yaml"], in: server.folder)
        // Exactly the swap: H020 (吕成林) and H030 (史志) exchange seats, nothing else moves.
        let moves = diff.stdout.split(separator: "\n").filter { $0.contains("→") }
        #expect(moves.count == 2 && moves.contains { $0.contains("吕成林") } && moves.contains { $0.contains("史志") })
        let stale = try server.send("POST /api/swap?token=\(server.token) HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Type: application/json", body: body)
        #expect(stale.status == 409)
        let big = try server.send("POST /api/swap?token=\(server.token) HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Type: application/json",
                                  body: String(repeating: " ", count: 70_000) + body)
        #expect(big.status == 413)
        #expect(server.stop(SIGTERM) == 0)
    }

    /// A plan saved with Windows line ends and private permissions: the new line ends in `\r\n`
    /// like the others, and the replaced file keeps its mode (not the umask's).
    @Test func aCRLFPlanKeepsItsLineEndsAndItsMode() throws {
        let original = try String(contentsOfFile: Fixtures.path("examples/standing-committee/meeting.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: "\r\n")
        let server = try Server { folder in
            try original.write(toFile: folder + "/meeting.yaml", atomically: false, encoding: .utf8)
            #expect(chmod(folder + "/meeting.yaml", 0o640) == 0)
        }
        let state = try server.get("/api/state?token=\(server.token)")
        let revision = try #require(state.body.firstMatch(of: /"revision": "([0-9a-f]{64})"/)?.1)
        let post = "HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Type: application/json"
        let pin = try server.send("POST /api/pin?token=\(server.token) \(post)",
                                  body: "{\"revision\": \"\(revision)\", \"zone\": \"台下\", \"person\": \"H040\", \"row\": 2, \"seat\": 3}")
        #expect(pin.status == 200)
        let edited = try String(contentsOfFile: server.folder + "/meeting.yaml", encoding: .utf8)
        #expect(edited == original.replacingOccurrences(of: "便于上台汇报\r\n", with: "便于上台汇报\r\n      - {person: H040, row: 2, seat: 3}\r\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: server.folder + "/meeting.yaml")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try BanhuiProcess.run(["check", "meeting.yaml"], in: server.folder).exitCode == 0)
        #expect(server.stop(SIGINT) == 0)
    }

    @Test func eventsTellOfAnEditMadeElsewhereWithinASecond() throws {
        let server = try Server()
        let first = try server.send("GET /api/events?token=\(server.token) HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)") { $0.contains("\n\n") && $0.contains("data: ") }
        #expect(first.status == 200)
        #expect(first.headers.lowercased().contains("content-type: text/event-stream"))
        let before = try #require(first.body.firstMatch(of: /data: ([0-9a-f]{64})/)?.1)
        let path = server.folder + "/meeting.yaml"
        let changer = Thread {
            usleep(300_000)
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            try? (text + "# 外部修改\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let started = Date()
        changer.start()
        let events = try server.send("GET /api/events?token=\(server.token) HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)") { text in
            text.matches(of: /data: ([0-9a-f]{64})/).count >= 2
        }
        let revisions = events.body.matches(of: /data: ([0-9a-f]{64})/).map { String($0.1) }
        #expect(revisions.count == 2 && revisions[0] == String(before) && revisions[1] != String(before))
        #expect(events.body.contains("event: revision"))
        #expect(Date().timeIntervalSince(started) < 1.5)
        #expect(server.stop(SIGINT) == 0)
    }

    @Test func noWriteRefusesEditsAndAnUnreadablePlanIsExit2() throws {
        let server = try Server(["--no-write"])
        let answer = try server.send("POST /api/hold?token=\(server.token) HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nContent-Type: application/json",
                                     body: "{\"revision\": \"x\", \"zone\": \"台下\", \"row\": 1, \"seat\": 12}")
        #expect(answer.status == 403)
        #expect(server.stop(SIGINT) == 0)
        let missing = try BanhuiProcess.run(["serve", "no-such.yaml", "--port", "0"], in: server.folder)
        #expect(missing.exitCode == 2 && missing.stdout.isEmpty)
        #expect(missing.stderr.contains("no-such.yaml: error: [PLAN016]"))
        let badHost = try BanhuiProcess.run(["serve", "meeting.yaml", "--host", "not-an-address", "--port", "0"], in: server.folder)
        #expect(badHost.exitCode == 2 && badHost.stdout.isEmpty && badHost.stderr.contains("--host"))
    }
}
