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
        var text = String(format: "%.3f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
