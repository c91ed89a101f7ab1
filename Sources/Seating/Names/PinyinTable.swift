/// Readings of Han characters, from Rime's `luna_pinyin.dict.yaml` (Debian `rime-data-luna-pinyin`):
/// for each character the reading with the highest weight, toneless (`zhang`, `lv` for lü).
public struct PinyinTable: Sendable {
    public static let defaultPath = "/usr/share/rime-data/luna_pinyin.dict.yaml"

    private let bytes: [UInt8]
    /// Per character, where its best reading is in `bytes`.
    private let readings: RimeIndexTable

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var readings = RimeIndexTable()
        var weights = RimeIndexTable()
        RimeTable.scan(bytes) { entry in
            let scalar = entry.scalar.value
            // A reading without a weight loses to any weighted one; among equals the first stays.
            if let current = weights[scalar], Self.weight(bytes[current.range]) >= Self.weight(bytes[entry.weight]) { return }
            readings[scalar] = RimeIndex(entry.code, flagged: false)
            weights[scalar] = RimeIndex(entry.weight, flagged: false)
        }
        self.readings = readings
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
