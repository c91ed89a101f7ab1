import MeetingPlan

/// What `banhui receipts` writes: the merged roster (CSV) and the summary (text or JSON).
public enum ReceiptReport {
    /// The roster columns of plan-format.md plus `lodging`, `arrive`, `leave`, `note`; one row per
    /// person attending (代会 rows with their `代…` note); 请假 rows are reported, not listed, since
    /// everyone under `people:` is seated. Cells a spreadsheet would run as a formula get a `'`.
    public static func rosterCSV(_ batch: ReceiptBatch) -> String {
        var lines = ["name,unit,title,rank,gender,phone,lodging,arrive,leave,note"]
        for entry in batch.attending {
            let fields = [entry.name, entry.unit, entry.title, entry.rank, entry.gender, entry.phone, entry.lodging, entry.arrive,
                          entry.leave, entry.note]
            lines.append(fields.map { csvField($0 ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `已报 3 个单位 12 人` with the files, 代会, 请假 and 未报 units.
    public static func text(_ batch: ReceiptBatch) -> String {
        var lines = [counts(batch)]
        for file in batch.files {
            lines.append("  \(file.unit ?? "（未填单位）")  \(file.file)  \(file.entries) 人（参会 \(file.entries - file.leave) 人，请假 \(file.leave) 人）")
        }
        for entry in batch.substitutes {
            if case .substitute(let absent) = entry.status { lines.append("代会：\(entry.name)（\(entry.unit)）代\(absent)") }
        }
        for entry in batch.onLeave { lines.append("请假：\(entry.name)（\(entry.unit)）") }
        lines.append(batch.missing.isEmpty ? "未报：无" : "未报 \(batch.missing.count) 个单位：\(batch.missing.joined(separator: "、"))")
        // Every line through the one escaping of printed values: no 回执 or file name can start a line.
        return lines.map(DiagnosticText.escaped).joined(separator: "\n") + "\n"
    }

    /// `已报 3 个单位 13 人：参会 12 人（含代会 1 人），请假 1 人`: everyone reported, as the file
    /// lines count them, then what they are.
    static func counts(_ batch: ReceiptBatch) -> String {
        "已报 \(batch.replied.count) 个单位 \(batch.entries.count) 人：参会 \(batch.attending.count) 人（含代会 \(batch.substitutes.count) 人），请假 \(batch.onLeave.count) 人"
    }

    public static func json(_ batch: ReceiptBatch, diagnostics: [Diagnostic]) -> String {
        func entry(_ entry: ReceiptBatch.Entry) -> JSONValue {
            var fields: [(key: String, value: JSONValue)] = [("name", .string(entry.name)), ("unit", .string(entry.unit))]
            if case .substitute(let absent) = entry.status { fields.append(("for", .string(absent))) }
            fields += [("file", .string(entry.location.file)), ("line", .integer(entry.location.line ?? 0))]
            return .object(fields, .inline)
        }
        let files: [JSONValue] = batch.files.map {
            .object([("file", .string($0.file)), ("unit", .optional($0.unit)), ("people", .integer($0.entries)), ("leave", .integer($0.leave))], .inline)
        }
        let problems: [JSONValue] = diagnostics.map { diagnostic in
            .object([("file", .string(diagnostic.location.file)), ("line", .optional(diagnostic.location.line)),
                     ("column", .optional(diagnostic.location.column)), ("severity", .string(diagnostic.severity.rawValue)),
                     ("code", .string(diagnostic.code.id)), ("message", .string(diagnostic.message))], .inline)
        }
        let units = { (names: [String]) -> JSONValue in .array(names.map(JSONValue.string), .inline) }
        return JSONValue.object([
            ("version", .integer(1)),
            ("meeting", .string(batch.meetingID)),
            ("counts", .object([("units", .integer(batch.replied.count)), ("reported", .integer(batch.entries.count)), ("people", .integer(batch.attending.count)),
                                ("substitutes", .integer(batch.substitutes.count)), ("leave", .integer(batch.onLeave.count))], .inline)),
            ("replied", units(batch.replied)),
            ("missing", units(batch.missing)),
            ("files", .array(files)),
            ("substitutes", .array(batch.substitutes.map(entry))),
            ("leave", .array(batch.onLeave.map(entry))),
            ("diagnostics", .array(problems)),
        ]).rendered
    }
}
