/// A table: column widths, rows of cells, the header rows repeated on every page.
public struct Table: Sendable {
    /// Space between a cell's border and its text on every side, in millimetres. Written out in
    /// both formats (Word's own default is 1.9 mm left and right, which breaks 三字 names).
    public static let cellPadding = 0.5

    /// Millimetres; their sum is the table width.
    public var columnWidths: [Double]
    /// How many leading rows form the header repeated at the top of each page.
    public var headerRows: Int
    public var rows: [[TableCell]]
    public var borders: TableBorders
    /// Minimum row height in millimetres (room to sign), or nil.
    public var minRowHeight: Double?

    public init(columnWidths: [Double], headerRows: Int = 0, rows: [[TableCell]], borders: TableBorders = .grid(0.5),
                minRowHeight: Double? = nil) {
        self.columnWidths = columnWidths
        self.headerRows = headerRows
        self.rows = rows
        self.borders = borders
        self.minRowHeight = minRowHeight
    }
}

public enum TableBorders: Sendable, Hashable {
    /// Every cell boxed with lines of this width (points).
    case grid(Double)
    /// Every cell boxed with dashed lines of this width (points): cut lines between slips.
    case cutLines(Double)
    /// 版记: horizontal rules only, the first and last thick, the ones between thin (points).
    case horizontalRules(outer: Double, inner: Double)
}

public struct TableCell: Sendable {
    /// At least one paragraph (both formats require it).
    public var paragraphs: [Paragraph]
    /// How many grid columns the cell covers; a row's spans add up to the column count.
    public var span: Int

    public init(_ paragraphs: [Paragraph], span: Int = 1) {
        precondition(!paragraphs.isEmpty, "a table cell holds at least one paragraph")
        self.paragraphs = paragraphs
        self.span = span
    }

    public init(_ style: ParagraphStyle, _ text: String, span: Int = 1) { self.init([Paragraph(style, text)], span: span) }
}

/// A box of text placed on the page, independent of the text flow.
public struct TextFrame: Sendable {
    /// Millimetres from the top-left corner of the text area.
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    /// Turned half a turn (the upper face of a tent card).
    public var upsideDown: Bool
    public var paragraph: Paragraph

    public init(x: Double, y: Double, width: Double, height: Double, upsideDown: Bool, paragraph: Paragraph) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.upsideDown = upsideDown
        self.paragraph = paragraph
    }
}
