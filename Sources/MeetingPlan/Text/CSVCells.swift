import Foundation

/// Cells of the CSV that banhui writes (`seat --format csv`, `sort`), which offices open in Excel
/// and WPS.
public enum CSVCells {
    /// A value a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab or
    /// carriage return) gets a leading `'`, so it shows as text (cli.md, "Writing output").
    public static func neutralized(_ value: String) -> String {
        startsFormula(value.unicodeScalars.first) ? "'" + value : value
    }

    /// A cell as read from a roster: the `'` that banhui, Excel, WPS and LibreOffice put before
    /// `=`, `+`, `-` or `@` to keep a value from running as a formula is not part of the value,
    /// so `'=1+1` reads as `=1+1` (and is neutralized again when banhui writes CSV).
    public static func unneutralized(_ cell: String) -> String {
        var scalars = cell.unicodeScalars.makeIterator()
        guard scalars.next() == "'", let second = scalars.next(), ["=", "+", "-", "@"].contains(second) else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }

    private static func startsFormula(_ first: Unicode.Scalar?) -> Bool {
        guard let first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }

    /// One field: neutralized, then quoted (RFC 4180) when it holds a comma, quote or line break.
    public static func field(_ value: String) -> String {
        let text = neutralized(value)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A line of CSV as it was written, each field neutralized in place: quoting, separators and
    /// every other character are kept, so a sorted file differs from its input only by order and
    /// these marks.
    public static func neutralizedLine(_ line: String) -> String {
        enum State { case fieldStart, unquoted, quotedStart, quoted, quoteInQuoted }
        var state = State.fieldStart
        var out = ""
        for character in line {
            switch state {
            case .fieldStart where character == "\"":
                state = .quotedStart
            case .fieldStart where character == ",":
                break
            case .fieldStart:
                if startsFormula(character.unicodeScalars.first) { out += "'" }
                state = .unquoted
            case .quotedStart where character == "\"", .quoted where character == "\"":
                state = .quoteInQuoted
            case .quotedStart:
                if startsFormula(character.unicodeScalars.first) { out += "'" }
                state = .quoted
            case .quoted:
                break
            case .quoteInQuoted:
                state = character == "\"" ? .quoted : (character == "," ? .fieldStart : .unquoted)
            case .unquoted:
                if character == "," { state = .fieldStart }
            }
            out.append(character)
        }
        return out
    }
}
