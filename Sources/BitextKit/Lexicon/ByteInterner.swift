/// Interns byte strings (words) to dense ids with an open-addressing hash table over one byte
/// arena. Dictionary loading looks up millions of words; `Dictionary<[UInt8], …>` hashes byte by
/// byte through `Hasher` and allocates an array per key, which made the Ding dictionary take
/// seconds. FNV-1a over the bytes and a flat table take a fraction of that.
struct ByteInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Slots: 0 when empty, else (upper 32 bits of the hash) << 32 | (id + 1), so that most
    /// mismatches are rejected without touching the arena.
    private var table: [UInt64] = Array(repeating: 0, count: 1 << 12)

    var count: Int { hashes.count }

    /// The id of `word`, adding it when new (`isNew`).
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        var mask = table.count - 1
        var slot = Self.slot(hash, mask: mask)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if equals(id, word) { return (Int32(id), false) }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        arena.append(contentsOf: word)
        starts.append(arena.count)
        hashes.append(hash)
        table[slot] = tag | UInt64(id + 1)
        if hashes.count * 2 > table.count {
            grow()
            mask = table.count - 1
        }
        return (id, true)
    }

    /// FNV's low bits cluster for short words; a multiplicative mix spreads them over the table.
    @inline(__always)
    private static func slot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The bytes of an interned word.
    func bytes(_ id: Int32) -> ArraySlice<UInt8> {
        arena[starts[Int(id)]..<starts[Int(id) + 1]]
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == word.count else { return false }
        for i in 0..<word.count where arena[start + i] != word[i] { return false }
        return true
    }

    private mutating func grow() {
        table = Array(repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Self.slot(hash, mask: mask)
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        }
    }
}
