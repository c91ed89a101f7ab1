/// A typeface named the way Chinese government machines name it. The document names faces and
/// never embeds them; the reader's machine substitutes what it has.
public enum FontFace: String, Sendable, Hashable, CaseIterable {
    case fangSong = "仿宋_GB2312"
    case xiaoBiaoSong = "方正小标宋简体"
    case heiTi = "黑体"
    case kaiTi = "楷体_GB2312"
    case songTi = "宋体"
    /// The GBK faces: the `_GB2312` faces lack characters outside GB2312 (堃, 喆, 珺, 旻 …).
    case fangSongGBK = "仿宋"
    case kaiTiGBK = "楷体"

    /// The face in the East Asian slot.
    public var eastAsian: String { rawValue }
    /// The face for Latin letters and digits beside it.
    public var latin: String { self == .songTi ? "宋体" : "Times New Roman" }

    /// The face to set a character outside GB2312 in; nil when this face has the GBK set.
    public var gbkFace: FontFace? {
        switch self {
        case .fangSong: return .fangSongGBK
        case .kaiTi: return .kaiTiGBK
        default: return nil
        }
    }

    /// What a reader without the face should use (DOCX `w:altName`): the GBK face for the
    /// `_GB2312` ones, 宋体 for 小标宋, the Windows name for the others.
    public var alternative: String {
        switch self {
        case .fangSong: return "仿宋"
        case .kaiTi: return "楷体"
        case .xiaoBiaoSong: return "宋体"
        case .heiTi: return "SimHei"
        case .songTi: return "SimSun"
        case .fangSongGBK: return "FangSong"
        case .kaiTiGBK: return "KaiTi"
        }
    }
}

/// How a document declares a face it names, so a reader without it gets a similar one: DOCX
/// `word/fontTable.xml`, ODT `office:font-face-decls`.
public struct FontDeclaration: Sendable, Equatable {
    public var name: String
    /// DOCX `w:altName`.
    public var alternative: String?
    /// The generic family both formats know: `roman` (serif: 宋, 仿宋, 楷, 小标宋, Times) or
    /// `swiss` (sans: 黑体).
    public var genericFamily: String
    /// `variable`: asking for `fixed` makes Writer take a monospaced face over the mapped one.
    public var pitch: String
    /// Windows character set, hex: 86 GB2312, 00 ANSI.
    public var charset: String

    /// Every face the documents may name: the Chinese faces, then the Latin one beside them.
    public static let all: [FontDeclaration] = FontFace.allCases.map {
        FontDeclaration(name: $0.eastAsian, alternative: $0.alternative, genericFamily: $0 == .heiTi ? "swiss" : "roman",
                        pitch: "variable", charset: "86")
    } + [FontDeclaration(name: "Times New Roman", alternative: nil, genericFamily: "roman", pitch: "variable", charset: "00")]
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

/// 避头尾 (GB/T 15834 and the usual typesetting rule): characters that may not start a line and
/// characters that may not end one.
public enum LineBreaking {
    public static let noLineStart = "，。、；：！？）》」』”’…—·％‰"
    public static let noLineEnd = "（《「『“‘"
}
