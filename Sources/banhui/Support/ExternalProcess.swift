import Foundation

/// A program the front end starts (LibreOffice, fontconfig's `fc-match`): in a process group of
/// its own, so that it and every child it starts can be ended together, with the default signal
/// dispositions (banhui ignores SIGPIPE and catches SIGINT/SIGTERM), standard input from
/// /dev/null and its output to a pipe or /dev/null, never to banhui's terminal.
struct ExternalProcess {
    let pid: pid_t
    /// The read end of the pipe holding its standard output, when it is captured.
    let output: Int32?

    enum Outcome: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Starts `program arguments…`; its standard output goes to a pipe when `capture` is set.
    static func start(_ program: String, _ arguments: [String], capture: Bool = false) throws -> ExternalProcess {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), none = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var pipeEnds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&pipeEnds) == 0 else { throw SpawnError(program: program, code: errno) }
            _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipeEnds[0], F_SETFL, O_NONBLOCK)
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        }

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        if capture { close(pipeEnds[1]) }
        guard status == 0 else {
            if capture { close(pipeEnds[0]) }
            throw SpawnError(program: program, code: status)
        }
        return ExternalProcess(pid: pid, output: capture ? pipeEnds[0] : nil)
    }

    /// Appends what the captured output holds so far to `bytes` (without waiting).
    func read(into bytes: inout [UInt8]) {
        guard let output else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(output, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            bytes += buffer[..<count]
        }
    }

    /// The outcome once the process has ended, nil while it runs.
    func poll() -> Outcome? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result < 0 ? .exited(127) : nil }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// Ends the process group: the program and anything it started that is still in its group.
    func endGroup() {
        kill(-pid, SIGKILL)
    }

    /// Runs to the end and returns its standard output, or nil when `timeout` seconds passed
    /// first or it failed. The group is ended in every case, so no child outlives the call.
    static func output(of program: String, _ arguments: [String], timeout: Double) throws -> [UInt8]? {
        let process = try start(program, arguments, capture: true)
        defer { if let output = process.output { close(output) } }
        let deadline = Date().addingTimeInterval(timeout)
        var bytes: [UInt8] = []
        while true {
            process.read(into: &bytes)
            if let outcome = process.poll() {
                process.endGroup()
                process.read(into: &bytes)
                return outcome == .exited(0) ? bytes : nil
            }
            if Date() >= deadline {
                process.endGroup()
                _ = process.waitForEnd()
                return nil
            }
            do { try InterruptCleanup.checkInterrupted() } catch {
                process.endGroup()
                _ = process.waitForEnd()
                throw error
            }
            usleep(5_000)
        }
    }

    /// Waits (after `endGroup`) until the process is reaped.
    func waitForEnd() -> Outcome {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
    }

    /// The program on the PATH (or a path given as it is), if it is an executable file.
    static func locate(_ name: String, path: String?) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for directory in (path ?? "").split(separator: ":") {
            let candidate = (String(directory) as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct SpawnError: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        var description: String { "无法启动 \(program)：\(String(cString: strerror(code)))" }
    }
}
