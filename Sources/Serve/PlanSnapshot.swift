import Foundation
import Logistics
import MeetingPlan
import PlanEngine
import PlanReading
import Seating

/// The plan as read at one moment: the bytes of every file it was loaded from (the plan first,
/// then rosters and layouts in reading order), their revision, and the plan seated — or the
/// diagnostics that stopped it. Loading and seating go through the one path `check` and `seat` use.
public struct PlanSnapshot: Sendable {
    public let path: String
    /// Each file read, with its bytes; the plan's are first.
    public let files: [(path: String, bytes: [UInt8])]
    /// SHA-256 (hex) of the files' bytes in reading order.
    public let revision: String
    public let plan: Plan?
    public let seats: SeatPlan?
    /// The groups, rooms, meal tables and car places, when the plan is seated.
    public let logistics: LogisticsPlan?
    /// Errors when the plan cannot be seated; the seating's warnings (SEAT101) otherwise.
    public let diagnostics: [Diagnostic]

    public var isValid: Bool { seats != nil }
    public var planBytes: [UInt8] { files.first?.bytes ?? [] }

    /// Loads and seats the plan at `path`; `planBytes`, when given, stand for the plan file's
    /// contents (an edit being tried before it is written).
    public static func load(_ path: String, environment: SeatingEnvironment, planBytes: [UInt8]? = nil) -> PlanSnapshot {
        let reader = RecordingReader(base: environment.files, path: path, planBytes: planBytes)
        // The one load-and-seat path every command takes, reading through the recorder.
        let engine = Engine(environment: SeatingEnvironment(layouts: environment.layouts, files: reader, collator: environment.collator))
        // Without documents asked for, `run` does not throw.
        let outcome = try? engine.run(Engine.Request(path: path))
        let seats = outcome?.seated?.seats
        let plan = outcome?.seated?.plan
        let logistics = outcome?.seated?.logistics
        let diagnostics = outcome?.diagnostics ?? []
        let files = reader.recorded
        return PlanSnapshot(path: path, files: files, revision: SHA256.hex(files.flatMap(\.bytes)), plan: plan,
                            seats: seats, logistics: logistics, diagnostics: diagnostics)
    }

    /// Whether any file this snapshot was read from now holds other bytes (or cannot be read).
    public func isOutdated(reading files: FileReader) -> Bool {
        guard !self.files.isEmpty else { return true }
        return self.files.contains { file in (try? files.read(file.path)) != file.bytes }
    }
}

/// Reads through to the real files and keeps what it read, so that the revision is computed from
/// the very bytes the plan was built from (a file changing between two reads cannot mix).
final class RecordingReader: FileReader, @unchecked Sendable {
    private let base: FileReader
    private let path: String
    private let planBytes: [UInt8]?
    private let lock = NSLock()
    private var files: [(path: String, bytes: [UInt8])] = []

    init(base: FileReader, path: String, planBytes: [UInt8]?) {
        self.base = base
        self.path = path
        self.planBytes = planBytes
    }

    var recorded: [(path: String, bytes: [UInt8])] { lock.withLock { files } }

    func read(_ path: String) throws -> [UInt8] {
        try record(path) { try base.read(path) }
    }

    func read(_ path: String, atMost limit: Int) throws -> [UInt8] {
        try record(path) { try base.read(path, atMost: limit) }
    }

    private func record(_ path: String, _ read: () throws -> [UInt8]) throws -> [UInt8] {
        if let earlier = lock.withLock({ files.first { $0.path == path }?.bytes }) { return earlier }
        let bytes = try (path == self.path ? planBytes : nil) ?? read()
        lock.withLock { files.append((path, bytes)) }
        return bytes
    }
}
