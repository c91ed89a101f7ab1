import Foundation
import MeetingPlan
import PlanReading

/// What stops a name from being ordered by strokes or pinyin.
public enum NameDataProblem: Equatable, Sendable {
    /// The data file could not be read (path, reason).
    case dataUnavailable(path: String, reason: String)
    /// Han characters of the name that the data does not list.
    case missingCharacters([Character])
}

/// Orders names by 姓名笔画, 姓氏笔画 or 拼音 (seating.md, rule 7 of the reference).
///
/// Build one per process (or per server) and share it: each data file is read and indexed the
/// first time a name needs it, once, whatever the number of plans and threads, and never when no
/// name is ordered by it. Names with a problem (see `problem(in:by:)`) still get a key, so sorting
/// never fails, but callers must report the problem: a missing character is an error, never a
/// silent fallback.
public struct NameCollator: NameCollation, Sendable {
    private let strokePath: String
    private let pinyinPath: String
    private let strokes: LoadedOnce<Result<StrokeTable, NameLoadError>>
    private let pinyin: LoadedOnce<Result<PinyinTable, NameLoadError>>
    /// Keys already computed: a long-running `serve` re-sorts the same names after every edit.
    private let sortKeys: Memo<SortKeyRequest, [UInt32]>

    /// Reads the data files through `files` when first needed; a file that cannot be read becomes
    /// a problem reported for the names that need it.
    public init(strokeDataPath: String, pinyinDataPath: String, files: FileReader) {
        strokePath = strokeDataPath
        pinyinPath = pinyinDataPath
        strokes = LoadedOnce { Self.load(strokeDataPath, files: files, StrokeTable.init(bytes:)) }
        pinyin = LoadedOnce { Self.load(pinyinDataPath, files: files, PinyinTable.init(bytes:)) }
        sortKeys = Memo()
    }

    private var strokeTable: Result<StrokeTable, NameLoadError> { strokes.value }
    private var pinyinTable: Result<PinyinTable, NameLoadError> { pinyin.value }

    /// Why `name` cannot be ordered by `order`, or nil when it can.
    public func problem(in name: String, by order: TieBreaker) -> NameDataProblem? {
        let characters = Self.characters(of: name).filter { Self.isHan($0) }
        switch order {
        case .strokes, .surnameStrokes:
            switch strokeTable {
            case .failure(let error): return .dataUnavailable(path: strokePath, reason: error.reason)
            case .success(let table):
                let missing = characters.filter { table.strokes(of: $0) == nil }
                return missing.isEmpty ? nil : .missingCharacters(missing.map(Character.init))
            }
        case .pinyin:
            switch pinyinTable {
            case .failure(let error): return .dataUnavailable(path: pinyinPath, reason: error.reason)
            case .success(let table):
                let overridden = Surnames.readings[Surnames.surname(of: name)].map { $0.count } ?? 0
                let missing = characters.dropFirst(overridden).filter { table.reading(of: $0) == nil }
                return missing.isEmpty ? nil : .missingCharacters(missing.map(Character.init))
            }
        case .unit, .since, .roster:
            return nil
        }
    }

    public func sortKey(for name: String, by order: TieBreaker) -> [UInt32] {
        sortKeys.value(for: SortKeyRequest(name: name, order: order)) { computeSortKey(for: name, by: order) }
    }

    private func computeSortKey(for name: String, by order: TieBreaker) -> [UInt32] {
        switch order {
        case .strokes: return strokeKey(Self.characters(of: name))
        case .surnameStrokes:
            let trimmed = Self.characters(of: name)
            let surnameLength = Surnames.surname(of: String(String.UnicodeScalarView(trimmed))).count
            guard trimmed.count - surnameLength == 1 else { return strokeKey(trimmed) }
            // 姓氏笔画: a one-character given name has an empty middle character (stroke value 0).
            return strokeKey(Array(trimmed.prefix(surnameLength))) + [0] + strokeKey(Array(trimmed.suffix(1)))
        case .pinyin: return pinyinKey(name)
        case .unit, .since, .roster: return []
        }
    }

    /// Per character: stroke count, strokes, code point (the last resort of rule 7.2.5). Non-Han
    /// characters come after every Han character, in Unicode order.
    private func strokeKey(_ characters: [Unicode.Scalar]) -> [UInt32] {
        let table = try? strokeTable.get()
        var key: [UInt32] = []
        for scalar in characters {
            if Self.isHan(scalar), let strokes = table?.strokes(of: scalar) {
                key.append(UInt32(strokes.count))
                key.append(contentsOf: strokes.lazy.map(UInt32.init))
                key.append(scalar.value)
            } else {
                key += [Self.isHan(scalar) ? 999_999 : 1_000_000, scalar.value]
            }
        }
        return key
    }

    /// Per character: the reading's letters (a = 1 …), 0, then the code point; surnames with a
    /// special reading use it.
    private func pinyinKey(_ name: String) -> [UInt32] {
        let table = try? pinyinTable.get()
        let characters = Self.characters(of: name)
        let overrides = Surnames.readings[Surnames.surname(of: name)] ?? []
        var key: [UInt32] = []
        for (index, scalar) in characters.enumerated() {
            let reading = index < overrides.count ? overrides[index] : (Self.isHan(scalar) ? table?.reading(of: scalar) : nil)
            if let reading {
                key.append(contentsOf: reading.unicodeScalars.map { $0.value &- 0x60 })
                key += [0, scalar.value]
            } else {
                key += [Self.isHan(scalar) ? 999_999 : 1_000_000, scalar.value]
            }
        }
        return key
    }

    /// The name's scalars without spaces (a padded 王　强 sorts as 王强).
    static func characters(of name: String) -> [Unicode.Scalar] {
        name.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isIdeographic }

    private static func load<Table>(_ path: String, files: FileReader, _ make: ([UInt8]) -> Table) -> Result<Table, NameLoadError> {
        do {
            return .success(make(try files.read(path)))
        } catch {
            return .failure(NameLoadError(reason: "\(error)"))
        }
    }
}

struct NameLoadError: Error, Sendable {
    let reason: String
}

/// A value computed the first time it is asked for, once, under a lock: the collator is shared
/// between the calls and threads of a long-running process.
final class LoadedOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: Value?
    private let load: @Sendable () -> Value

    init(_ load: @escaping @Sendable () -> Value) { self.load = load }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let value = load()
        loaded = value
        return value
    }
}

private struct SortKeyRequest: Hashable, Sendable {
    let name: String
    let order: TieBreaker
}

/// Values computed once per key, under a lock, for the life of the collator; forgotten all at
/// once past `limit` entries so that a process that sees endless new names stays bounded.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int = 200_000) { self.limit = limit }

    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = compute()
        lock.withLock {
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }
}
