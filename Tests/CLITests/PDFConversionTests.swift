import Foundation
import Testing
import TestSupport

/// `export --format pdf` with LibreOffice stand-ins (`BANHUI_SOFFICE`) that hang, crash, fail,
/// write nothing or write something that is not a PDF: exit 4 naming the cause, nothing written,
/// no work folder left in the temporary folder, no process left behind. Each run gets its own
/// TMPDIR so that the work folders of this run alone are looked at.
@Suite(.enabled(if: Tools.rimeData, Tools.needRimeData)) struct PDFConversionTests {
    /// A folder with `plan.yaml` (the example plan and its roster), `tmp/` for TMPDIR and `bin/`.
    struct Setup {
        let folder: String
        var tmp: String { folder + "/tmp" }
        var bin: String { folder + "/bin" }
        var pids: String { folder + "/pids" }

        init() throws {
            folder = try Fixtures.temporaryDirectory()
            let example = (Fixtures.path(ExportTests.example) as NSString).deletingLastPathComponent
            for name in try FileManager.default.contentsOfDirectory(atPath: example) where name.hasSuffix(".yaml") || name.hasSuffix(".csv") {
                try FileManager.default.copyItem(atPath: example + "/" + name, toPath: folder + "/" + name)
            }
            for sub in [tmp, bin, pids] { try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true) }
        }

        /// Writes an executable shell script into bin/.
        func script(_ name: String, _ body: String) throws -> String {
            let path = bin + "/" + name
            try ("#!/bin/sh\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o755)
            return path
        }

        /// A stand-in soffice: records its pid and starts a child that would outlive it, then runs `then`.
        func soffice(_ then: String) throws -> String {
            try script("soffice", """
                echo $$ >> "\(pids)/soffice"
                sleep 600 &
                echo $! >> "\(pids)/child"
                out=; previous=; last=
                for argument in "$@"; do [ "$previous" = --outdir ] && out=$argument; previous=$argument; last=$argument; done
                name=$(basename "$last" .odt)
                \(then)

                """)
        }

        /// Fonts as fontconfig would name them: every style found unless `missing` (then DejaVu Sans).
        func fcMatch(found: Bool) throws {
            _ = try script("fc-match", found ? """
                case "$3" in
                  仿宋_GB2312) printf FandolFang ;; 方正小标宋简体) printf FandolSong ;; 黑体) printf FandolHei ;; 楷体_GB2312) printf FandolKai ;;
                  *) printf 'DejaVu Sans' ;;
                esac

                """ : "printf 'DejaVu Sans,DejaVu Sans Condensed'\n")
        }

        func export(_ extra: [String] = [], soffice: String, timeout: String = "30") throws -> CommandResult {
            try BanhuiProcess.run(["export", "meeting.yaml", "--out", "out", "--format", "pdf", "--only", "notice,signin,cards"] + extra, in: folder,
                                  environment: ["BANHUI_SOFFICE": soffice, "TMPDIR": tmp, "BANHUI_PDF_TIMEOUT": timeout,
                                                "PATH": "\(bin):/usr/bin:/bin"])
        }

        var workFolders: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? []).filter { $0.hasPrefix("banhui-pdf-") }
        }

        func recorded(_ name: String) -> [pid_t] {
            ((try? String(contentsOfFile: pids + "/" + name, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { pid_t($0) }
        }

        /// Every process the stand-ins started has ended (gone, or a zombie nobody waits for).
        func expectNoProcessLeft(sourceLocation: SourceLocation = #_sourceLocation) {
            let all = recorded("soffice") + recorded("child")
            #expect(!all.isEmpty, "the stand-in ran", sourceLocation: sourceLocation)
            for pid in all {
                var alive = Self.isRunning(pid)
                for _ in 0..<50 where alive {  // SIGKILL is delivered asynchronously
                    usleep(20_000)
                    alive = Self.isRunning(pid)
                }
                #expect(!alive, "process \(pid) outlived banhui", sourceLocation: sourceLocation)
            }
        }

        static func isRunning(_ pid: pid_t) -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return kill(pid, 0) == 0 }
            let state = stat.split(separator: ")").last?.split(separator: " ").first
            return state != "Z" && state != "X"
        }

        func expectFailure(_ result: CommandResult, _ phrase: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(result.exitCode == 4, "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderrLines.contains { $0.contains(": error: 无法生成 PDF：") && $0.contains(phrase) }, "\(result.stderr)",
                    sourceLocation: sourceLocation)
            #expect(!result.stderr.contains("内部错误"), sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "nothing written", sourceLocation: sourceLocation)
            #expect(workFolders.isEmpty, "work folders left: \(workFolders)", sourceLocation: sourceLocation)
            expectNoProcessLeft(sourceLocation: sourceLocation)
        }
    }

    @Test func libreOfficeThatNeverReturnsIsEndedWithItsChildrenAfterTheTimeout() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let started = Date()
        let result = try setup.export(soffice: try setup.soffice("sleep 600"), timeout: "1")
        #expect(Date().timeIntervalSince(started) < 20)
        setup.expectFailure(result, "超过 1 秒未结束，已终止")
    }

    @Test func crashingLibreOfficeIsExit4NotAnInternalError() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let result = try setup.export(soffice: try setup.soffice("kill -SEGV $$"))
        setup.expectFailure(result, "被信号 11（SIGSEGV）终止")
    }

    @Test func failingLibreOfficeNamesItsExitStatus() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let result = try setup.export(soffice: try setup.soffice("exit 81"))
        setup.expectFailure(result, "以退出码 81 结束")
    }

    @Test func libreOfficeThatWritesNothingIsExit4() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let result = try setup.export(soffice: try setup.soffice("exit 0"))
        setup.expectFailure(result, "没有生成 PDF")
    }

    @Test func libreOfficeThatWritesGarbageIsExit4() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let result = try setup.export(soffice: try setup.soffice(#"printf 'garbage' > "$out/$name.pdf""#))
        setup.expectFailure(result, "不是 PDF（开头不是 %PDF-）")
    }

    @Test func missingLibreOfficeIsExit4WithTheInstallHintAndWritesNothing() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let result = try setup.export(soffice: setup.folder + "/nonexistent/soffice")
        #expect(result.exitCode == 4, "\(result.stderr)")
        #expect(result.stderr.contains("LibreOffice") && result.stderr.contains("apt-get install libreoffice-writer-nogui"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: setup.folder + "/out"))
    }

    @Test func badTimeoutIsAUsageError() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let result = try setup.export(soffice: try setup.soffice("exit 0"), timeout: "soon")
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("BANHUI_PDF_TIMEOUT"))
    }

    /// Success with a stand-in that writes a PDF header: every document converted (two at a time,
    /// each process with its own profile), folders left by killed runs removed, nothing else.
    @Test func workFoldersOfKilledRunsAreRemovedAndNothingElse() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let reaped = Process()
        reaped.executableURL = URL(fileURLWithPath: "/bin/true")
        try reaped.run()
        reaped.waitUntilExit()
        let dead = "banhui-pdf-\(reaped.processIdentifier)-0C2B6F1E", alive = "banhui-pdf-\(getpid())-5A1D"
        let target = setup.folder + "/target"
        for folder in [dead, alive] { try FileManager.default.createDirectory(atPath: setup.tmp + "/" + folder + "/in", withIntermediateDirectories: true) }
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try "keep".write(toFile: target + "/file", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: setup.tmp + "/banhui-pdf-\(reaped.processIdentifier)-link", withDestinationPath: target)
        try setup.fcMatch(found: true)

        let soffice = try setup.soffice(#"""
            case "$*" in *UserInstallation=file://*/profile-[01]*) ;; *) exit 9 ;; esac
            printf '%%PDF-1.4 stand-in' > "$out/$name.pdf"
            """#)
        let result = try setup.export(soffice: soffice)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.folder + "/out").sorted()
            == ["cards.pdf", "notice.pdf", "receipt.xlsx", "signin.pdf"])
        #expect(setup.recorded("soffice").count == 3, "one LibreOffice process per document")
        #expect(setup.workFolders.sorted() == [alive, "banhui-pdf-\(reaped.processIdentifier)-link"].sorted())
        #expect(FileManager.default.fileExists(atPath: target + "/file"), "a link is never followed")
        #expect(!result.stderr.contains("DOC004"), "\(result.stderr)")
        #expect(!result.stderr.contains("正在把"), "no progress lines when stderr is not a terminal")
        setup.expectNoProcessLeft()
    }

    @Test func sigtermEndsLibreOfficeAndRemovesTheWorkFolder() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        let process = Process()
        process.executableURL = BanhuiProcess.executable
        process.arguments = ["export", "meeting.yaml", "--out", "out", "--format", "pdf", "--only", "notice"]
        process.currentDirectoryURL = URL(fileURLWithPath: setup.folder)
        var environment = ProcessInfo.processInfo.environment
        environment["BANHUI_SOFFICE"] = try setup.soffice("sleep 600")
        environment["TMPDIR"] = setup.tmp
        environment["BANHUI_PDF_TIMEOUT"] = "60"
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<500 where setup.recorded("child").isEmpty { usleep(20_000) }
        #expect(setup.workFolders.count == 1, "the work folder exists while LibreOffice works")
        if let folder = setup.workFolders.first {
            var info = stat()
            #expect(lstat(setup.tmp + "/" + folder, &info) == 0 && info.st_mode & 0o777 == 0o700, "private to its user")
        }
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(setup.workFolders.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: setup.folder + "/out"))
        setup.expectNoProcessLeft()
    }

    @Test func eachStyleThatFallsBackIsALocatedWarningWithTheInstallHint() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        try setup.fcMatch(found: false)
        let result = try setup.export(soffice: try setup.soffice(#"printf '%%PDF-1.4 stand-in' > "$out/$name.pdf""#))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let warnings = result.stderrLines.filter { $0.hasPrefix("meeting.yaml: warning: [DOC004] ") }
        #expect(warnings.count == 4, "\(result.stderr)")
        for face in ["仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"] {
            #expect(warnings.contains { $0.contains(face) && $0.contains("DejaVu Sans 代替") && $0.contains("scripts/install-fonts.sh") }, "\(face)")
        }
    }

    /// The progress lines appear when stderr is a terminal (`script` gives the run one).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script (util-linux) for a terminal"))
    func progressOnATerminalSaysWhichDocumentAndHowManyAreLeft() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(atPath: setup.folder) }
        try setup.fcMatch(found: true)
        let soffice = try setup.soffice(#"printf '%%PDF-1.4 stand-in' > "$out/$name.pdf""#)
        let command = "BANHUI_SOFFICE='\(soffice)' TMPDIR='\(setup.tmp)' PATH='\(setup.bin):/usr/bin:/bin' '\(BanhuiProcess.executable.path)' "
            + "export meeting.yaml --out out --format pdf --only notice,signin,cards"
        let result = try BanhuiProcess.run(program: URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: setup.folder)
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(result.stdout.contains("LibreOffice 正在把 cards.odt 转为 PDF（还有 2 个文件在转换或等待）"), "\(result.stdout)")
        #expect(result.stdout.contains("LibreOffice 正在把 signin.odt 转为 PDF"), "\(result.stdout)")
    }
}
