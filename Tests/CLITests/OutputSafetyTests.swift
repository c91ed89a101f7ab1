import Foundation
import MeetingPlan
import Testing
import TestSupport

/// cli.md "Writing output" and exit code 4, on real files and real failing disks.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct OutputSafetyTests {
    static let example = Fixtures.path("examples/county-office-meeting/meeting.yaml")

    /// Two plans whose exports differ in every office document, so a folder can be told to hold
    /// exactly one run's files.
    struct TwoPlans {
        let folder: String
        let first: String
        let second: String
        /// What each plan exports, by file name.
        let firstFiles: [String: [UInt8]]
        let secondFiles: [String: [UInt8]]

        init() throws {
            folder = try Fixtures.temporaryDirectory()
            let source = Fixtures.path("examples/county-office-meeting")
            for name in ["meeting.yaml", "roster.csv"] {
                try FileManager.default.copyItem(atPath: (source as NSString).appendingPathComponent(name),
                                                 toPath: (folder as NSString).appendingPathComponent(name))
            }
            first = (folder as NSString).appendingPathComponent("meeting.yaml")
            let text = try String(contentsOfFile: first, encoding: .utf8)
            second = try Fixtures.write(text.replacingOccurrences(of: "title: 全县办公室工作会议", with: "title: 全县办公室工作会议（续会）"),
                                        to: "second.yaml", in: folder)
            firstFiles = try Self.export(first, in: folder, as: "reference-first")
            secondFiles = try Self.export(second, in: folder, as: "reference-second")
        }

        private static func export(_ plan: String, in folder: String, as name: String) throws -> [String: [UInt8]] {
            let result = try BanhuiProcess.run(["export", plan, "--out", name], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            return try OutputSafetyTests.contents(of: (folder as NSString).appendingPathComponent(name))
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Every entry of a folder (hidden ones too) with its bytes; a sub-folder is recorded as empty.
    static func contents(of folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = (folder as NSString).appendingPathComponent(name)
            files[name] = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        }
        return files
    }

    static func leftovers(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".banhui-") }
    }

    // MARK: Replacing the folder

    @Test func anExportReplacesAnEarlierExportAsAWhole() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        let out = (plans.folder as NSString).appendingPathComponent("out")
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
        let narrowed = try BanhuiProcess.run(["export", plans.second, "--out", "out", "--only", "notice", "--format", "odt"], in: plans.folder)
        #expect(narrowed.exitCode == 0, "\(narrowed.stderr)")
        // The 回执 form goes with the notice whatever the formats.
        #expect(narrowed.stdoutLines == ["out/notice.odt", "out/receipt.xlsx"])
        #expect(try Self.contents(of: out) == ["notice.odt": try #require(plans.secondFiles["notice.odt"]),
                                               "receipt.xlsx": try #require(plans.secondFiles["receipt.xlsx"])])
        #expect(try Self.leftovers(in: plans.folder).isEmpty)
    }

    @Test func aFolderWithTheUsersOwnFilesIsLeftAlone() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        let out = (plans.folder as NSString).appendingPathComponent("out")
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
        try Fixtures.write("我的笔记", to: "out/笔记.txt", in: plans.folder)
        let result = try BanhuiProcess.run(["export", plans.second, "--out", "out"], in: plans.folder)
        #expect(result.exitCode == 4)
        #expect(result.stderr.hasPrefix("out: error: 无法导出：文件夹里有不是 banhui 导出的“笔记.txt”"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        var expected = plans.firstFiles
        expected["笔记.txt"] = Array("我的笔记".utf8)
        #expect(try Self.contents(of: out) == expected)
        #expect(try Self.leftovers(in: plans.folder).isEmpty)
    }

    @Test func anEarlierExportOpenedInFinderCanBeReplaced() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
        try Fixtures.write("", to: "out/.DS_Store", in: plans.folder)
        #expect(try BanhuiProcess.run(["export", plans.second, "--out", "out"], in: plans.folder).exitCode == 0)
        #expect(try Self.contents(of: (plans.folder as NSString).appendingPathComponent("out")) == plans.secondFiles)
    }

    // MARK: Symbolic links are never followed

    @Test func symbolicLinksAreRefusedOrReplacedButNeverFollowed() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        let folder = plans.folder as NSString
        let outside = try Fixtures.write("不能被改写", to: "outside/keep.txt", in: plans.folder)
        let manager = FileManager.default

        // --out naming a link to a folder.
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linked"), withDestinationPath: "outside")
        let linked = try BanhuiProcess.run(["export", plans.first, "--out", "linked"], in: plans.folder)
        #expect(linked.exitCode == 4)
        #expect(linked.stderr.hasPrefix("linked: error: 无法导出：这是一个符号链接"), "\(linked.stderr)")

        // A link planted inside an earlier export.
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
        try manager.removeItem(atPath: folder.appendingPathComponent("out/notice.docx"))
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("out/notice.docx"), withDestinationPath: outside)
        let planted = try BanhuiProcess.run(["export", plans.second, "--out", "out"], in: plans.folder)
        #expect(planted.exitCode == 4)
        #expect(planted.stderr.contains("notice.docx"), "\(planted.stderr)")

        // A link planted where a staging folder would be: removed as a stale leftover, not followed.
        try manager.removeItem(atPath: folder.appendingPathComponent("out"))
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent(".banhui-staging-0123456789abcdef"),
                                       withDestinationPath: "outside")
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
        #expect(try Self.leftovers(in: plans.folder).isEmpty)

        // `seat --output` onto a link: the link is replaced by the file, its target untouched.
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("seats.json"), withDestinationPath: outside)
        let seat = try BanhuiProcess.run(["seat", plans.first, "--format", "json", "--output", "seats.json"], in: plans.folder)
        #expect(seat.exitCode == 0, "\(seat.stderr)")
        #expect(try manager.destinationOfSymbolicLinkIfAny(folder.appendingPathComponent("seats.json")) == nil)

        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "不能被改写")
        #expect(try manager.contentsOfDirectory(atPath: folder.appendingPathComponent("outside")) == ["keep.txt"])
    }

    // MARK: Leftovers of killed runs

    @Test func theNextRunRemovesStaleStagingFoldersAndRestoresAnExportMovedAside() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        let folder = plans.folder as NSString
        let out = folder.appendingPathComponent("out")
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
        try Fixtures.write("我的笔记", to: "out/笔记.txt", in: plans.folder)
        var earlier = plans.firstFiles
        earlier["笔记.txt"] = Array("我的笔记".utf8)
        // As a run killed between its two renames leaves it: the earlier export moved aside, and
        // a staging folder half written.
        try FileManager.default.moveItem(atPath: out, toPath: folder.appendingPathComponent(".banhui-previous-" + Self.fnv1a("out")))
        try Fixtures.write("半个文件", to: ".banhui-staging-00000000deadbeef/notice.docx", in: plans.folder)

        // The next run puts the earlier export back first; here it then refuses (the user's note).
        let refused = try BanhuiProcess.run(["export", plans.second, "--out", "out"], in: plans.folder)
        #expect(refused.exitCode == 4, "\(refused.stderr)")
        #expect(try Self.contents(of: out) == earlier)
        #expect(try Self.leftovers(in: plans.folder).isEmpty)

        try FileManager.default.removeItem(atPath: folder.appendingPathComponent("out/笔记.txt"))
        let result = try BanhuiProcess.run(["export", plans.second, "--out", "out"], in: plans.folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try Self.contents(of: folder.appendingPathComponent("out")) == plans.secondFiles)
        #expect(try Self.leftovers(in: plans.folder).isEmpty)
    }

    /// The name a target's earlier export is moved aside to (docs/output.md).
    static func fnv1a(_ name: String) -> String { StableHash.fnv1a(name) }

    @Test func aRunKilledWhileWritingLeavesTheEarlierExportWhole() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        let out = (plans.folder as NSString).appendingPathComponent("out")
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
        var killedWhileStaging = 0
        for _ in 0..<5 {
            let process = Process()
            process.executableURL = BanhuiProcess.executable
            process.arguments = ["export", plans.second, "--out", "out"]
            process.currentDirectoryURL = URL(fileURLWithPath: plans.folder)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Kill it as soon as its staging folder appears, that is, while it writes.
            let deadline = Date().addingTimeInterval(30)
            while try process.isRunning && Date() < deadline && Self.leftovers(in: plans.folder).isEmpty {}
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let written = try Self.contents(of: out)
            #expect(written == plans.firstFiles || written == plans.secondFiles, "the folder mixes two runs: \(written.keys.sorted())")
            if process.terminationReason == .uncaughtSignal, written == plans.firstFiles, try !Self.leftovers(in: plans.folder).isEmpty {
                killedWhileStaging += 1
            }
            // The next complete run clears what the killed one left and puts its own files in.
            #expect(try BanhuiProcess.run(["export", plans.first, "--out", "out"], in: plans.folder).exitCode == 0)
            #expect(try Self.contents(of: out) == plans.firstFiles)
            #expect(try Self.leftovers(in: plans.folder).isEmpty)
        }
        #expect(killedWhileStaging > 0, "no kill landed while the export was writing")
    }

    @Test func concurrentExportsToOneFolderNeverMix() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        let out = (plans.folder as NSString).appendingPathComponent("out")
        for _ in 0..<6 {
            let runs = [plans.first, plans.second].map { plan -> Process in
                let process = Process()
                process.executableURL = BanhuiProcess.executable
                process.arguments = ["export", plan, "--out", "out"]
                process.currentDirectoryURL = URL(fileURLWithPath: plans.folder)
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for run in runs { try run.run() }
            for run in runs {
                run.waitUntilExit()
                #expect(run.terminationStatus == 0)
            }
            let written = try Self.contents(of: out)
            #expect(written == plans.firstFiles || written == plans.secondFiles, "the folder mixes two runs: \(written.keys.sorted())")
            #expect(try Self.leftovers(in: plans.folder).isEmpty)
        }
    }

    // MARK: Names from the plan

    @Test func aMeetingIDCannotLeadTheExportOutsideItsFolder() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let work = (folder as NSString).appendingPathComponent("a/b/c")
        for id in ["../../../../outside", "/tmp/banhui-absolute-\(UUID().uuidString)", "..", "with space"] {
            try Fixtures.write("""
                version: 1
                meeting: {id: "\(id)", title: 会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
                """, to: "plan.yaml", in: work)
            for command in ["check", "export"] {
                let result = try BanhuiProcess.run([command, "plan.yaml"], in: work)
                #expect(result.exitCode == 2, "\(id)")
                #expect(result.stderr.hasPrefix("plan.yaml:2:15: error: [FILE001] "), "\(result.stderr)")
            }
            if id != ".." {
                let resolved = id.hasPrefix("/") ? id : ((work as NSString).appendingPathComponent(id) as NSString).standardizingPath
                #expect(!FileManager.default.fileExists(atPath: resolved))
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: work) == ["plan.yaml"])
    }

    @Test func withoutAnIDTheFileNameGivesASafeFolder() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("""
            version: 1
            meeting: {title: 会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            """, to: ".全县 会议.yaml", in: folder)
        let result = try BanhuiProcess.run(["export", ".全县 会议.yaml", "--only", "ics"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == ["exports/全县_会议/meeting.ics"])
    }

    @Test func zonesWhoseChartsWouldCollideAreFoundByCheckAndExport() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("""
            version: 1
            meeting: {id: zones, title: 会议, start: 2026-12-03 09:00, end: 2026-12-03 11:00}
            people: [{id: P1, name: 张三}]
            seating:
              - {zone: a/b, kind: hall, rows: [2], people: [P1]}
              - {zone: a_b, kind: banquet, tables: [4], people: [P1]}
              - {zone: \(String(repeating: "长", count: 84)), kind: photo, rows: [2], people: [P1]}
            """, to: "plan.yaml", in: folder)
        for command in ["check", "export"] {
            let result = try BanhuiProcess.run([command, "plan.yaml"], in: folder)
            #expect(result.exitCode == 2)
            #expect(result.stderrLines.count == 2, "\(result.stderr)")
            #expect(result.stderrLines.first?.hasPrefix("plan.yaml:6:12: error: [FILE002] 座次区“a_b”的座次图 seating-a_b.svg") == true)
            #expect(result.stderrLines.last?.hasPrefix("plan.yaml:7:12: error: [FILE003] ") == true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["plan.yaml"])
    }

    // MARK: Failing disks: exit 4 with the path and the system's reason

    @Test func outNamingAFileOrATooLongNameIsExit4() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("不是文件夹", to: "file", in: folder)
        let file = try BanhuiProcess.run(["export", Self.example, "--out", "file"], in: folder)
        #expect(file.exitCode == 4)
        #expect(file.stderr == "file: error: 无法导出：这是一个文件，不是文件夹（ENOTDIR: Not a directory）\n")
        #expect(try String(contentsOfFile: (folder as NSString).appendingPathComponent("file"), encoding: .utf8) == "不是文件夹")

        let long = String(repeating: "长", count: 90)
        let tooLong = try BanhuiProcess.run(["export", Self.example, "--out", long], in: folder)
        #expect(tooLong.exitCode == 4)
        #expect(tooLong.stderr.hasPrefix("\(long): error: "), "\(tooLong.stderr)")
        #expect(tooLong.stderr.contains("文件名过长（ENAMETOOLONG"), "\(tooLong.stderr)")

        let intoFolder = try BanhuiProcess.run(["seat", Self.example, "--output", "."], in: folder)
        #expect(intoFolder.exitCode == 4)
        let onFolder = try BanhuiProcess.run(["seat", Self.example, "--output", folder], in: folder)
        #expect(onFolder.exitCode == 4)
        #expect(onFolder.stderr.contains("已有同名文件夹（EISDIR"), "\(onFolder.stderr)")
        for result in [file, tooLong, intoFolder, onFolder] {
            #expect(!result.stderr.contains("内部错误") && !result.stderr.contains("Error Domain"))
        }
        #expect(try Self.leftovers(in: folder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
    }

    @Test(.enabled(if: SmallDisk.isAvailable, "mounting a small tmpfs needs root on Linux"))
    func aReadOnlyFolderIsExit4AndKeepsTheEarlierExport() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        let disk = try SmallDisk(in: plans.folder, kilobytes: 4096)
        defer { disk.unmount() }
        let out = (disk.path as NSString).appendingPathComponent("out")
        #expect(try BanhuiProcess.run(["export", plans.first, "--out", out]).exitCode == 0)
        try disk.remount(readOnly: true)

        let export = try BanhuiProcess.run(["export", plans.second, "--out", out])
        #expect(export.exitCode == 4)
        #expect(export.stderr.hasPrefix("\(out): error: 无法在“\(disk.path)”中建立暂存文件夹：只读文件系统（EROFS: Read-only file system）"),
                "\(export.stderr)")
        #expect(try Self.contents(of: out) == plans.firstFiles)

        let seat = try BanhuiProcess.run(["seat", plans.first, "--format", "csv", "--output", (disk.path as NSString).appendingPathComponent("seats.csv")])
        #expect(seat.exitCode == 4)
        #expect(seat.stderr.contains("seats.csv: error: 无法写入：只读文件系统"), "\(seat.stderr)")

        let report = (disk.path as NSString).appendingPathComponent("quota.json")
        let quota = try BanhuiProcess.run(["quota", plans.first, "--format", "json", "--output", report])
        #expect(quota.exitCode == 4)
        #expect(quota.stderr.hasPrefix("\(report): error: 无法写入：只读文件系统"), "\(quota.stderr)")

        let initialised = try BanhuiProcess.run(["init", (disk.path as NSString).appendingPathComponent("new")])
        #expect(initialised.exitCode == 4)
        #expect(initialised.stderr.contains("只读文件系统"), "\(initialised.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["out"])
    }

    @Test(.enabled(if: SmallDisk.isAvailable, "mounting a small tmpfs needs root on Linux"))
    func aFullDiskIsExit4AndKeepsTheEarlierExport() throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        // Room for one export (counted in 4 KiB pages) and half another: the second export runs
        // out of space while it writes, with the first still in place.
        let pages = plans.firstFiles.values.reduce(0) { $0 + ($1.count + 4095) / 4096 }
        let disk = try SmallDisk(in: plans.folder, kilobytes: pages * 4 * 3 / 2)
        defer { disk.unmount() }
        let out = (disk.path as NSString).appendingPathComponent("out")
        let first = try BanhuiProcess.run(["export", plans.first, "--out", out])
        #expect(first.exitCode == 0, "\(first.stderr)")

        let second = try BanhuiProcess.run(["export", plans.second, "--out", out])
        #expect(second.exitCode == 4)
        #expect(second.stderr.hasPrefix(out + "/"), "\(second.stderr)")
        #expect(second.stderr.contains(": error: 无法写入：磁盘空间不足（ENOSPC: No space left on device）"), "\(second.stderr)")
        #expect(second.stdout.isEmpty)
        #expect(try Self.contents(of: out) == plans.firstFiles)
        #expect(try Self.leftovers(in: disk.path).isEmpty)
    }

    // MARK: Standard output

    @Test(arguments: [["export"], ["seat"], ["check"]])
    func aClosedOrFullStandardOutputNeitherKillsNorSpoils(command: [String]) throws {
        let plans = try TwoPlans()
        defer { plans.remove() }
        for target in ["closed pipe", "/dev/full"] {
            try? FileManager.default.removeItem(atPath: (plans.folder as NSString).appendingPathComponent("out"))
            let process = Process()
            process.executableURL = BanhuiProcess.executable
            process.arguments = command + [plans.first] + (command == ["export"] ? ["--out", "out"] : [])
            process.currentDirectoryURL = URL(fileURLWithPath: plans.folder)
            let errors = Pipe()
            process.standardError = errors
            if target == "closed pipe" {
                let pipe = Pipe()
                try pipe.fileHandleForReading.close()
                process.standardOutput = pipe
            } else {
                process.standardOutput = FileHandle(forWritingAtPath: target)
            }
            try process.run()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "\(command) died by a signal with a \(target)")
            #expect(process.terminationStatus == 0, "\(command) with a \(target): \(stderr)")
            #expect(stderr.isEmpty, "\(stderr)")
            if command == ["export"] {
                #expect(try Self.contents(of: (plans.folder as NSString).appendingPathComponent("out")) == plans.firstFiles)
            }
        }
    }

    // MARK: Deterministic bytes

    @Test func exportsAreByteIdenticalUnderAnyTimeZoneLocaleUmaskAndFolder() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let settings: [(name: String, environment: [String: String], umask: String, directory: String)] = [
            ("utc", ["TZ": "UTC", "LC_ALL": "C"], "022", folder),
            ("shanghai", ["TZ": "Asia/Shanghai", "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"], "077", folder),
            ("new-york", ["TZ": "America/New_York", "LC_ALL": "en_US.UTF-8"], "002", Fixtures.packageRoot.path),
            ("kiritimati", ["TZ": "Pacific/Kiritimati", "LC_ALL": "POSIX"], "027", "/"),
        ]
        var exports: [String: [String: [UInt8]]] = [:]
        for setting in settings {
            let out = (folder as NSString).appendingPathComponent(setting.name)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask \(setting.umask) && cd \"$1\" && exec \"$2\" export \"$3\" --out \"$4\" >/dev/null",
                                 "sh", setting.directory, BanhuiProcess.executable.path, Self.example, out]
            process.environment = ProcessInfo.processInfo.environment.merging(setting.environment) { $1 }
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(setting.name)")
            exports[setting.name] = try Self.contents(of: out)
        }
        for setting in settings.dropFirst() {
            #expect(exports[setting.name] == exports["utc"], "\(setting.name) differs from utc")
        }
        // Every zip entry is dated 1980-01-01 00:00 (DOS date 0x0021, time 0).
        let notice = try #require(exports["shanghai"]?["notice.docx"])
        var offset = 0
        var entries = 0
        while offset + 30 <= notice.count, notice[offset..<offset + 4] == [0x50, 0x4B, 0x03, 0x04] {
            #expect(Array(notice[offset + 10..<offset + 14]) == [0, 0, 0x21, 0])
            let compressed = Int(notice[offset + 18]) | Int(notice[offset + 19]) << 8 | Int(notice[offset + 20]) << 16 | Int(notice[offset + 21]) << 24
            offset += 30 + Int(notice[offset + 26]) + Int(notice[offset + 27]) << 8 + Int(notice[offset + 28]) + Int(notice[offset + 29]) << 8 + compressed
            entries += 1
        }
        #expect(entries >= 4)
    }
}

/// A small tmpfs mounted for one test: a disk that really is full or read-only.
struct SmallDisk {
    let path: String

    static let isAvailable: Bool = {
        #if os(Linux)
        guard getuid() == 0, let folder = try? Fixtures.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard let disk = try? SmallDisk(in: folder, kilobytes: 64) else { return false }
        disk.unmount()
        return true
        #else
        return false
        #endif
    }()

    init(in folder: String, kilobytes: Int) throws {
        path = (folder as NSString).appendingPathComponent("disk")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path])
    }

    func remount(readOnly: Bool) throws {
        try Self.mount(["-o", "remount,\(readOnly ? "ro" : "rw")", path])
    }

    func unmount() {
        _ = try? Self.run("/bin/umount", [path])
    }

    private static func mount(_ arguments: [String]) throws {
        guard try run("/bin/mount", arguments) == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension FileManager {
    /// The link's destination, or nil when the path is not a symbolic link.
    func destinationOfSymbolicLinkIfAny(_ path: String) throws -> String? {
        let type = try attributesOfItem(atPath: path)[.type] as? FileAttributeType
        return type == .typeSymbolicLink ? try destinationOfSymbolicLink(atPath: path) : nil
    }
}
