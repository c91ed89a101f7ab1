import MeetingPlan

/// The JSON of changes.md. Keys beyond the contract: `name` on seat and person entries and
/// `reason` on seat entries (`added`, `removed`, `moved`, `protocol`).
public enum ChangesJSON {
    public static func render(_ changes: PlanChanges) -> String {
        var lines = ["{", "  \"version\": 1,", "  \"meeting\": \(changes.meetingID.jsonQuoted),"]
        let meeting = changes.meetingChanges.map { "\($0.key.jsonQuoted): \(pair($0))" }
        lines.append("  \"meeting_changes\": {" + (meeting.isEmpty ? "}," : "\n    " + meeting.joined(separator: ",\n    ") + "\n  },"))
        lines.append("  \"people\": {")
        lines.append("    \"added\": \(ids(changes.added)),")
        lines.append("    \"removed\": \(ids(changes.removed)),")
        let changed = changes.changed.map { change in
            let fields = change.fields.map { "\($0.key.jsonQuoted): \(pair($0))" }.joined(separator: ", ")
            return "{\"person\": \(change.person.id.jsonQuoted), \"name\": \(change.person.name.jsonQuoted), \"fields\": {\(fields)}}"
        }
        lines.append("    \"changed\": " + list(changed, indent: "    "))
        lines.append("  },")
        let seats = changes.seats.map { change in
            "{\"person\": \(change.person.id.jsonQuoted), \"name\": \(change.person.name.jsonQuoted), \"zone\": \(change.zone.jsonQuoted), "
                + "\"from\": \(seat(change.from)), \"to\": \(seat(change.to)), \"reason\": \(change.reason.rawValue.jsonQuoted)}"
        }
        lines.append("  \"seats\": " + list(seats, indent: "  ") + ",")
        lines.append("  \"reprint\": {\"cards\": \(ids(changes.reprintCards)), \"withdraw\": \(ids(changes.withdrawnCards))}")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func ids(_ people: [PersonRef]) -> String {
        "[" + people.map(\.id.jsonQuoted).joined(separator: ", ") + "]"
    }

    private static func list(_ items: [String], indent: String) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    private static func pair(_ change: FieldChange) -> String { "[\(value(change.old)), \(value(change.new))]" }

    private static func value(_ value: FieldValue?) -> String {
        switch value {
        case nil: return "null"
        case .text(let text)?: return text.jsonQuoted
        case .list(let items)?: return "[" + items.map(\.jsonQuoted).joined(separator: ", ") + "]"
        }
    }

    private static func seat(_ label: SeatLabel?) -> String {
        switch label {
        case nil: return "null"
        case .row(let row, let seat)?: return "{\"row\": \(row), \"seat\": \(seat)}"
        case .table(let table, let seat)?: return "{\"table\": \(table), \"seat\": \(seat)}"
        }
    }
}
