/// Rules of the reference that have no zone kind in the plan format (no seats in a hall or at a
/// table): the signing table (rule 5.2) and vehicles (rule 6). They are kept as engine rules so
/// that the documents can state them and tests pin them.
public enum SigningCeremony {
    /// Bilateral signing, in the signers' own left→right (they face the door): the host signer on
    /// the left and the guest on the right, each 助签人 at the outer side; the standing lines have
    /// each party's highest nearest the centre line.
    public static func arrange<Item>(hostSigner: Item, guestSigner: Item, hostHelper: Item, guestHelper: Item,
                                     hostParty: [Item], guestParty: [Item]) -> (front: [Item], behind: [Item]) {
        ([hostHelper, hostSigner, guestSigner, guestHelper], hostParty.reversed() + guestParty)
    }
}

/// Seats of a car, for rule 6.
public enum VehicleSeat: String, CaseIterable, Sendable {
    case rearRight = "后排右", rearLeft = "后排左", rearMiddle = "后排中", frontPassenger = "副驾驶"
}

public enum Vehicle: Sendable {
    /// A sedan with a professional driver, one the host drives, or a jeep.
    case sedanWithDriver, ownerDriven, jeep

    /// Seats from the most to the least senior (mainland right-hand traffic).
    public var seatOrder: [VehicleSeat] {
        switch self {
        case .sedanWithDriver: return [.rearRight, .rearLeft, .rearMiddle, .frontPassenger]
        case .ownerDriven: return [.frontPassenger, .rearRight, .rearLeft, .rearMiddle]
        case .jeep: return [.frontPassenger, .rearRight, .rearLeft]
        }
    }

    /// Who sits where, most senior first.
    public func seat<Item>(_ ranked: [Item]) -> [(seat: VehicleSeat, item: Item)] {
        zip(seatOrder, ranked).map { ($0, $1) }
    }
}
