/// A compact binary form of a `Lexicon` as built (no overlay: the cache stores dictionaries only), for
/// `LexiconCache`.
///
/// Layout (integers little-endian): magic "BXL9"; source and target language codes (u8 length +
/// bytes); u32 target stem count, each stem as u32 length + UTF-8 (a dictionary line can hold a
/// "word" over 64 KB, so no length is stored in 16 bits); then four word tables as they are
/// kept in memory, so that loading is array copies: the target-stem index, the translations, the
/// one-word translations (each a `StemTable`: its `WordList`, u32 n + n+1 × i32 run starts, u32 m +
/// m × i32 ids) and the German word forms (a `WordList`: u32 n + n × u32 end offsets, u32 byte
/// count + bytes); last the two `LetterGrams` tables, `LetterGrams.wordCount` and `edgeWordCount`
/// u64. Reading checks every bound and every id, and returns nil on anything unexpected, so a
/// truncated or foreign file is just a cache miss. A changed byte inside a stored word passes those
/// checks: the cache's checksum around the whole entry catches it (`LexiconCache`). "BXL8" was the
/// same layout from before that checksum; its entries are misses.
extension Lexicon {
    static let serializationMagic: [UInt8] = Array("BXL9".utf8)

    func serialized() -> [UInt8] {
        precondition(overlay == nil, "a lexicon with an overlay is not cached")
        var out = Self.serializationMagic
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { out.append(contentsOf: $0) } }
        func shortString(_ text: String) {
            let bytes = Array(text.utf8)
            out.append(UInt8(bytes.count))
            out.append(contentsOf: bytes)
        }
        func int32s(_ list: [Int32]) {
            u32(list.count)
            for value in list { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        }
        func words(_ list: WordList) {
            int32s(list.ends)
            u32(list.bytes.count)
            out.append(contentsOf: list.bytes)
        }
        func stemTable(_ table: StemTable) {
            words(table.stems)
            int32s(table.starts)
            int32s(table.ids)
        }
        shortString(source.rawValue)
        shortString(target.rawValue)
        u32(targetStems.count)
        for stem in targetStems {
            let bytes = Array(stem.utf8)
            u32(bytes.count)
            out.append(contentsOf: bytes)
        }
        stemTable(targetIndex)
        stemTable(table)
        stemTable(directTable)
        words(germanWordForms)
        for word in germanLetterRuns.bits + germanLetterRuns.edgeBits { withUnsafeBytes(of: word.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }

    /// The lexicon in `bytes`, or nil when they are not a complete serialized lexicon.
    static func deserialized(_ bytes: [UInt8]) -> Lexicon? {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(serializationMagic.count) == ArraySlice(serializationMagic),
              let source = reader.shortString().flatMap(Language.init(rawValue:)),
              let target = reader.shortString().flatMap(Language.init(rawValue:)),
              let stemCount = reader.u32(), stemCount <= reader.remaining / 4 else { return nil }
        // Each stem takes four bytes at least (its length): a damaged count sized a 64 GB array.
        var stems: [String] = []
        stems.reserveCapacity(stemCount)
        for _ in 0..<stemCount {
            guard let stem = reader.wideString() else { return nil }
            stems.append(stem)
        }
        guard let index = reader.stemTable(idsBelow: stemCount), let table = reader.stemTable(idsBelow: stemCount),
              let direct = reader.stemTable(idsBelow: stemCount), let forms = reader.words(),
              let runBits = reader.u64s(LetterGrams.wordCount), let edgeBits = reader.u64s(LetterGrams.edgeWordCount),
              let runs = LetterGrams(bits: runBits, edgeBits: edgeBits), reader.atEnd else { return nil }
        return Lexicon(source: source, target: target, targetStems: stems, targetIndex: index, table: table,
                       directTable: direct, germanWordForms: forms, germanLetterRuns: runs)
    }
}
