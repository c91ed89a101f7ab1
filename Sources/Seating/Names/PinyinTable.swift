/// Readings of Han characters, from Rime's `luna_pinyin.dict.yaml` (Debian `rime-data-luna-pinyin`):
/// for each character the reading with the highest weight, toneless (`zhang`, `lv` for lü).
public struct PinyinTable: Sendable {
    public static let defaultPath = "/usr/share/rime-data/luna_pinyin.dict.yaml"

    private var readings: [Unicode.Scalar: String]

    public init(bytes: [UInt8]) {
        var best: [Unicode.Scalar: (reading: ArraySlice<UInt8>, weight: Double)] = [:]
        RimeTable.scan(bytes) { scalar, code, weightText, _ in
            // A reading without a weight loses to any weighted one; among equals the first stays.
            let weight = Double(String(decoding: weightText.filter { $0 != UInt8(ascii: "%") }, as: UTF8.self)) ?? -1
            if let current = best[scalar], current.weight >= weight { return }
            best[scalar] = (code, weight)
        }
        readings = best.mapValues { String(decoding: $0.reading, as: UTF8.self) }
    }

    /// The primary reading of a character, nil when the data lacks it.
    public func reading(of scalar: Unicode.Scalar) -> String? { readings[scalar] }
}
