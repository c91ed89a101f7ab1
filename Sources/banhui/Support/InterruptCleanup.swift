import Foundation

/// The signal that asked banhui to stop (SIGINT, SIGTERM, SIGHUP) while `InterruptCleanup` was
/// on; 0 when none. Set by the signal handler, read by the wait loops.
nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0

/// Stopping in an orderly way while banhui waits for programs it started (LibreOffice): between
/// `begin` and `end` the signals only set a flag, which the wait loops check every few
/// milliseconds (`checkInterrupted`): they end the process groups and unwind, the work folder is
/// removed, and `end` then lets banhui die of the same signal (the shell sees 130 or 143).
enum InterruptCleanup {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Thrown by the wait loops when a signal arrived.
    struct Interrupted: Error {
        let signal: Int32
    }

    static func begin() {
        receivedSignal = 0
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals {
            signal(number) { receivedSignal = $0 }
            sigaddset(&set, number)
        }
        // A parent may have started banhui with them blocked (Foundation's Process does).
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Throws `Interrupted` once a signal has arrived.
    static func checkInterrupted() throws {
        let number = receivedSignal
        if number != 0 { throw Interrupted(signal: number) }
    }

    /// Back to the default actions, after the caller has cleaned up; a signal that arrived
    /// meanwhile ends banhui now, as it would have without the handler.
    static func end() {
        for number in signals { signal(number, SIG_DFL) }
        let number = receivedSignal
        if number != 0 {
            kill(getpid(), number)
            Foundation.exit(128 + number)
        }
    }
}
