/// Bounds-checked little-endian reading of a byte array, for the cache's entries (`Lexicon+Serialization`,
/// `DingTables+Serialization`): every read past the end is nil.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset == bytes.count }

    /// The bytes not read yet: a count read from a damaged file is checked against them before
    /// anything is sized by it.
    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func u32() -> Int? {
        guard let b = take(4) else { return nil }
        return b.reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// `count` little-endian i32, loaded as machine words: the lexicon's tables are millions of them.
    mutating func u32s(_ count: Int) -> [Int32]? {
        guard count >= 0, let b = take(count * 4) else { return nil }
        return b.withUnsafeBytes { raw in
            [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count { buffer[index] = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: Int32.self)) }
                initialized = count
            }
        }
    }

    mutating func u64s(_ count: Int) -> [UInt64]? {
        guard count >= 0, let b = take(count * 8) else { return nil }
        return b.withUnsafeBytes { raw in
            [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count { buffer[index] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
                initialized = count
            }
        }
    }

    mutating func shortString() -> String? {
        guard let length = take(1)?.first, let b = take(Int(length)) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    mutating func wideString() -> String? {
        guard let length = u32(), let b = take(length) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    /// A list of i32 (u32 count first), each in `0..<limit`.
    mutating func ids(below limit: Int) -> [Int32]? {
        guard let count = u32(), let list = u32s(count), list.allSatisfy({ $0 >= 0 && Int($0) < limit }) else { return nil }
        return list
    }

    mutating func words() -> WordList? {
        guard let count = u32(), let ends = u32s(count), let byteCount = u32(), let bytes = take(byteCount) else { return nil }
        return WordList(bytes: Array(bytes), ends: ends)
    }

    mutating func stemTable(idsBelow limit: Int) -> StemTable? {
        guard let stems = words(), let startCount = u32(), let starts = u32s(startCount), let ids = ids(below: limit) else { return nil }
        return StemTable(stems: stems, starts: starts, ids: ids)
    }
}
