import CDeflate
import ZipCompression
import Testing
import TestSupport

/// `crc32_update` must be zlib's `crc32` for every input: the zip headers carry it.
@Suite struct CRC32FoldingTests {
    /// 1 MB and a little of seeded random bytes, the same in every run.
    static let bytes: [UInt8] = {
        var generator = SeededGenerator(seed: 0x0C2C_3217)
        return (0..<(1 << 20) + 123).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }()

    static func zlib(_ crc: UInt32, _ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32_z(UInt(crc), $0.baseAddress, $0.count)) }
    }

    static func folded(_ crc: UInt32, _ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { crc32_update(crc, $0.baseAddress, $0.count) }
    }

    @Test func checkValue() {
        // The CRC-32 catalogue's check value for "123456789".
        #expect(Self.folded(0, Array("123456789".utf8)[...]) == 0xCBF4_3926)
        let zeros = [UInt8](repeating: 0, count: 4096)
        #expect(Self.folded(0, zeros[...]) == Self.zlib(0, zeros[...]))
    }

    @Test func everyLengthUpTo300AtEveryAlignment() {
        var mismatches: [String] = []
        for start in 0..<16 {
            for length in 0...300 {
                let slice = Self.bytes[start..<(start + length)]
                for crc: UInt32 in [0, 0xDEAD_BEEF] where Self.folded(crc, slice) != Self.zlib(crc, slice) {
                    mismatches.append("start \(start), length \(length), crc \(crc)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test(arguments: [511, 4096, 65_536 + 15, 1 << 20, (1 << 20) + 107])
    func largeInputs(length: Int) {
        for start in [0, 1, 8, 15] {
            let slice = Self.bytes[start..<(start + length)]
            #expect(Self.folded(0, slice) == Self.zlib(0, slice), "start \(start)")
            #expect(Self.folded(0x1234_5678, slice) == Self.zlib(0x1234_5678, slice), "start \(start)")
        }
    }

    /// The CRC of a + b is the CRC of b following the CRC of a, and `crc32_combine` joins the two.
    @Test func chainsAndCombines() {
        var generator = SeededGenerator(seed: 17)
        let whole = Self.bytes[0..<200_000]
        let expected = Self.zlib(0, whole)
        for _ in 0..<200 {
            let cut = Int.random(in: 0...whole.count, using: &generator)
            let head = Self.folded(0, whole[..<cut])
            #expect(Self.folded(head, whole[cut...]) == expected, "cut at \(cut)")
            let tail = Self.folded(0, whole[cut...])
            #expect(UInt32(crc32_combine(UInt(head), UInt(tail), off_t(whole.count - cut))) == expected, "cut at \(cut)")
        }
        // In many random pieces, as the package writer is given them.
        var crc: UInt32 = 0
        var offset = 0
        while offset < whole.count {
            let end = min(whole.count, offset + Int.random(in: 0...9000, using: &generator))
            crc = Self.folded(crc, whole[offset..<end])
            offset = end
        }
        #expect(crc == expected)
    }

    @Test func noBytesLeaveTheCRCAsZlibDoes() {
        #expect(crc32_update(0xABCD_EF01, nil, 0) == UInt32(crc32_z(0xABCD_EF01, nil, 0)))
        #expect(Self.bytes.withUnsafeBufferPointer { crc32_update(0xABCD_EF01, $0.baseAddress, 0) } == 0xABCD_EF01)
    }
}
