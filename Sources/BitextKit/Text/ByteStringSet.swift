/// A set of short UTF-8 strings that answers membership for a slice of a buffer without allocating:
/// the sentence splitter asks it once or more per candidate boundary, so lookups hash the bytes in place
/// (FNV-1a) into an open-addressing table instead of building an array for a `Set`.
struct ByteStringSet: Sendable {
    private let slots: [Int32]  // index into `entries`, or -1 for an empty slot
    private let hashes: [UInt64]
    private let entries: [[UInt8]]
    private let mask: Int

    init<S: Sequence>(_ items: S) where S.Element == [UInt8] {
        var unique: [[UInt8]] = []
        var seen = Set<[UInt8]>()
        for item in items where seen.insert(item).inserted { unique.append(item) }
        var capacity = 8
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var hashes = [UInt64](repeating: 0, count: capacity)
        for (index, entry) in unique.enumerated() {
            let hash = Self.hash(entry)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
            hashes[slot] = hash
        }
        self.slots = slots
        self.hashes = hashes
        self.entries = unique
        self.mask = capacity - 1
    }

    var isEmpty: Bool { entries.isEmpty }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let hash = Self.hash(bytes[range])
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash, entries[Int(slots[slot])].elementsEqual(bytes[range]) { return true }
            slot = (slot + 1) & mask
        }
        return false
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
