/// A compact binary form of a `Lexicon`, for `LexiconCache`.
///
/// Layout (integers little-endian): magic "BXL5"; source and target language codes (u8 length +
/// bytes); u32 target stem count, each stem as u16 length + UTF-8; u32 source stem count, each as
/// u16 length + UTF-8, u32 n, n × i32 targets, u32 m, m × i32 direct targets; u32 German word form
/// count, that many u32 end offsets, u32 byte count and the bytes (`WordList`); the `LetterGrams` table as `LetterGrams.wordCount` u64. Reading checks every
/// bound and returns nil on anything unexpected, so a truncated or foreign file is just a cache miss.
extension Lexicon {
    static let serializationMagic: [UInt8] = Array("BXL5".utf8)

    func serialized() -> [UInt8] {
        var out = Self.serializationMagic
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { out.append(contentsOf: $0) } }
        func string(_ text: String, wide: Bool) {
            let bytes = Array(text.utf8)
            if wide {
                withUnsafeBytes(of: UInt16(bytes.count).littleEndian) { out.append(contentsOf: $0) }
            } else {
                out.append(UInt8(bytes.count))
            }
            out.append(contentsOf: bytes)
        }
        func ids(_ list: [Int32]) {
            u32(list.count)
            for id in list { withUnsafeBytes(of: id.littleEndian) { out.append(contentsOf: $0) } }
        }
        string(source.rawValue, wide: false)
        string(target.rawValue, wide: false)
        u32(targetStems.count)
        for stem in targetStems { string(stem, wide: true) }
        u32(table.count)
        for stem in table.keys.sorted() {
            string(stem, wide: true)
            ids(table[stem] ?? [])
            ids(directTable[stem] ?? [])
        }
        u32(germanWordForms.count)
        for end in germanWordForms.ends { u32(Int(end)) }
        u32(germanWordForms.bytes.count)
        out.append(contentsOf: germanWordForms.bytes)
        for word in germanLetterRuns.bits { withUnsafeBytes(of: word.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }

    /// The lexicon in `bytes`, or nil when they are not a complete serialized lexicon.
    static func deserialized(_ bytes: [UInt8]) -> Lexicon? {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(serializationMagic.count) == ArraySlice(serializationMagic),
              let source = reader.shortString().flatMap(Language.init(rawValue:)),
              let target = reader.shortString().flatMap(Language.init(rawValue:)),
              let stemCount = reader.u32() else { return nil }
        var stems: [String] = []
        stems.reserveCapacity(stemCount)
        for _ in 0..<stemCount {
            guard let stem = reader.wideString() else { return nil }
            stems.append(stem)
        }
        guard let entryCount = reader.u32() else { return nil }
        var table: [String: [Int32]] = [:], direct: [String: [Int32]] = [:]
        table.reserveCapacity(entryCount)
        direct.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let stem = reader.wideString(), let targets = reader.ids(below: stemCount),
                  let directTargets = reader.ids(below: stemCount) else { return nil }
            table[stem] = targets
            if !directTargets.isEmpty { direct[stem] = directTargets }
        }
        guard let formCount = reader.u32(), let ends = reader.u32s(formCount), let byteCount = reader.u32(),
              let formBytes = reader.take(byteCount), let forms = WordList(bytes: Array(formBytes), ends: ends) else { return nil }
        guard let runs = reader.u64s(LetterGrams.wordCount).flatMap(LetterGrams.init(bits:)), reader.atEnd else { return nil }
        return Lexicon(source: source, target: target, targetStems: stems, translations: table, direct: direct,
                       germanWordForms: forms, germanLetterRuns: runs)
    }
}

/// Bounds-checked little-endian reading of a byte array.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func u32() -> Int? {
        guard let b = take(4) else { return nil }
        return b.reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    mutating func u32s(_ count: Int) -> [Int32]? {
        guard let b = take(count * 4) else { return nil }
        return stride(from: b.startIndex, to: b.endIndex, by: 4).map { start in
            Int32(bitPattern: UInt32(b[start]) | UInt32(b[start + 1]) << 8 | UInt32(b[start + 2]) << 16 | UInt32(b[start + 3]) << 24)
        }
    }

    mutating func u64s(_ count: Int) -> [UInt64]? {
        guard let b = take(count * 8) else { return nil }
        return stride(from: b.startIndex, to: b.endIndex, by: 8).map { start in
            b[start..<(start + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    }

    mutating func shortString() -> String? {
        guard let length = take(1)?.first, let b = take(Int(length)) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    mutating func wideString() -> String? {
        guard let l = take(2), let b = take(Int(l[l.startIndex]) | Int(l[l.startIndex + 1]) << 8) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    mutating func ids(below limit: Int) -> [Int32]? {
        guard let count = u32(), let b = take(count * 4) else { return nil }
        var result: [Int32] = []
        result.reserveCapacity(count)
        var i = b.startIndex
        while i < b.endIndex {
            let value = Int32(bitPattern: UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24)
            guard value >= 0, Int(value) < limit else { return nil }
            result.append(value)
            i += 4
        }
        return result
    }
}
