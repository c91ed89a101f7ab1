import Testing
import XMLSupport

struct ByteBufferTests {
    @Test func growingKeepsEveryByteWrittenAndInPlaceWritesCount() {
        var buffer = ByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        var expected: [UInt8] = []
        for value in 0..<1_000 {
            let byte = UInt8(truncatingIfNeeded: value)
            buffer.append(byte)
            expected.append(byte)
            if value % 97 == 0 {
                let run = [UInt8](repeating: byte, count: value % 300)
                buffer.append(run)
                expected += run
            }
        }
        buffer.reserve(10)
        #expect(buffer.room.count >= 10)
        for index in 0..<10 { buffer.room[index] = UInt8(index) }
        buffer.advance(by: 10)
        expected += (0..<10).map(UInt8.init)
        buffer.set(0xAB, at: 5)
        expected[5] = 0xAB
        #expect(buffer.array() == expected)
        buffer.removeAll()
        #expect(buffer.isEmpty && buffer.array().isEmpty)
    }
}
