@testable import Documents
import Foundation
import Testing

@Suite struct UnitsTests {
    /// What `Units.decimal` wrote with Foundation's formatter before it wrote the digits itself.
    func formatted(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.3f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// What the seating chart wrote for its coordinates before it wrote them with `Units.decimal`.
    func chartFormatted(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Fixed values at the edges, then deterministic ones across magnitudes, signs and places.
    var values: [Double] {
        var values: [Double] = [0, 0.5, -0.5, 0.0004, -0.0004, 0.0005, -0.0005, 0.001, 0.0125, 28.95, 57.3, 20.394, 152.4,
                                49.213, 1.0005, 2.675, -1.999_5, 0.005, -0.005, 0.015, 1.1, 1.105, 1e8 + 0.123, -1e8 - 0.987,
                                999_999_999.999, 1e10 + 0.5, .nan]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let scale = pow(10, Double(Int(state >> 60) % 9) - 3)
            let value = Double(Int64(bitPattern: state) >> 11) / Double(1 << 52) * scale
            values.append(value)
        }
        return values
    }

    @Test func decimalsAreWhatTheFormatterWrote() {
        for value in values {
            #expect(Units.decimal(value) == formatted(value), "\(value)")
        }
    }

    @Test func hundredthsAreWhatTheChartWrote() {
        for value in values where value.magnitude < 1e9 || value.isNaN {
            #expect(Units.decimal(value, places: 2) == chartFormatted(value), "\(value)")
        }
    }
}
