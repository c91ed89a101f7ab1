import MeetingPlan
import XMLSupport

/// A document in neutral form: built once by a document builder, rendered by the DOCX and ODT
/// backends. It says what the page and text look like, never how a format spells it.
public struct OfficeDocument: Sendable {
    /// Metadata title (DOCX core properties, `dc:title` of ODT; PDFs made from them show it).
    public var title: String
    /// Metadata author (the organizer) and creation date (成文日期), when the plan gives them.
    public var author: String?
    public var created: LocalDate?
    public var page: PageSetup
    /// `— N —` page numbers, odd pages right and even pages left (GB/T 9704 §7.5).
    public var pageNumbers: Bool
    /// The named paragraph styles the blocks use; written once into the styles part.
    public var styles: [ParagraphStyle]
    public var blocks: [Block]

    public init(title: String, page: PageSetup, pageNumbers: Bool, styles: [ParagraphStyle], blocks: [Block]) {
        self.title = title
        self.page = page
        self.pageNumbers = pageNumbers
        self.styles = styles
        self.blocks = blocks
    }
}

extension OfficeDocument {
    /// Ends with a 版记页, which has a page style (section) of its own.
    public var hasRecordPage: Bool {
        blocks.contains { if case .recordPage = $0 { return true } else { return false } }
    }
}

public enum Block: Sendable {
    case paragraph(Paragraph)
    case table(Table)
    /// A text box placed on the page (tent-card faces): absolute position, optionally turned 180°.
    case frame(TextFrame)
    /// GB/T 9704's 版记页: the table starts a new even page (a blank page comes first when needed),
    /// which carries no page number, and sits at the foot of its 版心, its last rule on the 版心's
    /// bottom edge. The word processor places it, so it holds whatever fonts the reader has.
    case recordPage(Table)
    /// 目录: a table of contents of the headings whose style's outline level is in `levels` (DOCX:
    /// entries linked to the headings with PAGEREF page numbers; ODT `text:table-of-content`), its
    /// entries written out so that a reader that does not update fields shows them; page numbers
    /// are references to the headings, which the word processor fills in as it lays the pages out.
    case tableOfContents(levels: ClosedRange<Int>)
}

extension OfficeDocument {
    /// The headings a table of contents lists: block index, text and outline level, in order.
    public var contentsHeadings: [(block: Int, text: String, level: Int)] {
        guard let levels = blocks.lazy.compactMap({ block -> ClosedRange<Int>? in
            if case .tableOfContents(let levels) = block { return levels } else { return nil }
        }).first else { return [] }
        let outline = Dictionary(styles.map { ($0.id, $0.outlineLevel) }, uniquingKeysWith: { first, _ in first })
        return blocks.enumerated().compactMap { index, block in
            guard case .paragraph(let paragraph) = block, let level = outline[paragraph.style] ?? nil, levels.contains(level) else { return nil }
            return (index, paragraph.runs.map(\.text).joined(), level)
        }
    }

    /// The bookmark a table of contents entry refers to (Word's own `_Toc` names).
    public static func contentsBookmark(_ number: Int) -> String { "_Toc\(number + 1)" }
}

/// Paper and margins, in millimetres.
public struct PageSetup: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double
    /// Distance from the paper's bottom edge to the bottom of the footer.
    public var footerDistance: Double
    /// Fixed line pitch of body text (the 22-line grid), or nil for natural line height.
    public var linePitch: Double?

    /// GB/T 9704: A4, 37/35/28/26 mm margins (版心 156 × 225 mm), 22 lines of 28.95 pt.
    public static let gongwen = PageSetup(width: 210, height: 297, marginTop: 37, marginBottom: 35, marginLeft: 28,
                                          marginRight: 26, footerDistance: 22.2, linePitch: 28.95)
    /// A4 landscape with 15 mm margins (tent cards).
    public static let a4Landscape = PageSetup(width: 297, height: 210, marginTop: 15, marginBottom: 15, marginLeft: 15,
                                              marginRight: 15, footerDistance: 10, linePitch: nil)

    public var textWidth: Double { width - marginLeft - marginRight }
    public var textHeight: Double { height - marginTop - marginBottom }
}

/// A paragraph: a named style, optional direct changes, and runs.
public struct Paragraph: Sendable {
    public var style: String
    public var runs: [Run]
    public var overrides: ParagraphOverrides

    public init(_ style: ParagraphStyle, _ runs: [Run], _ overrides: ParagraphOverrides = ParagraphOverrides()) {
        self.style = style.id
        self.runs = runs
        self.overrides = overrides
    }

    public init(_ style: ParagraphStyle, _ text: String, _ overrides: ParagraphOverrides = ParagraphOverrides()) {
        self.init(style, text.isEmpty ? [] : [Run(text)], overrides)
    }

    /// An empty line of the style (GB/T 9704 spacing is counted in lines: “空二行”).
    public static func blank(_ style: ParagraphStyle) -> Paragraph { Paragraph(style, [Run]()) }
}

/// Changes to a paragraph's style for one paragraph; nil keeps the style's value.
public struct ParagraphOverrides: Sendable, Hashable {
    public var alignment: Alignment?
    /// Indents in points (a 字 of 三号 is 16 pt); a negative first-line indent hangs.
    public var leftIndent: Double?
    public var rightIndent: Double?
    public var firstLineIndent: Double?
    public var pageBreakBefore: Bool
    /// On the same page as the start of the next paragraph.
    public var keepWithNext: Bool
    /// All lines on one page.
    public var keepTogether: Bool
    /// Tab stops, in points from the text column's left edge (a paragraph with tab stops has no
    /// left indent, so Word and Writer measure them from the same place): a run with `tabBefore`
    /// starts at the next one (签发人 on the 发文字号's line, their names in columns).
    public var tabStops: [TabStop]

    public init(alignment: Alignment? = nil, leftIndent: Double? = nil, rightIndent: Double? = nil,
                firstLineIndent: Double? = nil, pageBreakBefore: Bool = false, keepWithNext: Bool = false,
                keepTogether: Bool = false, tabStops: [TabStop] = []) {
        self.tabStops = tabStops
        self.alignment = alignment
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.firstLineIndent = firstLineIndent
        self.pageBreakBefore = pageBreakBefore
        self.keepWithNext = keepWithNext
        self.keepTogether = keepTogether
    }

    /// Any indent differs from the style's.
    public var indents: Bool { leftIndent != nil || rightIndent != nil || firstLineIndent != nil }

    /// Field by field: comparing with a new empty value built one for every paragraph written.
    public var isEmpty: Bool {
        alignment == nil && leftIndent == nil && rightIndent == nil && firstLineIndent == nil && !pageBreakBefore && !keepWithNext
            && !keepTogether && tabStops.isEmpty
    }
}

/// A tab stop: where the text after a tab starts (`left`) or ends (`right`), in points.
public struct TabStop: Sendable, Hashable {
    public enum Side: Sendable, Hashable { case left, right }
    public var position: Double
    public var side: Side

    public init(_ side: Side, at position: Double) {
        self.side = side
        self.position = position
    }
}

/// A stretch of text with optional changes to the paragraph style's font.
public struct Run: Sendable, Hashable {
    public var text: String
    public var font: FontFace?
    /// Points.
    public var size: Double?
    public var color: Colour?
    /// Starts a new line of the same paragraph (a title of several lines is one paragraph: one
    /// entry in the navigation pane and the PDF bookmarks).
    public var lineBreakBefore: Bool
    /// Starts at the paragraph's next tab stop.
    public var tabBefore: Bool

    public init(_ text: String, font: FontFace? = nil, size: Double? = nil, color: Colour? = nil, lineBreakBefore: Bool = false,
                tabBefore: Bool = false) {
        self.tabBefore = tabBefore
        self.text = text
        self.font = font
        self.size = size
        self.color = color
        self.lineBreakBefore = lineBreakBefore
    }

    /// The run's formatting without its text (backends share one text style per format).
    public var format: RunFormat { RunFormat(font: font, size: size, color: color) }

    /// The run's text in stretches of Latin letters and digits (`western`) and the rest. The
    /// documents' language is Chinese (PDF `/Lang zh-CN`), and Writer breaks a line between any
    /// two characters in Chinese — digits too (0000-123|4567). Stretches marked English keep
    /// telephone numbers, dates and 文号 whole; a word joiner goes with the stretch before it.
    public var languageStretches: [(text: String, western: Bool)] {
        if let western = uniformLanguage { return [(text, western)] }
        if let split = asciiAndHanziStretches { return split }
        let found = stretches { character, previous in
            // A word joiner is a character of its own (it never joins a grapheme cluster), so its
            // scalar is compared: comparing characters is a string comparison.
            character.unicodeScalars.first == "\u{2060}" ? (previous ?? false) : character.isASCII && !character.isWhitespace
        }
        return found.isEmpty ? [("", false)] : found.map { ($0.text, $0.key) }
    }

    /// `languageStretches` one by one with their index, without building their list for a run
    /// of one kind (almost every run: the backends ask for every run's stretches, and a list per
    /// run was a fifth of an export's allocations).
    public func forEachLanguageStretch(_ body: (_ index: Int, _ text: String, _ western: Bool) throws -> Void) rethrows {
        if let western = uniformLanguage { return try body(0, text, western) }
        for (index, stretch) in languageStretches.enumerated() { try body(index, stretch.text, stretch.western) }
    }

    /// Whether every character of the text is western (true) or none is (false), as most texts
    /// are (names, units, numbers); nil for a mix. Scanned as bytes: a word joiner (not ASCII)
    /// among other characters takes their key, and an ASCII byte is a character of its own
    /// unless a non-ASCII scalar (which makes the text a mix) combines with it.
    var uniformLanguage: Bool? {
        text.withContiguousUTF8 { utf8 in
            var western = false, other = false
            for byte in utf8 {
                if byte >= 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte) { other = true } else { western = true }
                if western && other { return nil }
            }
            return western
        }
    }

    /// `languageStretches` of a text of printable ASCII and CJK unified ideographs only, as a
    /// 座位表's `8座` and `第1排` are: each of those scalars is a character of its own (none
    /// combines with another), so the text is cut where ASCII and ideographs meet without
    /// walking it character by character (which was most of the time of writing such a run).
    /// Nil for any other text.
    private var asciiAndHanziStretches: [(text: String, western: Bool)]? {
        var found: [(text: String, western: Bool)] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, index = scalars.startIndex
        var current: Bool?
        while index < scalars.endIndex {
            let value = scalars[index].value
            let western: Bool
            if (0x21...0x7E).contains(value) {
                western = true
            } else if (0x4E00...0x9FFF).contains(value) {
                western = false
            } else {
                return nil
            }
            if let current, current != western {
                found.append((String(scalars[start..<index]), current))
                start = index
            }
            current = western
            index = scalars.index(after: index)
        }
        if let current { found.append((String(scalars[start..<index]), current)) }
        return found
    }

    /// The run's text cut into maximal stretches of consecutive characters with the same key
    /// (`key` sees the character and the key before it). Each stretch is built in a variable of its
    /// own and appended once complete: appending to a String inside the array, or beside a bound
    /// copy of it, copied it on every character (quadratic in a long run).
    func stretches<Key: Equatable>(by key: (Character, Key?) -> Key) -> [(text: String, key: Key)] {
        var stretches: [(text: String, key: Key)] = []
        var text = "", current: Key?
        for character in self.text {
            let next = key(character, current)
            if let previous = current, previous != next {
                stretches.append((text, previous))
                text = ""
            }
            text.append(character)
            current = next
        }
        if let last = current { stretches.append((text, last)) }
        return stretches
    }
}

public struct RunFormat: Sendable, Hashable {
    public var font: FontFace?
    public var size: Double?
    public var color: Colour?
    /// Latin letters and digits, in English (see `Run.languageStretches`).
    public var western: Bool = false
    public var isPlain: Bool { font == nil && size == nil && color == nil && !western }
}

/// An sRGB colour.
public struct Colour: Sendable, Hashable {
    public var hex: String
    /// 红头 red: GB/T 9704 asks for red (print ink Y80 M80); templates use pure red on screen.
    public static let gongwenRed = Colour(hex: "FF0000")
    public static let black = Colour(hex: "000000")
}

public enum Alignment: String, Sendable, Hashable {
    case left, center, right, justify
}
