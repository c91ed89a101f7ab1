import MeetingPlan

/// Rule 4.4 of the reference: a banquet with a visiting party. Both parties are listed apart, each
/// in its own precedence order, and merged table by table: every table hosted, the guests spread
/// over the tables in their order (guests 1–4 at table 1, the next at table 2, …), the host
/// party's people spread to sit with them, host and guest side alternating round each table.
public enum BanquetSpread {
    public enum Side: Sendable, Equatable {
        case host, guest
    }

    /// How many guests sit at each table. `sizes` are the people each table seats (its head
    /// included), table 1 first; `headed` says which tables already have a host-side head. Table 1
    /// takes the guests of its 主宾 seats (`mainGuestSeats`); the rest go one at a time to the
    /// table furthest below its fair share (guests × size ÷ everyone), lower numbers first on a
    /// tie, keeping a 主陪 at every table and, while the host party has people for it, a 副陪
    /// (rule 4.2.3) — no table of one party only unless that party has run out.
    public static func guestCounts(sizes: [Int], guests: Int, headed: [Bool], mainGuestSeats: Int) -> [Int] {
        let total = sizes.reduce(0, +)
        guard guests > 0, total > 0 else { return sizes.map { _ in 0 } }
        let hosts = total - guests
        // Host seats each table keeps: a 主陪 at the lower-numbered tables while host people last,
        // then a 副陪 likewise (a table of fewer than four has no seat opposite the 主陪 to give).
        var keep = sizes.map { _ in 0 }
        var spare = hosts
        for table in sizes.indices where spare > 0 && sizes[table] > 0 {
            keep[table] = 1
            spare -= 1
        }
        for table in sizes.indices where spare > 0 && sizes[table] >= 4 {
            keep[table] += 1
            spare -= 1
        }
        var counts = sizes.map { _ in 0 }
        counts[0] = min(guests, mainGuestSeats, max(0, sizes[0] - keep[0]))
        func share(_ table: Int) -> Double { Double(guests * sizes[table]) / Double(total) - Double(counts[table]) }
        for _ in counts[0]..<guests {
            // Tables with a free guest seat that keeps their host seats; failing that, any seat but
            // a head's (there is always one: every head is one of the host party).
            let limits: [(Int) -> Int] = [{ sizes[$0] - keep[$0] }, { sizes[$0] - (headed[$0] ? 1 : 0) }]
            for limit in limits {
                let open = sizes.indices.filter { counts[$0] < limit($0) }
                if let table = open.max(by: { (share($0), -$0) < (share($1), -$1) }) {
                    counts[table] += 1
                    break
                }
            }
        }
        return counts
    }

    /// The side of each seat of one table, by seat index. `order` is the table's seat order
    /// (most senior first) and `pattern` how many of its first seats the pattern fixes (the
    /// 主陪, 主宾 seats and 副陪 of rule 4.2.3: host, guest, guest, host, guest, guest); `open`
    /// the seats to give out, in that order, and `fixed` the sides of seats given already (pins).
    /// Every further seat goes to the side its seated neighbours have fewer of (主客穿插); on a
    /// tie, to the side with more people left, the host side if equal. A side that has run out
    /// leaves its seats to the other.
    public static func sides(order: [Int], pattern: Int, open: [Int], fixed: [Int: Side], hosts: Int, guests: Int) -> [Int: Side] {
        let roles: [Side] = [.host, .guest, .guest, .host, .guest, .guest]
        var planned: [Int: Side] = [:]
        for (index, seat) in order.prefix(min(pattern, roles.count)).enumerated() { planned[seat] = roles[index] }
        let n = order.count
        var result = fixed
        var left: [Side: Int] = [.host: hosts, .guest: guests]
        for seat in open {
            guard left[.host]! + left[.guest]! > 0 else { break }
            var side: Side
            if let wanted = planned[seat] {
                side = wanted
            } else {
                let neighbours = n > 1 ? [(seat + 1) % n, (seat + n - 1) % n].compactMap { result[$0] } : []
                let nearHosts = neighbours.filter { $0 == .host }.count, nearGuests = neighbours.count - nearHosts
                if nearHosts != nearGuests {
                    side = nearHosts < nearGuests ? .host : .guest
                } else {
                    side = left[.guest]! > left[.host]! ? .guest : .host
                }
            }
            if left[side]! == 0 { side = side == .host ? .guest : .host }
            left[side]! -= 1
            result[seat] = side
        }
        return result.filter { fixed[$0.key] == nil }
    }

    /// §4.2.6 of the reference (党政机关国内公务接待管理规定): up to 10 visitors may have at most
    /// 3 people of the host side at the meal, more visitors at most a third of their number.
    public static func hostLimit(visitors: Int) -> Int {
        visitors <= 10 ? 3 : visitors / 3
    }
}
