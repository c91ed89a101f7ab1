/// A typeface named the way Chinese government machines name it. The document names faces and
/// never embeds them; the reader's machine substitutes what it has.
public enum FontFace: String, Sendable, Hashable, CaseIterable {
    case fangSong = "仿宋_GB2312"
    case xiaoBiaoSong = "方正小标宋简体"
    case heiTi = "黑体"
    case kaiTi = "楷体_GB2312"
    case songTi = "宋体"

    /// The face in the East Asian slot.
    public var eastAsian: String { rawValue }
    /// The face for Latin letters and digits beside it.
    public var latin: String { self == .songTi ? "宋体" : "Times New Roman" }
}

/// A named paragraph style: every paragraph property the documents need.
public struct ParagraphStyle: Sendable, Hashable {
    /// Identifier in the files (`GwBody`); ASCII so both formats accept it.
    public var id: String
    /// Name shown in the word processor (`公文正文`).
    public var name: String
    /// The word processor's own style this one stands for (`Title`, `heading 2`, `Body Text`):
    /// DOCX names the style so, which Word shows in its own language and converters such as
    /// mammoth and pandoc recognise; DOCX writes a style without one as direct formatting.
    public var wordName: String?
    /// 1 for the document title, 2 for 一、 headings: the navigation pane and PDF bookmarks.
    public var outlineLevel: Int?
    public var font: FontFace
    /// Points.
    public var size: Double
    public var color: Colour?
    public var alignment: Alignment
    /// Points.
    public var firstLineIndent: Double
    public var leftIndent: Double
    public var rightIndent: Double
    /// Exact line height in points, or nil for the page's line pitch.
    public var lineHeight: Double?
    /// Added to every character's advance, in points (−0.25 pt fits 28 characters of 16 pt).
    public var letterSpacing: Double
    public var keepWithNext: Bool
    /// A rule under the paragraph (the red separator of the 版头).
    public var ruleBelow: Rule?

    public init(id: String, name: String, wordName: String? = nil, outlineLevel: Int? = nil, font: FontFace = .fangSong, size: Double = 16, color: Colour? = nil,
                alignment: Alignment = .justify, firstLineIndent: Double = 0, leftIndent: Double = 0,
                rightIndent: Double = 0, lineHeight: Double? = nil, letterSpacing: Double = -0.25,
                keepWithNext: Bool = false, ruleBelow: Rule? = nil) {
        self.id = id
        self.name = name
        self.wordName = wordName
        self.outlineLevel = outlineLevel
        self.font = font
        self.size = size
        self.color = color
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.lineHeight = lineHeight
        self.letterSpacing = letterSpacing
        self.keepWithNext = keepWithNext
        self.ruleBelow = ruleBelow
    }
}

/// A horizontal line: colour, thickness and its distance from the text, in points.
public struct Rule: Sendable, Hashable {
    public var color: Colour
    public var width: Double
    public var spacing: Double
}
