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
        for (index, row) in rows.enumerated() {
            var column = 0
            for cell in row {
                defer { column += cell.span }
                guard cell.span == 1, column < count else { continue }
                var width = 0.0
                for paragraph in cell.paragraphs { width = max(width, textWidth(paragraph)) }
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

    /// Millimetres a paragraph's one line takes, with the slack.
    static func textWidth(_ paragraph: Paragraph) -> Double {
        let (styleSize, spacing) = GongwenStyles.sizeAndSpacing[paragraph.style] ?? (GongwenStyles.tableText.size, GongwenStyles.tableText.letterSpacing)
        let points = paragraph.runs.reduce(0) { sum, run in
            let size = run.size ?? styleSize
            return sum + TextMeasure.width(run.text, size: size, spacing: spacing) + Double(scriptChanges(run.text)) * size / 4
        }
        return points * 25.4 / 72 + slack
    }

    /// Places where Latin letters or digits meet Chinese (`12|月|8|日`): Word and Writer put a
    /// quarter em between them (autospace).
    /// Counted in one pass over the scalars (word joiners skipped), without lists: every cell
    /// of a 3,000-row table is measured.
    static func scriptChanges(_ text: String) -> Int {
        func latin(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            case 0x80..<0x100: return scalar.properties.isAlphabetic
            default: return false
            }
        }
        var changes = 0
        var previousLatin = false, previousChinese = false
        for scalar in text.unicodeScalars where scalar != "\u{2060}" {
            let isLatin = latin(scalar), isChinese = GBKFallback.isHan(scalar)
            if (previousLatin && isChinese) || (previousChinese && isLatin) { changes += 1 }
            (previousLatin, previousChinese) = (isLatin, isChinese)
        }
        return changes
    }
}
