import Documents
import MeetingPlan
import Seating

/// The JSON the page and `GET /api/state` read (docs/serve.md).
enum ServeState {
    /// `{"revision", "valid", "diagnostics", "seating", "chart", "documents", "people"}`: when the
    /// plan is invalid, the seat map, chart and documents are the last good ones (`valid: false`).
    static func json(current: PlanSnapshot, lastGood: PlanSnapshot?) -> String {
        let shown = current.isValid ? current : lastGood
        var fields = [
            "\"revision\": \(current.revision.jsonQuoted)",
            "\"valid\": \(current.isValid)",
            "\"diagnostics\": \(diagnostics(current.diagnostics))",
        ]
        if let shown, let plan = shown.plan, let seats = shown.seats {
            fields.append("\"seating\": \(SeatMapFormats.json(seats, plan: plan).dropLast())")
            fields.append("\"chart\": \(chart(seats, plan: plan))")
            fields.append("\"documents\": [" + documentNames(shown).map(\.jsonQuoted).joined(separator: ", ") + "]")
        } else {
            fields += ["\"seating\": null", "\"chart\": []", "\"documents\": []"]
        }
        return "{\n" + fields.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
    }

    static func diagnostics(_ list: [Diagnostic]) -> String {
        let items = list.map { item -> String in
            let location = item.location
            return "{\"file\": \(location.file.jsonQuoted), \"line\": \(location.line.map(String.init) ?? "null"), "
                + "\"column\": \(location.column.map(String.init) ?? "null"), \"severity\": \(item.severity.rawValue.jsonQuoted), "
                + "\"code\": \(item.code.id.jsonQuoted), \"message\": \(item.message.jsonQuoted), \"text\": \(item.description.jsonQuoted)}"
        }
        return "[" + items.joined(separator: ",\n    ") + "]"
    }

    /// What `export` would write for the plan, by name.
    static func documentNames(_ snapshot: PlanSnapshot) -> [String] {
        guard let plan = snapshot.plan, let seats = snapshot.seats else { return [] }
        return DocumentExport.planned(plan, seats: seats, formats: [.docx, .odt]).map(\.name)
    }

    /// Every seat the page can drop a name on: per zone, rows of seats (venue seat numbers, `x`
    /// in seat widths, held or closed) or tables of S-indexed seats, with each sitter's name.
    static func chart(_ seats: SeatPlan, plan: Plan) -> String {
        let names = plan.peopleByID
        func person(_ id: String?) -> String {
            guard let id else { return "\"person\": null, \"name\": null" }
            return "\"person\": \(id.jsonQuoted), \"name\": \((names[id]?.name ?? id).jsonQuoted)"
        }
        let zones = seats.zones.map { zone -> String in
            let spec = plan.seating.first { $0.name == zone.name }
            let held = Set(spec?.holds.map(\.seat) ?? [])
            let pinned = Set(spec?.pins.map(\.person) ?? [])
            let rows = zone.rows.map { row -> String in
                let drawn = row.drawnSeats.map { seat -> String in
                    let isHeld = held.contains(.row(SeatAddress(row: row.number, seat: seat.number)))
                    return "{\"seat\": \(seat.number), \"x\": \(SeatMapFormats.number(seat.x)), \(person(seat.person)), "
                        + "\"closed\": \(seat.closed && !isHeld), \"held\": \(isHeld), \"pinned\": \(seat.person.map(pinned.contains) ?? false)}"
                }
                return "{\"row\": \(row.number), \"seats\": [" + drawn.joined(separator: ", ") + "]}"
            }
            let tables = zone.tables.map { table -> String in
                let drawn = table.seats.enumerated().map { index, id -> String in
                    let isHeld = held.contains(.table(table.number, seat: index))
                    return "{\"seat\": \(index), \(person(id)), \"closed\": false, \"held\": \(isHeld), \"pinned\": \(id.map(pinned.contains) ?? false)}"
                }
                return "{\"table\": \(table.number), \"seats\": [" + drawn.joined(separator: ", ") + "]}"
            }
            return "{\"zone\": \(zone.name.jsonQuoted), \"kind\": \(zone.kind.rawValue.jsonQuoted), \"editable\": \(zone.kind != .talks), "
                + "\"rows\": [" + rows.joined(separator: ",\n      ") + "], \"tables\": [" + tables.joined(separator: ",\n      ") + "]}"
        }
        return "[" + zones.joined(separator: ",\n    ") + "]"
    }

    /// The `--explain` sentence for a person: the rule that placed them and their precedence.
    static func explanation(of person: String, in snapshot: PlanSnapshot) -> String? {
        guard let plan = snapshot.plan, let seats = snapshot.seats else { return nil }
        for zone in seats.zones {
            if let item = zone.explanations.first(where: { $0.personID == person }) {
                return SeatMapFormats.explanation(item, name: plan.person(person)?.name ?? "")
            }
        }
        return nil
    }
}
