import Foundation
import Logistics
import MeetingPlan
import PlanEngine
import PlanReading
import Quota
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files `banhui quota PATH...` reads: plans and registers, each loaded with all its problems.
/// Plans are handed on one at a time and not kept.
struct QuotaInputs {
    var registers: [Register] = []
    var inputErrors: [Diagnostic] = []

    /// A plan file found: its path as bytes (file names need not be UTF-8) and as shown in messages.
    struct Source {
        var path: [UInt8]
        var shown: String
    }

    /// Plan files under `paths`: files as given, folders searched for `*.yaml` (cli.md; `.yml` files such as CI workflows are not plans),
    /// skipping `exports` and hidden files and folders (`.build*` among them). Symbolic links are
    /// followed, each folder visited once (so a link loop ends); a folder that cannot be read is an
    /// input error. Sorted, so runs are reproducible.
    static func discover(_ paths: [String]) throws -> (sources: [Source], problems: [Diagnostic]) {
        var walk = FolderWalk()
        for path in paths {
            guard let kind = FolderWalk.kind(of: Array(path.utf8)) else {
                throw UsageError("\(path)：文件或文件夹不存在")
            }
            if kind == .folder {
                walk.visit(Array(path.utf8), shown: path)
            } else {
                walk.sources.append(Source(path: Array(path.utf8), shown: path))
            }
        }
        var seen = Set<[UInt8]>()
        let sources = walk.sources.filter { seen.insert($0.path).inserted }.sorted { $0.shown < $1.shown }
        return (sources, walk.problems)
    }

    /// Reads each source: a file with a top-level `register:` is a register; any other is a plan,
    /// loaded, validated and seated by the engine exactly as `check` does, so a plan `check`
    /// rejects is an input error here with the same code.
    static func load(_ sources: [Source], engine: Engine, each: (Plan, LogisticsFigures?) -> Void) throws -> QuotaInputs {
        var inputs = QuotaInputs()
        for source in sources {
            let file = source.shown
            let log = DiagnosticLog()
            defer { inputs.inputErrors += log.diagnostics.filter { $0.severity == .error } }
            let bytes: [UInt8]
            switch FolderWalk.read(source.path, atMost: PlanLoader.maximumPlanBytes) {
            case .success(let read): bytes = read
            case .failure(.tooLarge):
                log.error(.planTooLarge, "计划文件超过 \(PlanLoader.maximumPlanBytes / 1_048_576) MB，未读取", at: SourceLocation(file: file))
                continue
            case .failure(.system(let reason)):
                log.error(.planUnreadable, "无法读取文件：\(reason)", at: SourceLocation(file: file))
                continue
            }
            guard let text = PlanLoader.utf8Text(bytes, file: file, log: log),
                  let root = YAMLInput.parse(text, file: file, log: log) else { continue }
            if root["register"] != nil {
                let register = Register.decode(root, file: file, log: log)
                if let register, !log.hasErrors { inputs.registers.append(register) }
            } else {
                let outcome = try engine.run(Engine.Request(.parsed(root, file: file)))
                log.append(contentsOf: outcome.errors)
                if let seated = outcome.seated { each(seated.plan, LogisticsFigures(seated)) }
            }
        }
        return inputs
    }
}

extension LogisticsFigures {
    /// The assignment's person-nights and person-meals, for plans with `lodging` or `meals`.
    init?(_ seated: Engine.Seated) {
        let spec = seated.plan.logistics
        guard spec.lodging != nil || !spec.meals.isEmpty else { return nil }
        self.init(personNights: spec.lodging == nil ? nil : seated.logistics.personNights,
                  personMeals: spec.meals.isEmpty ? nil : seated.logistics.personMeals)
    }
}

/// Walks folders with the system calls, so that names which are not UTF-8 are kept as bytes
/// (and shown escaped) and every folder that cannot be read is reported, not skipped.
private struct FolderWalk {
    enum Kind { case folder, file }
    enum ReadFailure: Error { case tooLarge, system(String) }

    var sources: [QuotaInputs.Source] = []
    var problems: [Diagnostic] = []
    /// Folders already walked, by device and inode: a symbolic link back up the tree ends here.
    private var visited = Set<[UInt64]>()

    /// What `path` is, following symbolic links; nil when it does not exist.
    static func kind(of path: [UInt8]) -> Kind? {
        var info = stat()
        guard stat(path.cString, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
    }

    mutating func visit(_ folder: [UInt8], shown: String) {
        var info = stat()
        guard stat(folder.cString, &info) == 0 else {
            problems.append(Self.problem("无法读取文件夹：\(Self.reason())", shown))
            return
        }
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        guard let directory = opendir(folder.cString) else {
            problems.append(Self.problem("无法读取文件夹：\(Self.reason())", shown))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        closedir(directory)
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) where name.first != 0x2E {
            let path = folder + [0x2F] + name
            let childShown = (shown.hasSuffix("/") ? shown : shown + "/") + Self.shown(name)
            let isPlan = name.count > 5 && name.suffix(5).elementsEqual(".yaml".utf8)
            switch Self.kind(of: path) {
            case .folder:
                if name != Array("exports".utf8) { visit(path, shown: childShown) }
            case .file:
                if isPlan { sources.append(QuotaInputs.Source(path: path, shown: childShown)) }
            case nil:
                // A dangling link: only a problem where a plan was meant.
                if isPlan { problems.append(Self.problem("无法读取文件：\(Self.reason())", childShown)) }
            }
        }
    }

    /// Reads at most `limit` bytes of the file at `path`.
    static func read(_ path: [UInt8], atMost limit: Int) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path.cString, O_RDONLY)
        guard descriptor >= 0 else { return .failure(.system(reason())) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { return .failure(.system(reason())) }
            if count == 0 { return .success(bytes) }
            bytes += chunk[..<count]
            if bytes.count > limit { return .failure(.tooLarge) }
        }
    }

    /// A file name as shown: UTF-8 as it is, any other byte as `\xNN`.
    static func shown(_ name: [UInt8]) -> String {
        var text = ""
        var rest = name[...]
        while let bad = TextDecoding.firstInvalidUTF8Offset(rest) {
            text += String(decoding: rest[..<bad], as: UTF8.self) + "\\x" + String(rest[bad], radix: 16, uppercase: true)
            rest = rest[(bad + 1)...]
        }
        return text + String(decoding: rest, as: UTF8.self)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }

    private static func problem(_ message: String, _ shown: String) -> Diagnostic {
        Diagnostic(.planUnreadable, message, at: SourceLocation(file: shown))
    }
}

private extension Array where Element == UInt8 {
    /// The path as a C string (the bytes and a terminating NUL).
    var cString: [CChar] { map { CChar(bitPattern: $0) } + [0] }
}
