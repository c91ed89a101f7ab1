import MeetingPlan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the text of files written by offices: UTF-8 (with or without BOM) or GB18030, which
/// Excel on Chinese Windows writes for "CSV". GB18030 goes through the C library's iconv.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", gb18030 = "GB18030" }

    /// Returns the text and the encoding found, or nil when the bytes are neither.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        if let text = convert(Array(body), from: "GB18030") { return (text, .gb18030) }
        return nil
    }

    /// The index of the first byte that does not belong to valid UTF-8, or nil when all do.
    public static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Converts bytes in `encoding` to a String with iconv; nil on any invalid sequence.
    static func convert(_ input: [UInt8], from encoding: String) -> String? {
        let descriptor = iconv_open("UTF-8", encoding)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var source = input.map { CChar(bitPattern: $0) }
        let converted: Int? = source.withUnsafeMutableBufferPointer { sourceBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = sourceBuffer.baseAddress
                var inLeft = sourceBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                if status == -1 || inLeft != 0 { return nil }
                return outputBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[..<converted], as: UTF8.self)
    }
}
