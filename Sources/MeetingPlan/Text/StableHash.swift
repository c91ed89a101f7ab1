/// A short, stable name for a text: the same on every machine and in every run (unlike
/// `Hasher`), for identifiers derived from user text (calendar UIDs, folder names).
public enum StableHash {
    /// The 64-bit FNV-1a hash of the text's UTF-8 bytes, as 16 hexadecimal digits.
    public static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
