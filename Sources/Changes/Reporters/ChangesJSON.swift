import MeetingPlan

/// The JSON of changes.md. Keys beyond the contract: `name` on seat and person entries and
/// `reason` on seat entries (`added`, `removed`, `moved`, `protocol`); `logistics`, one entry per
/// person and changed group, room, meal table or vehicle (`kind`: group, room, meal, trip; `item`:
/// the meal or trip id; `from`/`to` null where the person had none).
public enum ChangesJSON {
    public static func render(_ changes: PlanChanges) -> String {
        let person = { (ref: PersonRef) -> [(key: String, value: JSONValue)] in [("person", .string(ref.id)), ("name", .string(ref.name))] }
        let changed: [JSONValue] = changes.changed.map { change in
            .object(person(change.person) + [("fields", .object(change.fields.map { ($0.key, pair($0)) }, .inline))], .inline)
        }
        let seats: [JSONValue] = changes.seats.map { change in
            .object(person(change.person) + [("zone", .string(change.zone))] + (change.session.map { [("session", JSONValue.string($0))] } ?? [])
                    + [("from", seat(change.from)), ("to", seat(change.to)), ("reason", .string(change.reason.rawValue))], .inline)
        }
        let logistics: [JSONValue] = changes.logistics.map { change in
            .object(person(change.person) + [("kind", .string(change.kind.rawValue))] + (change.item.map { [("item", .string($0))] } ?? [])
                    + [("from", change.from.map(JSONValue.string) ?? .null), ("to", change.to.map(JSONValue.string) ?? .null)], .inline)
        }
        return JSONValue.object([
            ("version", .integer(1)),
            ("meeting", .string(changes.meetingID)),
            ("meeting_changes", .object(changes.meetingChanges.map { ($0.key, pair($0)) })),
            ("people", .object([("added", ids(changes.added)), ("removed", ids(changes.removed)), ("changed", .array(changed))])),
            ("seats", .array(seats)),
            ("logistics", .array(logistics)),
            ("reprint", .object([("cards", ids(changes.reprintCards)), ("withdraw", ids(changes.withdrawnCards)),
                                  ("move", ids(changes.movedCards))], .inline)),
        ]).rendered
    }

    private static func ids(_ people: [PersonRef]) -> JSONValue { .array(people.map { .string($0.id) }, .inline) }

    private static func pair(_ change: FieldChange) -> JSONValue { .array([value(change.old), value(change.new)], .inline) }

    private static func value(_ value: FieldValue?) -> JSONValue {
        switch value {
        case nil: return .null
        case .text(let text)?: return .string(text)
        case .list(let items)?: return .array(items.map(JSONValue.string), .inline)
        }
    }

    private static func seat(_ label: SeatLabel?) -> JSONValue {
        switch label {
        case nil: return .null
        case .row(let row, let seat)?: return .object([("row", .integer(row)), ("seat", .integer(seat))], .inline)
        case .table(let table, let seat)?: return .object([("table", .integer(table)), ("seat", .integer(seat))], .inline)
        }
    }
}
