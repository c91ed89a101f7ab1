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
        func entry(_ entry: ReceiptBatch.Entry) -> String {
            var fields = ["\"name\": \(entry.name.jsonQuoted)", "\"unit\": \(entry.unit.jsonQuoted)"]
            if case .substitute(let absent) = entry.status { fields.append("\"for\": \(absent.jsonQuoted)") }
            fields.append("\"file\": \(entry.location.file.jsonQuoted)")
            fields.append("\"line\": \(entry.location.line ?? 0)")
            return "{" + fields.joined(separator: ", ") + "}"
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" }
        let files = batch.files.map {
            "{\"file\": \($0.file.jsonQuoted), \"unit\": \($0.unit?.jsonQuoted ?? "null"), \"people\": \($0.entries), \"leave\": \($0.leave)}"
        }
        let problems = diagnostics.map { diagnostic in
            "{\"file\": \(diagnostic.location.file.jsonQuoted), \"line\": \(diagnostic.location.line.map(String.init) ?? "null"), "
                + "\"column\": \(diagnostic.location.column.map(String.init) ?? "null"), \"severity\": \(diagnostic.severity.rawValue.jsonQuoted), "
                + "\"code\": \(diagnostic.code.id.jsonQuoted), \"message\": \(diagnostic.message.jsonQuoted)}"
        }
        let units = { (names: [String]) in "[" + names.map(\.jsonQuoted).joined(separator: ", ") + "]" }
        return """
            {
              "version": 1,
              "meeting": \(batch.meetingID.jsonQuoted),
              "counts": {"units": \(batch.replied.count), "reported": \(batch.entries.count), "people": \(batch.attending.count), "substitutes": \(batch.substitutes.count), "leave": \(batch.onLeave.count)},
              "replied": \(units(batch.replied)),
              "missing": \(units(batch.missing)),
              "files": \(list(files)),
              "substitutes": \(list(batch.substitutes.map(entry))),
              "leave": \(list(batch.onLeave.map(entry))),
              "diagnostics": \(list(problems))
            }

            """
    }
}
