/// Stroke sequences of Han characters (笔顺), from Rime's `stroke.dict.yaml` (Debian `rime-data-stroke`).
///
/// Strokes are 1 横, 2 竖, 3 撇, 4 点, 5 折 (codes h s p n z). The file lists Taiwan-glyph
/// sequences first and mainland-glyph sequences after the "inherited from the original table"
/// comment; the mainland entry wins for every character it lists (陈 zshzspn, not zzshzzpn).
public struct StrokeTable: Sendable {
    public static let defaultPath = "/usr/share/rime-data/stroke.dict.yaml"

    private var sequences: [Unicode.Scalar: [UInt8]]

    public init(bytes: [UInt8]) {
        var taiwan: [Unicode.Scalar: [UInt8]] = [:]
        var mainland: [Unicode.Scalar: [UInt8]] = [:]
        taiwan.reserveCapacity(80_000)
        RimeTable.scan(bytes) { scalar, code, _, inherited in
            var strokes: [UInt8] = []
            strokes.reserveCapacity(code.count)
            for byte in code {
                switch byte {
                case UInt8(ascii: "h"): strokes.append(1)
                case UInt8(ascii: "s"): strokes.append(2)
                case UInt8(ascii: "p"): strokes.append(3)
                case UInt8(ascii: "n"): strokes.append(4)
                case UInt8(ascii: "z"): strokes.append(5)
                default: return
                }
            }
            if inherited {
                if mainland[scalar] == nil { mainland[scalar] = strokes }
            } else if taiwan[scalar] == nil {
                taiwan[scalar] = strokes
            }
        }
        sequences = taiwan.merging(mainland) { _, mainlandEntry in mainlandEntry }
    }

    /// The stroke sequence of a character, nil when the data lacks it.
    public func strokes(of scalar: Unicode.Scalar) -> [UInt8]? { sequences[scalar] }
}
