import MeetingPlan

/// Rule 3 of the reference: 会谈 across a table and 会见 side by side.
public enum TalksSeating {
    /// 对坐式 at a long table parallel to the door: guests on the far side facing the door, hosts
    /// opposite, each side ordered like a rostrum row in its own frame (`policy`, usually 以左为尊)
    /// and the two principals facing each other. An interpreter sits at the host 主谈's right and
    /// at the main guest's left (外事, rule 3.1.5): both on the drawing's right of their principal,
    /// at the same end of the table, facing each other. Returns the two sides left→right on a
    /// drawing with the door at the bottom.
    public static func facingRows<Item: Equatable>(hosts: [Item], guests: [Item], policy: RowPolicy,
                                                   hostInterpreter: Item? = nil, guestInterpreter: Item? = nil) -> (far: [Item?], near: [Item?]) {
        // Guests face the door, so their own left is the drawing's right; hosts face away from it,
        // so their own right is the drawing's right too.
        // The interpreter takes rank 2, whose seat is on the side where the interpreter belongs
        // (the row mirrored in the party's own frame when rank 2 falls on the other side), so the
        // deputy sits at the principal's other side: G2 G1 I_g G3 and H2 H1 I_h H3 on the drawing
        // (reference §3.2). Should the interpreter still not sit beside the principal, they are
        // inserted there.
        func arranged(_ party: [Item], interpreter: Item?, onOwnLeft: Bool, mirrored: Bool) -> ArrangedRow<Item> {
            func drawn(_ row: ArrangedRow<Item>) -> ArrangedRow<Item> { mirrored ? row.mirrored : row }
            guard let interpreter else { return drawn(RowArrangement.seated(party, policy: policy)) }
            var ranked = party
            ranked.insert(interpreter, at: min(ranked.count, 1))
            var own = RowArrangement.seated(ranked, policy: policy)
            if (policy.honour == .left) != onOwnLeft { own = own.mirrored }
            let row = drawn(own)
            // On the drawing both interpreters are right of their principal.
            if let principal = row.seats.firstIndex(where: { $0 == party[0] }), principal + 1 < row.seats.count, row.seats[principal + 1] == interpreter {
                return row
            }
            var plain = drawn(RowArrangement.seated(party, policy: policy))
            if let principal = plain.seats.firstIndex(where: { $0 == party[0] }) { plain.seats.insert(interpreter, at: principal + 1) }
            return plain
        }
        // The guest interpreter at the main guest's own left; the host interpreter at the host's own right.
        let far = arranged(guests, interpreter: guestInterpreter, onOwnLeft: true, mirrored: true)
        let near = arranged(hosts, interpreter: hostInterpreter, onOwnLeft: false, mirrored: false)
        let width = max(far.seats.count, near.seats.count)
        func centred(_ row: ArrangedRow<Item>) -> [Item?] {
            // Put the row's centre line on the table's centre line.
            let shift = Int((Double(width - 1) / 2 - row.centreLine).rounded(.down))
            var seats = [Item?](repeating: nil, count: width)
            for (index, item) in row.seats.enumerated() where index + shift >= 0 && index + shift < width {
                seats[index + shift] = item
            }
            return seats
        }
        return (centred(far), centred(near))
    }

    /// The two sides of a long table as a table-frame seat list: S0 the guest principal (facing
    /// the door), then clockwise on the drawing (along the far side to the right, back along the near side).
    /// Also returns S0's index on the far side.
    public static func tableSeats<Item: Equatable>(far: [Item?], near: [Item?], principal: Item) -> (seats: [Item?], farStart: Int) {
        let clockwise = far + near.reversed()
        let start = clockwise.firstIndex(of: principal) ?? 0
        return (Array(clockwise[start...] + clockwise[..<start]), start)
    }

    /// 并列式 会见: host and main guest side by side facing the door, the guest at the host's right
    /// (`honour: right`; `left` is the 公务 variant with the guest at the host's left), each party
    /// continuing outward on its own side. Returns the principals' own left→right (FD).
    public static func sideBySide<Item>(hosts: [Item], guests: [Item], honour: Honour) -> [Item] {
        honour == .right ? hosts.reversed() + guests : guests.reversed() + hosts
    }

    /// 外事 photo (rule 5.1.3): host in the centre, then guests and hosts in pairs so that they
    /// alternate outward on both sides and hosts hold the ends: H1, G1, G2, H2, H3, G3, G4, …
    public static func photoSequence<Item>(hosts: [Item], guests: [Item]) -> [Item] {
        var hostQueue = hosts[...], guestQueue = guests[...]
        var sequence: [Item] = hostQueue.popFirst().map { [$0] } ?? []
        var guestTurn = true
        while !hostQueue.isEmpty || !guestQueue.isEmpty {
            for _ in 0..<2 {
                if let next = (guestTurn ? guestQueue.popFirst() : hostQueue.popFirst()) ?? (guestTurn ? hostQueue.popFirst() : guestQueue.popFirst()) {
                    sequence.append(next)
                }
            }
            guestTurn.toggle()
        }
        return sequence
    }
}
