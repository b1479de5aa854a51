/// A set of short UTF-8 strings that answers membership for a slice of a buffer without allocating:
/// the sentence splitter asks it once or more per candidate boundary.
struct ByteStringSet: Sendable {
    private var buckets: [UInt64: [[UInt8]]] = [:]

    init<S: Sequence>(_ entries: S) where S.Element == [UInt8] {
        for entry in entries {
            let key = Self.hash(entry)
            if !(buckets[key]?.contains(entry) ?? false) { buckets[key, default: []].append(entry) }
        }
    }

    var isEmpty: Bool { buckets.isEmpty }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let bucket = buckets[Self.hash(bytes[range])] else { return false }
        return bucket.contains { $0.elementsEqual(bytes[range]) }
    }

    func contains(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { contains($0, 0..<$0.count) }
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
