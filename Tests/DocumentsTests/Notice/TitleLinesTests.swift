@testable import Documents
import Testing

struct TitleLinesTests {
    @Test func aTitleThatFitsStaysOnOneLine() {
        #expect(TitleLines.lines("关于召开全县办公室工作会议的通知", perLine: 20, keep: []) == ["关于召开全县办公室工作会议的通知"])
    }

    /// The example: one full line and an orphaned 通知 before; now two balanced lines.
    @Test func aLongTitleBreaksBetweenWordsIntoBalancedLines() {
        #expect(TitleLines.lines("关于召开全市安全生产和应急管理工作会议的通知", perLine: 20, keep: [])
            == ["关于召开全市安全生产和", "应急管理工作会议的通知"])
    }

    @Test func unitNamesMeetingAndNoticeAreNeverBroken() {
        let title = "关于召开县委办公室县政府办公室县人大常委会办公室联合工作会议的通知"
        let units = ["县委办公室", "县政府办公室", "县人大常委会办公室"]
        let lines = TitleLines.lines(title, perLine: 20, keep: units)
        #expect(lines.joined() == title)
        #expect(lines.allSatisfy { $0.count <= 20 })
        // Every break lies outside each occurrence of a protected word.
        let characters = Array(title)
        var breaks: [Int] = []
        for line in lines.dropLast() { breaks.append((breaks.last ?? 0) + line.count) }
        for word in units + ["会议", "通知"] {
            let pattern = Array(word)
            for start in 0...(characters.count - pattern.count) where Array(characters[start..<start + pattern.count]) == pattern {
                #expect(!breaks.contains { $0 > start && $0 < start + pattern.count }, "\(lines) breaks \(word)")
            }
        }
    }

    @Test func threeLinesFormATrapezoidOrDiamond() {
        let title = "关于召开全省安全生产和应急管理暨防汛抗旱和森林草原防灭火工作会议的通知"
        let lines = TitleLines.lines(title, perLine: 20, keep: [])
        #expect(lines.joined() == title)
        #expect(lines.count == 2 || lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 20 && $0.count >= 8 }, "\(lines)")
    }
}

struct GBKFallbackTests {
    @Test func findsHanCharactersOutsideGB2312() {
        #expect(GBKFallback.outsideGB2312("李喆、王堃、张珺、刘旻、张三") == ["喆", "堃", "珺", "旻"])
        #expect(GBKFallback.outsideGB2312("欧阳晓东 ABC 123") == [])
    }

    /// The membership bits hold GB 2312's 6,763 Han characters and nothing else of the scalars
    /// a face may be asked for.
    @Test func gb2312HoldsItsHanCharactersOnly() {
        let members = (0...0x3134F).compactMap { Unicode.Scalar(UInt32($0)) }.filter(GB2312Hanzi.contains)
        #expect(members.count == 6763)
        #expect(members.allSatisfy(GBKFallback.isHan))
        #expect(GB2312Hanzi.contains("啊") && GB2312Hanzi.contains("张") && GB2312Hanzi.contains("齄"))
        #expect(!GB2312Hanzi.contains("堃") && !GB2312Hanzi.contains("A") && !GB2312Hanzi.contains("\u{9FFF}"))
    }

    @Test func setsRareCharactersInTheGBKFaceOfTheStyle() {
        let document = OfficeDocument(title: "t", page: .gongwen, pageNumbers: false, styles: GongwenStyles.all, blocks: [
            .paragraph(Paragraph(GongwenStyles.body, "李喆讲话")),
            .paragraph(Paragraph(GongwenStyles.body, [Run("（一）王堃", font: .kaiTi)])),
            .paragraph(Paragraph(GongwenStyles.heading1, "一、李喆")),
        ])
        let fixed = GBKFallback.apply(document)
        let runs = fixed.blocks.map { block -> [Run] in
            if case .paragraph(let paragraph) = block { return paragraph.runs } else { return [] }
        }
        #expect(runs[0] == [Run("李"), Run("喆", font: .fangSongGBK), Run("讲话")])
        #expect(runs[1] == [Run("（一）王", font: .kaiTi), Run("堃", font: .kaiTiGBK)])
        #expect(runs[2] == [Run("一、李喆")], "黑体 has the GBK set")
    }

    /// The 变更通知 of issue 18 broke 常务|会议: the word list keeps kinds of meeting whole.
    @Test func aKindOfMeetingIsOneWord() {
        for title in ["关于召开××县人民政府第十二次常务会议的通知", "关于××县人民政府第十二次常务会议有关事项调整的通知",
                      "关于召开中共××县委第十五届委员会第八次全体会议的通知"] {
            let lines = TitleLines.lines(title, perLine: 20, keep: [])
            #expect(lines.joined() == title)
            for word in ["常务会议", "全体会议", "人民政府", "委员会"] {
                #expect(!zip(lines, lines.dropFirst()).contains { ($0 + $1).contains(word) && !$0.contains(word) && !$1.contains(word) },
                        "\(lines) breaks \(word)")
            }
        }
    }

    /// The meeting's name breaks only where keeping it whole would leave unbalanced lines.
    @Test func theMeetingNameBreaksOnlyForBalance() {
        let name = "××县人民政府第十二次常务会议"
        let lines = TitleLines.lines("关于召开\(name)的通知", perLine: 20, keep: [], meetingNames: [name])
        #expect(lines == ["关于召开××县人民政府", "第十二次常务会议的通知"])
        // A short name stays whole even though a break inside it would balance the lines better.
        let short = "全县安全生产工作会议"
        let title = "关于召开全县安全生产工作会议和应急演练部署培训班的通知"
        let kept = TitleLines.lines(title, perLine: 20, keep: [], meetingNames: [short])
        #expect(kept.contains { $0.contains(short) }, "\(kept)")
    }
}
