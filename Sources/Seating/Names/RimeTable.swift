/// Reads the single-character entries of a Rime dictionary (`字<TAB>code[<TAB>weight]` after the
/// `...` line) straight from bytes: the stroke table has 88,000 lines and is read on every run that
/// sorts by name, so no per-line `String` is made for lines that are skipped.
enum RimeTable {
    /// Calls `entry` with each single-character line's scalar, its code bytes, the weight text
    /// bytes (possibly empty) and whether a `#The following entries inherited` comment was seen.
    static func scan(_ bytes: [UInt8], entry: (Unicode.Scalar, ArraySlice<UInt8>, ArraySlice<UInt8>, Bool) -> Void) {
        let mainlandMarker = Array("#The following entries inherited".utf8)
        var inBody = false
        var inherited = false
        var start = 0
        let end = bytes.count
        while start < end {
            var lineEnd = start
            while lineEnd < end && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[start..<lineEnd]
            start = lineEnd + 1
            guard let first = line.first else { continue }
            if !inBody {
                if line.elementsEqual("...".utf8) { inBody = true }
                continue
            }
            if first == UInt8(ascii: "#") {
                if line.starts(with: mainlandMarker) { inherited = true }
                continue
            }
            guard let tab = line.firstIndex(of: 0x09), let scalar = singleScalar(line[line.startIndex..<tab]) else { continue }
            let rest = line[(tab + 1)...]
            let secondTab = rest.firstIndex(of: 0x09) ?? rest.endIndex
            var code = rest[rest.startIndex..<secondTab]
            if code.last == 0x0D { code = code.dropLast() }
            var weight = secondTab < rest.endIndex ? rest[(secondTab + 1)...] : rest[rest.endIndex...]
            if weight.last == 0x0D { weight = weight.dropLast() }
            entry(scalar, code, weight, inherited)
        }
    }

    /// The scalar when the UTF-8 bytes hold exactly one.
    private static func singleScalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard let lead = bytes.first else { return nil }
        let length: Int
        switch lead {
        case 0..<0x80: length = 1
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default: return nil
        }
        guard bytes.count == length else { return nil }
        var value = UInt32(lead) & (length == 1 ? 0x7F : (0xFF >> (length + 1)))
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value)
    }
}
