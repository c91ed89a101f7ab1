/// Stroke sequences of Han characters (笔顺), from Rime's `stroke.dict.yaml` (Debian `rime-data-stroke`).
///
/// Strokes are 1 横, 2 竖, 3 撇, 4 点, 5 折 (codes h s p n z). The file lists Taiwan-glyph
/// sequences first and mainland-glyph sequences after the "inherited from the original table"
/// comment; the mainland entry wins for every character it lists (陈 zshzspn, not zzshzzpn).
public struct StrokeTable: Sendable {
    public static let defaultPath = "/usr/share/rime-data/stroke.dict.yaml"

    private let bytes: [UInt8]
    /// Per character, where its code is in `bytes` (`RimeIndex`), mainland entries flagged.
    private let codes: RimeIndexTable

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var codes = RimeIndexTable()
        RimeTable.scan(bytes) { entry in
            guard entry.code.allSatisfy({ Self.stroke(bytes[$0]) != nil }) else { return }
            let existing = codes[entry.scalar.value]
            // The first Taiwan entry until a mainland one; the first mainland entry for good.
            if existing == nil || (entry.inherited && existing?.flagged == false) {
                codes[entry.scalar.value] = RimeIndex(entry.code, flagged: entry.inherited)
            }
        }
        self.codes = codes
    }

    /// The stroke sequence of a character, nil when the data lacks it.
    public func strokes(of scalar: Unicode.Scalar) -> [UInt8]? {
        codes[scalar.value].map { index in index.range.compactMap { Self.stroke(bytes[$0]) } }
    }

    private static func stroke(_ code: UInt8) -> UInt8? {
        switch code {
        case UInt8(ascii: "h"): return 1
        case UInt8(ascii: "s"): return 2
        case UInt8(ascii: "p"): return 3
        case UInt8(ascii: "n"): return 4
        case UInt8(ascii: "z"): return 5
        default: return nil
        }
    }
}

/// A byte range of a Rime file in eight bytes, with one flag.
struct RimeIndex: Sendable {
    fileprivate let packed: UInt64

    init(_ range: Range<Int>, flagged: Bool) {
        packed = 1 << 63 | UInt64(range.lowerBound) << 24 | UInt64(range.count) << 1 | (flagged ? 1 : 0)
    }

    fileprivate init?(packed: UInt64) {
        guard packed != 0 else { return nil }
        self.packed = packed
    }

    var range: Range<Int> {
        let start = Int((packed & ~(1 << 63)) >> 24)
        return start..<(start + Int((packed >> 1) & 0x7F_FFFF))
    }

    var flagged: Bool { packed & 1 == 1 }
}

/// Character → `RimeIndex`: a flat table over the Basic Multilingual Plane, where nearly every Han
/// character of a name is (half a megabyte, no hashing), and a dictionary for the other planes.
struct RimeIndexTable: Sendable {
    private var basic = [UInt64](repeating: 0, count: 0x10000)
    private var other: [UInt32: UInt64] = [:]

    subscript(_ scalar: UInt32) -> RimeIndex? {
        get { RimeIndex(packed: scalar < 0x10000 ? basic[Int(scalar)] : other[scalar] ?? 0) }
        set {
            let packed = newValue?.packed ?? 0
            if scalar < 0x10000 { basic[Int(scalar)] = packed } else { other[scalar] = packed }
        }
    }
}
