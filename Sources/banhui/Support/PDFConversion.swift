import Documents
import Foundation

/// PDF through LibreOffice: the front end starts `soffice` (the libraries never start
/// processes) on the ODT documents the export has just built.
///
/// Every way it can go wrong ends in exit 4 (an `OutputError` naming the cause) within a bounded
/// time; the documents (attendee names, units, titles) only ever sit in a private work folder
/// that is removed on every path, and a folder left by a run killed with SIGKILL is removed by
/// the next run.
enum PDFConversion {
    static let installHint = "apt-get install libreoffice-writer-nogui，或用 BANHUI_SOFFICE 指定 soffice 的路径"
    static let action = "无法生成 PDF"
    /// Work folders are `banhui-pdf-<pid>-<uuid>` in the system's temporary folder.
    static let workPrefix = "banhui-pdf-"
    /// A work folder whose run is still alive is left alone unless it is older than this.
    static let staleAge: TimeInterval = 24 * 3600

    struct Settings {
        var soffice: String
        /// Seconds one LibreOffice process may take (`BANHUI_PDF_TIMEOUT`, default 300).
        var timeout: Double
        /// LibreOffice processes at once, each with its own profile.
        var concurrency: Int
        /// Say on stderr which document LibreOffice is converting (when stderr is a terminal).
        var progress: Bool
    }

    /// The settings from the environment: `BANHUI_SOFFICE` (else `soffice` on the PATH) and
    /// `BANHUI_PDF_TIMEOUT`. A missing LibreOffice is exit 4; a bad timeout is a usage error.
    static func settings(environment: [String: String]) throws -> Settings {
        var timeout = 300.0
        if let text = environment["BANHUI_PDF_TIMEOUT"] {
            guard let seconds = Double(text), seconds.isFinite, seconds > 0 else {
                throw UsageError("BANHUI_PDF_TIMEOUT 须为正数（秒），而不是“\(text)”")
            }
            timeout = seconds
        }
        let configured = environment["BANHUI_SOFFICE"].flatMap { $0.isEmpty ? nil : $0 }
        guard let soffice = ExternalProcess.locate(configured ?? "soffice", path: environment["PATH"]) else {
            let reason = configured.map { "BANHUI_SOFFICE 指定的 LibreOffice（\($0)）不存在或不可执行" } ?? "未找到 LibreOffice（PATH 上没有 soffice）"
            throw OutputError(configured ?? "soffice", action, reason: "\(reason)；\(installHint)")
        }
        return Settings(soffice: soffice, timeout: timeout, concurrency: 2, progress: isatty(STDERR_FILENO) == 1)
    }

    /// One PDF to make: from one ODT, or from the ODT parts of one document, converted separately
    /// and joined in order (`pdfunite`).
    struct Conversion {
        var pdf: String
        var parts: [ExportFile]
        var source: String
    }

    /// The conversion of every ODT document (`notice.odt` → `notice.pdf`), in name order; a
    /// document in `parts` (name → its ODT parts) is converted part by part.
    static func conversions(of documents: [ExportFile], parts: [String: [ExportFile]] = [:]) -> [Conversion] {
        documents.filter { $0.name.hasSuffix(".odt") }.sorted { $0.name < $1.name }.map { document in
            Conversion(pdf: pdfName(document.name), parts: parts[document.name] ?? [document], source: document.name)
        }
    }

    /// The PDFs of `conversions`. `folder` is the output folder as the user gave it, for the
    /// messages. The PDFs keep Writer's blank pages (the page before an even 版记页) and carry
    /// the title and the outline as bookmarks.
    static func convert(_ conversions: [Conversion], settings: Settings, pdfunite: String?, folder: String) throws -> [ExportFile] {
        guard !conversions.isEmpty else { return [] }
        let temporary = FileManager.default.temporaryDirectory.path
        removeStaleWorkFolders(in: temporary)
        let work = try makeWorkFolder(in: temporary)
        InterruptCleanup.begin()
        let result = Result { try convert(conversions, in: work, settings: settings, pdfunite: pdfunite, folder: folder) }
        try? FileManager.default.removeItem(atPath: work)
        InterruptCleanup.end()
        return try result.get()
    }

    private static func convert(_ conversions: [Conversion], in work: String, settings: Settings, pdfunite: String?,
                                folder: String) throws -> [ExportFile] {
        let input = work + "/in", output = work + "/out"
        for folder in [input, output] where mkdir(folder, 0o700) != 0 {
            throw OutputError(folder, action, errno: errno)
        }
        var batches: [Batch] = []
        for conversion in conversions {
            for part in conversion.parts {
                guard FileManager.default.createFile(atPath: "\(input)/\(part.name)", contents: Data(part.bytes)) else {
                    throw OutputError("\(input)/\(part.name)", action, reason: "无法写入临时文件夹")
                }
            }
            // A document in parts is shared between the processes; the biggest go first.
            let names = conversion.parts.map(\.name)
            let share = (names.count + settings.concurrency - 1) / max(1, settings.concurrency)
            batches += stride(from: 0, to: names.count, by: max(1, share)).map {
                Batch(conversion: conversion, names: Array(names[$0..<min(names.count, $0 + share)]))
            }
        }
        // Name order among batches of the same size (sort is not stable).
        batches = batches.enumerated().sorted { ($0.element.names.count, $1.offset) > ($1.element.names.count, $0.offset) }.map(\.element)
        try run(batches, settings: settings, work: work, folder: folder)
        return try conversions.map { conversion in
            let path = (folder as NSString).appendingPathComponent(conversion.pdf)
            let pdfs = try conversion.parts.map { part in
                let pdf = "\(output)/\(pdfName(part.name))"
                try checkPDF(at: pdf, path: path, source: conversion.source)
                return pdf
            }
            var joined = pdfs[0]
            if pdfs.count > 1, let pdfunite {
                joined = "\(work)/\(conversion.pdf)"
                let outcome = try? ExternalProcess.output(of: pdfunite, pdfs + [joined], timeout: settings.timeout)
                guard outcome != nil else { throw OutputError(path, action, reason: "pdfunite 未能把 \(conversion.source) 的各部分合成一个 PDF") }
                try checkPDF(at: joined, path: path, source: conversion.source)
            }
            return ExportFile(name: conversion.pdf, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: joined))))
        }
    }

    private static func checkPDF(at file: String, path: String, source: String) throws {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw OutputError(path, action, reason: "LibreOffice 转换 \(source) 后没有生成 PDF")
        }
        defer { try? handle.close() }
        guard (try? handle.read(upToCount: 5)) == Data("%PDF-".utf8) else {
            throw OutputError(path, action, reason: "LibreOffice 转换 \(source) 生成的文件不是 PDF（开头不是 %PDF-）")
        }
    }

    static func pdfName(_ odt: String) -> String { (odt as NSString).deletingPathExtension + ".pdf" }

    /// ODT files one LibreOffice process converts.
    struct Batch {
        var conversion: Conversion
        var names: [String]
        var label: String {
            conversion.parts.count == 1 ? conversion.source
                : "\(conversion.source)（\(names.count) 个部分，共 \(conversion.parts.count) 个）"
        }
    }

    /// One LibreOffice process per batch, at most `settings.concurrency` at once, each slot
    /// with its own profile (LibreOffice allows one process per profile). The first failure ends
    /// the other processes' groups and is thrown.
    private static func run(_ batches: [Batch], settings: Settings, work: String, folder: String) throws {
        let filter = #"pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"},"ExportBookmarks":{"type":"boolean","value":"true"}}"#
        var pending = batches[...]
        var running: [(slot: Int, batch: Batch, process: ExternalProcess, deadline: Date)] = []
        var freeSlots = Array((0..<max(1, settings.concurrency)).reversed())
        func endAll() {
            for job in running {
                job.process.endGroup()
                _ = job.process.waitForEnd()
            }
        }
        while !pending.isEmpty || !running.isEmpty {
            while let slot = freeSlots.last, let batch = pending.first {
                freeSlots.removeLast()
                pending.removeFirst()
                let profile = URL(fileURLWithPath: "\(work)/profile-\(slot)").absoluteString
                if settings.progress {
                    Console.err("LibreOffice 正在把 \(batch.label) 转为 PDF（还有 \(pending.count + running.count) 个文件在转换或等待）…")
                }
                let process: ExternalProcess
                do {
                    process = try ExternalProcess.start(settings.soffice, ["-env:UserInstallation=\(profile)", "--headless", "--norestore",
                                                                          "--convert-to", filter, "--outdir", "\(work)/out"]
                                                        + batch.names.map { "\(work)/in/\($0)" })
                } catch {
                    endAll()
                    throw OutputError(settings.soffice, action, reason: "无法启动 LibreOffice：\(error)")
                }
                                running.append((slot, batch, process, Date().addingTimeInterval(settings.timeout)))
            }
            usleep(20_000)
            do { try InterruptCleanup.checkInterrupted() } catch {
                endAll()
                throw error
            }
            for (index, job) in running.enumerated().reversed() {
                let pdf = (folder as NSString).appendingPathComponent(job.batch.conversion.pdf)
                let source = job.batch.conversion.source
                if let outcome = job.process.poll() {
                    job.process.endGroup()  // anything it left running in its group
                        running.remove(at: index)
                    freeSlots.append(job.slot)
                    switch outcome {
                    case .exited(0): continue
                    case .exited(let status):
                        endAll()
                        throw OutputError(pdf, action, reason: "LibreOffice 转换 \(source) 时以退出码 \(status) 结束")
                    case .signalled(let signal):
                        endAll()
                        throw OutputError(pdf, action, reason: "LibreOffice 转换 \(source) 时被信号 \(signal)（\(signalName(signal))）终止")
                    }
                } else if Date() >= job.deadline {
                    endAll()
                    throw OutputError(pdf, action, reason: "LibreOffice 转换 \(source) 超过 \(formatted(settings.timeout)) 秒未结束，已终止（时限见 BANHUI_PDF_TIMEOUT）")
                }
            }
        }
    }

    private static func formatted(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM",
                                      SIGBUS: "SIGBUS", SIGILL: "SIGILL", SIGFPE: "SIGFPE", SIGINT: "SIGINT"]
        return names[signal] ?? "signal \(signal)"
    }

    /// A new folder only this user can enter (0700 whatever the umask), named so that a later
    /// run recognises it.
    private static func makeWorkFolder(in temporary: String) throws -> String {
        let path = (temporary as NSString).appendingPathComponent("\(workPrefix)\(getpid())-\(UUID().uuidString)")
        guard mkdir(path, 0o700) == 0 else { throw OutputError(path, action, errno: errno) }
        guard chmod(path, 0o700) == 0 else { throw OutputError(path, action, errno: errno) }
        return path
    }

    /// Removes work folders that runs killed outright (SIGKILL) left behind: only real folders
    /// (not symbolic links) owned by this user, whose run is no longer alive or which are older
    /// than `staleAge`. Anything else is left alone.
    static func removeStaleWorkFolders(in temporary: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: temporary) else { return }
        for entry in entries where entry.hasPrefix(workPrefix) {
            let path = (temporary as NSString).appendingPathComponent(entry)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            let pidText = entry.dropFirst(workPrefix.count).prefix { $0 != "-" }
            guard let pid = pid_t(pidText), pid > 0 else { continue }
            let runEnded = pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
            let old = Date().timeIntervalSince1970 - Double(info.st_mtim.tv_sec) > staleAge
            if runEnded || old { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}
