/// Reads the single-character entries of a Rime dictionary (`字<TAB>code[<TAB>weight]` after the
/// `...` line) straight from bytes. The stroke table has 88,000 lines and every command that sorts
/// by name needs it, so the tables keep the file's bytes and index them (character → where its
/// code is) in one pass over the bytes, with no `String` or array per line: a code is decoded only
/// when a name asks for its character.
enum RimeTable {
    /// One entry: its scalar, the byte ranges of its code and weight text (possibly empty), and
    /// whether a `#The following entries inherited` comment came before it.
    struct Entry {
        var scalar: Unicode.Scalar
        var code: Range<Int>
        var weight: Range<Int>
        var inherited: Bool
    }

    static func scan(_ bytes: [UInt8], entry: (Entry) -> Void) {
        let mainlandMarker = Array("#The following entries inherited".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let end = buffer.count
            var inBody = false
            var inherited = false
            var start = 0
            while start < end {
                var lineEnd = start
                while lineEnd < end && buffer[lineEnd] != 0x0A { lineEnd += 1 }
                defer { start = lineEnd + 1 }
                guard lineEnd > start else { continue }
                var contentEnd = lineEnd
                if buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                if !inBody {
                    if lineEnd - start == 3 && buffer[start] == 0x2E && buffer[start + 1] == 0x2E && buffer[start + 2] == 0x2E {
                        inBody = true
                    }
                    continue
                }
                if buffer[start] == UInt8(ascii: "#") {
                    if !inherited, contentEnd - start >= mainlandMarker.count,
                       mainlandMarker.indices.allSatisfy({ buffer[start + $0] == mainlandMarker[$0] }) {
                        inherited = true
                    }
                    continue
                }
                var tab = start
                while tab < contentEnd && buffer[tab] != 0x09 { tab += 1 }
                guard tab < contentEnd, let scalar = singleScalar(buffer, start, tab) else { continue }
                var secondTab = tab + 1
                while secondTab < contentEnd && buffer[secondTab] != 0x09 { secondTab += 1 }
                let weight = secondTab < contentEnd ? (secondTab + 1)..<contentEnd : contentEnd..<contentEnd
                entry(Entry(scalar: scalar, code: (tab + 1)..<secondTab, weight: weight, inherited: inherited))
            }
        }
    }

    /// The scalar when the UTF-8 bytes `start..<end` hold exactly one.
    private static func singleScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        guard start < end else { return nil }
        let lead = bytes[start]
        let length: Int
        switch lead {
        case 0..<0x80: length = 1
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default: return nil
        }
        guard end - start == length else { return nil }
        var value = UInt32(lead) & (length == 1 ? 0x7F : (0xFF >> (length + 1)))
        for index in (start + 1)..<end { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
