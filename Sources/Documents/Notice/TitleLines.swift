/// A title too long for one line breaks between words into lines of balanced length, arranged as
/// a 梯形 or 菱形 (GB/T 9704 7.3.1): never a full line and an orphaned `通知`, never inside 会议,
/// 通知, a compound of the word list (常务会议, 乡村振兴, …) or a unit name, and inside the meeting's
/// name only when the title could not otherwise be balanced.
enum TitleLines {
    /// Words a line may start after or end before, in the usual title patterns
    /// (`关于召开|全市|安全生产和|应急管理|工作会议|的通知`).
    private static let breakAfter = ["关于", "召开", "举办", "举行", "开展", "和", "与", "及", "暨", "、", "，", "年", "年度",
                                     "政府", "委员会", "常委会", "办公室", "党委"]
    /// Before 第 of a session (`第十二次`) and the kinds of meeting.
    private static let breakBefore = ["的通知", "的补充通知", "工作会议", "会议", "暨", "第"]
    private static let regions = ["全国", "全省", "全市", "全州", "全县", "全区", "全镇", "全乡"]
    /// Words a title never breaks inside: the kinds of meeting (a break before 会议 is a word
    /// boundary in 工作|会议 of a plain name but not in 常务会议), and the common compounds of
    /// meeting names.
    static let words = [
        "会议", "通知", "工作", "关于", "召开", "工作会议",
        "常务会议", "常委会议", "全体会议", "扩大会议", "专题会议", "办公会议", "主任会议", "联席会议", "党组会议",
        "代表大会", "委员会", "常委会", "常务委员会", "推进会", "座谈会", "现场会", "调度会", "部署会", "动员会",
        "培训班", "表彰大会", "动员大会", "视频会议", "电视电话会议",
        "安全生产", "应急管理", "乡村振兴", "招商引资", "疫情防控", "生态环境", "营商环境", "经济工作", "人民政府",
        "政协", "人大", "党委", "办公室",
    ]
    /// What a break inside the meeting's name costs, against 4 per character of difference in
    /// line length: a title breaks inside the name only to avoid lines differing by more than two.
    private static let meetingNamePenalty = 9

    /// The title's lines for at most `perLine` characters a line; `keep` are names never broken,
    /// `meetingNames` names broken only where balance needs it.
    static func lines(_ title: String, perLine: Int, keep: [String], meetingNames: [String] = []) -> [String] {
        let characters = Array(title)
        guard characters.count > perLine else { return [title] }
        let inside = protectedPositions(title, words: keep + words)
        let insideName = protectedPositions(title, words: meetingNames)
        var good = goodPositions(title)
        for name in keep + meetingNames { good.formUnion(starts(of: name, in: title) + ends(of: name, in: title)) }  // a name is a word
        good.subtract(inside)
        good.remove(0)
        good.remove(characters.count)
        let allowed = good.isEmpty ? Set(1..<characters.count).subtracting(inside) : good
        var count = (characters.count + perLine - 1) / perLine
        while count <= characters.count {
            if let best = bestSplit(characters.count, into: count, at: allowed.sorted(), perLine: perLine, discouraged: insideName) {
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
    private static func bestSplit(_ length: Int, into count: Int, at positions: [Int], perLine: Int, discouraged: Set<Int>) -> [Int]? {
        var best: (cuts: [Int], score: Int)?
        func search(_ cuts: [Int]) {
            if cuts.count == count - 1 {
                let bounds = [0] + cuts + [length]
                let lengths = zip(bounds, bounds.dropFirst()).map { $1 - $0 }
                guard lengths.allSatisfy({ $0 <= perLine && $0 > 0 }) else { return }
                let spread = lengths.max()! - lengths.min()!
                let score = spread * 4 + (isTrapezoidOrDiamond(lengths) ? 0 : 2) + (lengths.first! >= lengths.last! ? 0 : 1)
                    + cuts.filter(discouraged.contains).count * meetingNamePenalty
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
