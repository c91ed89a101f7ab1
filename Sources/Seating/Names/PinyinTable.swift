/// Readings of Han characters, from Rime's `luna_pinyin.dict.yaml` (Debian `rime-data-luna-pinyin`):
/// for each character the reading with the highest weight, toneless (`zhang`, `lv` for lü).
public struct PinyinTable: Sendable {
    public static let defaultPath = "/usr/share/rime-data/luna_pinyin.dict.yaml"

    private let bytes: [UInt8]
    /// Per character, where its best reading is in `bytes`.
    private let readings: [UInt32: RimeIndex]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var best: [UInt32: (code: Range<Int>, weight: Range<Int>)] = [:]
        best.reserveCapacity(45_000)
        RimeTable.scan(bytes) { entry in
            // A reading without a weight loses to any weighted one; among equals the first stays.
            if let current = best[entry.scalar.value],
               Self.weight(bytes[current.weight]) >= Self.weight(bytes[entry.weight]) { return }
            best[entry.scalar.value] = (entry.code, entry.weight)
        }
        readings = best.mapValues { RimeIndex($0.code, flagged: false) }
    }

    /// `0.5%` → 0.5; a missing or unreadable weight is -1.
    private static func weight(_ text: ArraySlice<UInt8>) -> Double {
        guard !text.isEmpty else { return -1 }
        return Double(String(decoding: text.filter { $0 != UInt8(ascii: "%") }, as: UTF8.self)) ?? -1
    }

    /// The primary reading of a character, nil when the data lacks it.
    public func reading(of scalar: Unicode.Scalar) -> String? {
        readings[scalar.value].map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
}
