import Foundation
import MeetingPlan
import PlanEngine
import PlanReading
import Seating
import Testing
import TestSupport

/// A file reader that counts how often each file is read.
final class CountingFileReader: FileReader, @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    func read(_ path: String) throws -> [UInt8] {
        lock.lock()
        counts[path, default: 0] += 1
        lock.unlock()
        return try DiskFileReader().read(path)
    }

    func reads(of path: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return counts[path] ?? 0
    }
}

@Suite struct EngineTests {
    static func plan(_ index: Int, tiebreak: String) -> String {
        """
        version: 1
        meeting: {id: m\(index), title: 第\(index)次会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
        tiebreak: [\(tiebreak)]
        units: [县委, 县政府]
        people:
          - {id: P1, name: 张建国, unit: 县委, rank: 县处级副职}
          - {id: P2, name: 李文华, unit: 县政府, rank: 县处级副职}
          - {id: P3, name: 欧阳晓东, unit: 县委, rank: 县处级副职}
        seating:
          - {zone: 主席台, kind: rostrum, rows: [3], people: all}
        """
    }

    /// `check` of a folder runs every plan through one engine: 200 plans, half ordered by strokes
    /// and half by pinyin, read each name data file once.
    @Test func twoHundredPlansReadTheNameDataOnce() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = CountingFileReader()
        let environment = SeatingEnvironment(
            layouts: .builtIn, files: files,
            collator: NameCollator(strokeDataPath: Tools.strokeDataPath, pinyinDataPath: Tools.pinyinDataPath, files: files))
        let engine = Engine(environment: environment)
        #expect(files.reads(of: Tools.strokeDataPath) == 0, "nothing is read before a name needs it")
        var seated = 0
        for index in 0..<200 {
            let path = try Fixtures.write(Self.plan(index, tiebreak: index.isMultiple(of: 2) ? "strokes" : "pinyin"),
                                          to: "plans/p\(index).yaml", in: folder)
            let outcome = try engine.run(Engine.Request(path: path))
            #expect(!outcome.hasErrors, "\(outcome.diagnostics)")
            if outcome.seated != nil { seated += 1 }
        }
        #expect(seated == 200)
        #expect(files.reads(of: Tools.strokeDataPath) == 1)
        #expect(files.reads(of: Tools.pinyinDataPath) == 1)
    }

    /// The plan, its seats, the changes from the version before and the documents, from one call.
    @Test func oneCallGivesPlanSeatsChangesAndDocuments() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let v1 = try Fixtures.write(Self.plan(1, tiebreak: "strokes"), to: "v1.yaml", in: folder)
        let v2 = try Fixtures.write(Self.plan(1, tiebreak: "strokes").replacingOccurrences(of: "李文华", with: "李文化"), to: "v2.yaml", in: folder)
        let engine = Engine(environment: TestEnvironment.seating)
        let outcome = try engine.run(Engine.Request(path: v2, earlier: [v1], documents: Engine.DocumentRequest(kinds: [.seating, .ics], formats: [.docx])))
        #expect(!outcome.hasErrors)
        #expect(outcome.seated?.seats.zones.first?.rows.first?.seats.compactMap { $0 }.count == 3)
        #expect(outcome.changes?.changed.map(\.person.id) == ["P2"])
        let names = outcome.documents.map(\.name)
        #expect(names.contains("seating.docx") && names.contains("meeting.ics"), "\(names)")
        // No notice section: the notice was not asked for, so nothing is said about it.
        #expect(!outcome.notes.contains { $0.message.contains("notice") })
    }

    /// A plan the seating rejects gives the seating's errors and no seats; nothing throws.
    @Test func seatingErrorsAreDiagnostics() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try Fixtures.write(Self.plan(1, tiebreak: "strokes").replacingOccurrences(of: "rows: [3]", with: "rows: [2]"),
                                      to: "crowded.yaml", in: folder)
        let outcome = try Engine(environment: TestEnvironment.seating).run(Engine.Request(path: path))
        #expect(outcome.seated == nil)
        #expect(outcome.plan != nil)
        #expect(outcome.errors.map(\.code.id) == ["SEAT001"])
    }
}
