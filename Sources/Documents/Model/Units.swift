import Foundation

/// Conversions between the model's units (mm, pt) and the formats' integers.
enum Units {
    /// Twentieths of a point (WordprocessingML "dxa").
    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }
    static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }
    /// Half-points (`w:sz`).
    static func halfPoints(_ pt: Double) -> Int { Int((pt * 2).rounded()) }
    /// Eighths of a point (border widths).
    static func eighthPoints(_ pt: Double) -> Int { Int((pt * 8).rounded()) }

    /// `28.95pt`, `37mm`: shortest decimal, no exponent, so output is stable and readable.
    static func length(_ value: Double, _ unit: String) -> String { decimal(value) + unit }

    /// `value` with at most `places` decimals (lengths: thousandths), trailing zeros dropped.
    static func decimal(_ value: Double, places: Int = 3) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        // The scaled value as an integer, written with digits: what `%.3f` (with three places)
        // writes for `rounded` without Foundation's formatter (a large export formats hundreds of
        // thousands of numbers). Exact while `rounded` is far closer to the scaled units than half
        // of one (below 10¹² of them); beyond that, and for NaN, the formatter.
        let units = (value * scale).rounded()
        guard units.magnitude < 1e12 else {
            var text = String(format: "%.\(places)f", rounded)
            while text.hasSuffix("0") { text.removeLast() }
            return text
        }
        let whole = Int(units.magnitude), divisor = Int(scale)
        var fraction = whole % divisor, fractionDigits = places
        while fraction != 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        // The digits go into one buffer from the last backwards: a text built from pieces (and
        // trimmed with `hasSuffix`) took six times what `String(Double)` takes.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            for _ in 0..<fractionDigits {
                put(UInt8(ascii: "0") + UInt8(fraction % 10))
                fraction /= 10
            }
            put(UInt8(ascii: "."))
            var integer = whole / divisor
            repeat {
                put(UInt8(ascii: "0") + UInt8(integer % 10))
                integer /= 10
            } while integer > 0
            if units < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
