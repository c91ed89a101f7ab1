/// Table columns sized from their text: a column is as wide as its longest line in the em of
/// the cell's face and size, so headers and short cells (是否住宿, （星期一）, 第1排第10座, a
/// leader's 职务) never wrap; what is left of the width goes to the column meant to take it
/// (room to write or sign). When the text is wider than the page the longest columns give way,
/// never below their header.
enum ColumnFit {
    /// Space beyond the text: the cell's padding on both sides and 1 mm for the faces' own
    /// side bearings, so a line measured to fit does fit.
    static let slack = 2 * Table.cellPadding + 1

    /// Widths in millimetres for `rows` (single-column cells only count) on `total` mm;
    /// `minimums` per column (room to fill in by hand), `fill` the column that takes the rest.
    static func widths(_ rows: [[TableCell]], headerRows: Int = 1, total: Double, minimums: [Double], fill: Int) -> [Double] {
        let count = minimums.count
        var natural = minimums
        var header = Array(repeating: 0.0, count: count)
        var measure = LineMeasure()
        // By index: a for-in over the rows, cells and paragraphs copied each (retaining its arrays).
        for index in rows.indices {
            var column = 0
            for cell in rows[index].indices {
                let span = rows[index][cell].span
                defer { column += span }
                guard span == 1, column < count else { continue }
                var width = 0.0
                for paragraph in rows[index][cell].paragraphs.indices {
                    width = max(width, measure.width(rows[index][cell].paragraphs[paragraph]))
                }
                natural[column] = max(natural[column], width)
                if index < headerRows { header[column] = max(header[column], width) }
            }
        }
        var fitted = natural
        let sum = natural.reduce(0, +)
        if sum <= total {
            fitted[fill] += total - sum
            return fitted
        }
        // Too wide: the column meant to take the rest gives way first, down to its header (its
        // text wraps there anyway); then every column gives a share of what it has beyond its
        // header and its room to write.
        let floor = zip(minimums, header).map { max($0, $1) }
        fitted[fill] = max(header[fill], natural[fill] - (sum - total))
        let over = fitted.reduce(0, +) - total
        guard over > 0 else { return fitted }
        var floors = floor
        floors[fill] = fitted[fill]
        let give = zip(fitted, floors).map { max(0, $0 - $1) }
        let available = give.reduce(0, +)
        if available >= over, available > 0 {
            return zip(fitted, give).map { $0 - $1 * over / available }
        }
        let floorSum = floors.reduce(0, +)
        return floors.map { $0 * total / floorSum }
    }

    /// Paragraphs measured one after another: the style's size and spacing are looked up again
    /// only when the style changes (a table's cells share one or two, and looking the id up for
    /// each of a 3,000-row table's cells was a third of the measuring).
    struct LineMeasure {
        private var style: String?
        private var size = 0.0, spacing = 0.0

        /// Millimetres a paragraph's one line takes, with the slack.
        mutating func width(_ paragraph: Paragraph) -> Double {
            if paragraph.style != style {
                style = paragraph.style
                (size, spacing) = GongwenStyles.sizeAndSpacing[paragraph.style] ?? (GongwenStyles.tableText.size, GongwenStyles.tableText.letterSpacing)
            }
            var points = 0.0
            for run in paragraph.runs.indices {
                let line = TextMeasure.line(paragraph.runs[run].text, size: paragraph.runs[run].size ?? size, spacing: spacing)
                points = points + line.width + line.autospace
            }
            return points * 25.4 / 72 + slack
        }
    }
}
