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

    static func decimal(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        // Thousandths as an integer, written with digits: what `%.3f` writes for `rounded`
        // without Foundation's formatter (a large export formats hundreds of thousands of
        // lengths). Exact while `rounded` is far closer to the thousandths than half of one (below
        // a billion); beyond that, and for NaN, the formatter.
        let thousandths = (value * 1000).rounded()
        guard thousandths.magnitude < 1e12 else {
            var text = String(format: "%.3f", rounded)
            while text.hasSuffix("0") { text.removeLast() }
            return text
        }
        let whole = Int(thousandths.magnitude)
        var fraction = String(whole % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.utf8.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (thousandths < 0 ? "-" : "") + String(whole / 1000) + "." + fraction
    }
}
