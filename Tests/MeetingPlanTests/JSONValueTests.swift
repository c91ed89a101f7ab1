import MeetingPlan
import Testing

/// `JSONValue.items` and `write(to:)`: a long array made one item at a time and handed on in
/// pieces reads exactly as the same array built whole (the quota JSON and SARIF reports rely on it).
@Suite struct JSONValueTests {
    static func finding(_ number: Int) -> JSONValue {
        .sorted(["rule": .string("MTG-PLAN"), "line": .integer(number), "message": .string("会议“\(number)”\n未列入"),
                 "where": .array([.integer(number), .null], .inline)])
    }

    static func document(_ findings: JSONValue) -> JSONValue {
        .sorted(["findings": findings, "summary": .sorted(["meetings": .number(3)]), "empty": .items(count: 0) { _ in .null }])
    }

    @Test(arguments: [0, 1, 3])
    func itemsReadAsTheArrayBuiltWhole(_ count: Int) {
        let whole = Self.document(.array((0..<count).map(Self.finding)))
        let made = Self.document(.items(count: count) { Self.finding($0) })
        #expect(made.rendered == whole.rendered)
        #expect(made.rendered.contains("\"empty\": []"))
    }

    @Test func aLongArrayIsHandedOnInPieces() {
        let count = 5_000
        let made = Self.document(.items(count: count) { Self.finding($0) })
        var pieces: [String] = []
        made.write { pieces.append($0) }
        #expect(pieces.joined() == Self.document(.array((0..<count).map(Self.finding))).rendered)
        #expect(pieces.count > 5, "about 64 KB a piece, \(pieces.count) pieces")
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 16 && $0.utf8.count < 1 << 17 })
    }
}
