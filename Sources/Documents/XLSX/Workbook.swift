import MeetingPlan

/// A spreadsheet in neutral form, written by `XLSXWriter`: sheets of text and number cells with
/// a few named looks, frozen header rows, and drop-down lists.
public struct Workbook: Sendable {
    /// Document properties (title, author = organizer, created = 成文日期).
    public var title: String
    public var author: String?
    public var created: LocalDate?
    public var sheets: [Worksheet]

    public init(title: String, sheets: [Worksheet]) {
        self.title = title
        self.sheets = sheets
    }
}

public struct Worksheet: Sendable {
    /// The tab's name; `XLSXWriter` makes it valid and unique (31 characters, no `[]:*?/\`).
    public var name: String
    /// Title lines above the table (the first in bold), each merged across the table's columns.
    public var titles: [String]
    /// The table: header rows first. Rows may differ in length.
    public var rows: [[SheetCell]]
    /// Header rows kept in view when scrolling (frozen under the title).
    public var headerRows: Int
    /// Leading columns kept in view (row labels of a seat grid).
    public var frozenColumns: Int
    public var validations: [DataValidation]
    /// Widths columns get at least (in Excel's units), for forms whose cells are filled in later;
    /// otherwise a column is as wide as its longest text.
    public var minimumWidths: [Double]
    /// Filter buttons on the last header row, over the table (lists to sort and narrow down).
    public var filtered: Bool

    public init(name: String, titles: [String] = [], rows: [[SheetCell]], headerRows: Int = 1, frozenColumns: Int = 0,
                validations: [DataValidation] = [], minimumWidths: [Double] = [], filtered: Bool = false) {
        self.filtered = filtered
        self.name = name
        self.titles = titles
        self.rows = rows
        self.headerRows = headerRows
        self.frozenColumns = frozenColumns
        self.validations = validations
        self.minimumWidths = minimumWidths
    }
}

public struct SheetCell: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case number(Int)
        case empty
    }

    public enum Look: Sendable, Hashable {
        /// Bold on grey, centred, boxed: header rows and row labels.
        case header
        /// Centred and boxed: seat grids.
        case centered
        /// Left-aligned and boxed: lists.
        case text
    }

    public var value: Value
    public var look: Look

    public init(_ value: Value, _ look: Look) {
        self.value = value
        self.look = look
    }

    public static func text(_ text: String, _ look: Look = .text) -> SheetCell { SheetCell(text.isEmpty ? .empty : .text(text), look) }
    public static func number(_ number: Int, _ look: Look = .centered) -> SheetCell { SheetCell(.number(number), look) }
}

/// A drop-down list on a block of cells (rows and columns counted from 0 within the sheet's
/// table, the title lines not counted): only the choices are accepted.
public struct DataValidation: Sendable, Hashable {
    public var firstRow: Int
    public var lastRow: Int
    public var column: Int
    /// Written inline (`"男,女"`) when that is allowed (no comma or double quote in a choice, 255
    /// characters in all); otherwise listed on a hidden sheet that the validation refers to.
    public var choices: [String]

    public init(rows: ClosedRange<Int>, column: Int, choices: [String]) {
        self.firstRow = rows.lowerBound
        self.lastRow = rows.upperBound
        self.column = column
        self.choices = choices
    }
}
