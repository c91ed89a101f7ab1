/// Bounds of free texts (limits.md, LIMIT010): far above what an office writes, so that a pasted
/// document or a generated megabyte is refused where it stands instead of being set into every
/// card, table cell and report line.
public enum TextBounds {
    /// A one-line text: a title, venue, place, agenda or schedule item, note, organ, phone, a
    /// roster or 回执 cell.
    public static let line = 500
    /// A unit or 职务 (of a person, a `units:` entry, a roster or 回执 cell): set whole in table
    /// cells, on 桌签 and in the seating charts' keys.
    public static let unitOrTitle = 200
    /// A paragraph of the notice (purpose, attendees, a requirement).
    public static let paragraph = 5_000

    /// The bound of a roster or 回执 cell: `unitOrTitle` for its 单位 and 职务 columns, `line` for the others.
    public static func cell(isUnitOrTitle: Bool) -> Int { isUnitOrTitle ? unitOrTitle : line }

    /// Logs LIMIT010 at `location` when `text` has more than `bound` characters; true when not.
    public static func check(_ text: String, bound: Int, what: String, at location: SourceLocation, log: DiagnosticLog) -> Bool {
        guard text.utf8.count > bound else { return true }
        let count = text.count
        guard count > bound else { return true }
        log.error(.textTooLong, "\(what)有 \(count) 个字，超过上限 \(bound) 个字：“\(quoted: text)”", at: location)
        return false
    }
}
