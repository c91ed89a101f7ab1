/// A title too long for one line breaks between words into lines of balanced length, arranged as
/// a 梯形 or 菱形 (GB/T 9704 7.3.1): never a full line and an orphaned `通知`, never inside 会议,
/// 通知 or a unit name.
enum TitleLines {
    /// Words a line may start after or end before, in the usual title patterns
    /// (`关于召开|全市|安全生产和|应急管理|工作会议|的通知`).
    private static let breakAfter = ["关于", "召开", "举办", "举行", "开展", "和", "与", "及", "暨", "、", "，", "年", "年度"]
    private static let breakBefore = ["的通知", "的补充通知", "工作会议", "会议", "暨"]
    private static let regions = ["全国", "全省", "全市", "全州", "全县", "全区", "全镇", "全乡"]

    /// The title's lines for at most `perLine` characters a line; `keep` are names never broken.
    static func lines(_ title: String, perLine: Int, keep: [String]) -> [String] {
        let characters = Array(title)
        guard characters.count > perLine else { return [title] }
        let inside = protectedPositions(title, words: keep + ["会议", "通知", "工作", "关于", "召开", "工作会议"])
        var good = goodPositions(title)
        for name in keep { good.formUnion(starts(of: name, in: title) + ends(of: name, in: title)) }  // a name is a word
        good.subtract(inside)
        good.remove(0)
        good.remove(characters.count)
        let allowed = good.isEmpty ? Set(1..<characters.count).subtracting(inside) : good
        var count = (characters.count + perLine - 1) / perLine
        while count <= characters.count {
            if let best = bestSplit(characters.count, into: count, at: allowed.sorted(), perLine: perLine) {
                var lines: [String] = []
                var start = 0
                for end in best + [characters.count] {
                    lines.append(String(characters[start..<end]))
                    start = end
                }
                return lines
            }
            count += 1
        }
        return [title]
    }

    /// Break positions (a position `i` breaks before character `i`) at word boundaries.
    private static func goodPositions(_ title: String) -> Set<Int> {
        var positions = Set<Int>()
        for word in breakAfter { positions.formUnion(ends(of: word, in: title)) }
        for word in breakBefore { positions.formUnion(starts(of: word, in: title)) }
        for region in regions { positions.formUnion(ends(of: region, in: title)) }
        return positions
    }

    /// Positions strictly inside any of the words.
    private static func protectedPositions(_ title: String, words: [String]) -> Set<Int> {
        var positions = Set<Int>()
        for word in words where word.count > 1 {
            for start in starts(of: word, in: title) { positions.formUnion(start + 1..<start + word.count) }
        }
        return positions
    }

    private static func starts(of word: String, in title: String) -> [Int] {
        let characters = Array(title), pattern = Array(word)
        guard pattern.count <= characters.count else { return [] }
        return (0...characters.count - pattern.count).filter { Array(characters[$0..<$0 + pattern.count]) == pattern }
    }

    private static func ends(of word: String, in title: String) -> [Int] {
        starts(of: word, in: title).map { $0 + word.count }
    }

    /// Chooses `count - 1` positions so every line fits, lines differ least in length, and the
    /// shape is a 梯形 (lengths falling or rising) or a 菱形 (the middle longest).
    private static func bestSplit(_ length: Int, into count: Int, at positions: [Int], perLine: Int) -> [Int]? {
        var best: (cuts: [Int], score: Int)?
        func search(_ cuts: [Int]) {
            if cuts.count == count - 1 {
                let bounds = [0] + cuts + [length]
                let lengths = zip(bounds, bounds.dropFirst()).map { $1 - $0 }
                guard lengths.allSatisfy({ $0 <= perLine && $0 > 0 }) else { return }
                let spread = lengths.max()! - lengths.min()!
                let score = spread * 4 + (isTrapezoidOrDiamond(lengths) ? 0 : 2) + (lengths.first! >= lengths.last! ? 0 : 1)
                if best == nil || score < best!.score { best = (cuts, score) }
                return
            }
            for position in positions where position > (cuts.last ?? 0) { search(cuts + [position]) }
        }
        search([])
        return best?.cuts
    }

    private static func isTrapezoidOrDiamond(_ lengths: [Int]) -> Bool {
        let pairs = Array(zip(lengths, lengths.dropFirst()))
        let falling = pairs.allSatisfy { $0 >= $1 }, rising = pairs.allSatisfy { $0 <= $1 }
        guard let peak = lengths.indices.max(by: { lengths[$0] < lengths[$1] }) else { return true }
        let diamond = lengths[..<peak].indices.allSatisfy { lengths[$0] <= lengths[$0 + 1] }
            && lengths[peak...].indices.dropLast().allSatisfy { lengths[$0] >= lengths[$0 + 1] }
        return falling || rising || diamond
    }
}
