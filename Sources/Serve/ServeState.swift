import Documents
import MeetingPlan
import Seating

/// The JSON the page and `GET /api/state` read (docs/serve.md).
enum ServeState {
    /// `{"revision", "valid", "diagnostics", "seating", "chart", "documents"}`: when the plan is
    /// invalid, the seat map, chart and documents are the last good ones (`valid: false`).
    static func json(current: PlanSnapshot, lastGood: PlanSnapshot?) -> String {
        let shown = current.isValid ? current : lastGood
        var members: [(key: String, value: JSONValue)] = [
            ("revision", .string(current.revision)), ("valid", .bool(current.isValid)), ("diagnostics", diagnostics(current.diagnostics)),
        ]
        if let shown, let plan = shown.plan, let seats = shown.seats {
            members += [("seating", SeatMapFormats.jsonValue(seats, plan: plan)), ("chart", chart(seats, plan: plan)),
                        ("documents", .array(documentNames(shown).map(JSONValue.string), .inline))]
        } else {
            members += [("seating", .null), ("chart", .array([])), ("documents", .array([]))]
        }
        return JSONValue.object(members).rendered
    }

    /// `{"diagnostics": […]}`: the answer to an edit that would break the plan.
    static func rejection(_ list: [Diagnostic]) -> String {
        JSONValue.object([("diagnostics", diagnostics(list))]).rendered
    }

    static func diagnostics(_ list: [Diagnostic]) -> JSONValue {
        .array(list.map { item in
            .object([("file", .string(item.location.file)), ("line", .optional(item.location.line)), ("column", .optional(item.location.column)),
                     ("severity", .string(item.severity.rawValue)), ("code", .string(item.code.id)), ("message", .string(item.message)),
                     ("text", .string(item.description))], .inline)
        })
    }

    /// What `export` would write for the plan, by name.
    static func documentNames(_ snapshot: PlanSnapshot) -> [String] {
        guard let plan = snapshot.plan, let seats = snapshot.seats, let logistics = snapshot.logistics else { return [] }
        return DocumentExport.planned(plan, seats: seats, logistics: logistics, formats: [.docx, .odt]).map(\.name)
    }

    /// Every seat the page can drop a name on: per zone, rows of seats (venue seat numbers, `x`
    /// in seat widths, held or closed) or tables of S-indexed seats, with each sitter's name.
    static func chart(_ seats: SeatPlan, plan: Plan) -> JSONValue {
        let names = plan.peopleByID
        func seat(_ number: Int, _ id: String?, held: Bool, closed: Bool, pinned: Set<String>, x: Double? = nil) -> JSONValue {
            var members: [(key: String, value: JSONValue)] = [("seat", .integer(number))]
            if let x { members.append(("x", SeatMapFormats.coordinate(x))) }
            members += [("person", .optional(id)), ("name", .optional(id.map { names[$0]?.name ?? $0 })), ("closed", .bool(closed && !held)),
                        ("held", .bool(held)), ("pinned", .bool(id.map(pinned.contains) ?? false))]
            return .object(members, .inline)
        }
        return .array(seats.zones.map { zone in
            let spec = plan.seating.first { $0.name == zone.name }
            let held = Set(spec?.holds.map(\.seat) ?? [])
            let pinned = Set(spec?.pins.map(\.person) ?? [])
            let rows = zone.rows.map { row -> JSONValue in
                .object([("row", .integer(row.number)), ("seats", .array(row.drawnSeats.map { drawn in
                    seat(drawn.number, drawn.person, held: held.contains(.row(SeatAddress(row: row.number, seat: drawn.number))),
                         closed: drawn.closed, pinned: pinned, x: drawn.x)
                }, .inline))], .inline)
            }
            let tables = zone.tables.map { table -> JSONValue in
                .object([("table", .integer(table.number)), ("seats", .array(table.seats.enumerated().map { index, id in
                    seat(index, id, held: held.contains(.table(table.number, seat: index)), closed: false, pinned: pinned)
                }, .inline))], .inline)
            }
            return .object([("zone", .string(zone.name)), ("kind", .string(zone.kind.rawValue)), ("editable", .bool(zone.kind != .talks)),
                             ("rows", .array(rows)), ("tables", .array(tables))])
        })
    }

    /// The `--explain` line for a person: the rule that placed them and their precedence.
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
