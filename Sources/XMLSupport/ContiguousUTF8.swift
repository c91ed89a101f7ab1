extension String {
    /// The string's UTF-8 in place, without copying it first: a native or literal string's own
    /// storage, a small string's bytes on the stack. `String.withUTF8` is mutating, and a copy to
    /// call it on was a retain and a release for every name and value the XML writer wrote; the
    /// writers' scans of every run's text read their bytes this way too.
    @inlinable @inline(__always)
    package func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = self
        return try contiguous.withUTF8(body)
    }
}
