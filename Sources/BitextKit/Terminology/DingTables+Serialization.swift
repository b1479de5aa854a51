/// A compact binary form of `DingTables`, for `LexiconCache`.
///
/// Layout (integers little-endian): magic "BXD3"; then word lists, each u32 n + n × u32 end offsets
/// + u32 byte count + the words' UTF-8 one after another: first the verbs, their participle and
/// finite-form counts (n × i32 each) and all their forms (per verb its participles, then its finite
/// forms), so that QA reads this part alone (`verbForms(inSerialized:)`: the nouns' and senses'
/// tables would cost it 14 and 18 MB of memory it has no use for); then the nouns with a gender and
/// their genders (n × u8, `GrammaticalGender.allCases` order); the German plurals and their
/// singulars (two lists); the English plurals and their singulars; the plural-only nouns; the words
/// with senses and their sense and marked-sense counts (n × i32 each). Reading checks every bound,
/// every count and that no key repeats, and returns nil on anything unexpected, so a truncated or
/// foreign file is just a cache miss. A changed letter in a stored word passes those checks: the
/// cache's checksum around the whole entry catches it (`LexiconCache`). Entries of "BXD1" (with a
/// hash of their own) and "BXD2" (without verbs) are misses.
extension DingTables {
    static let serializationMagic: [UInt8] = Array("BXD3".utf8)

    /// The tables in their hash order (no sorting: only their answers matter, not their order).
    func serialized() -> [UInt8] {
        var out = Self.serializationMagic
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { out.append(contentsOf: $0) } }
        func words<Words: Collection>(_ words: Words) where Words.Element == String {
            u32(words.count)
            var end = 0
            for word in words {
                end += word.utf8.count
                u32(end)
            }
            u32(end)
            for word in words { out.append(contentsOf: word.utf8) }
        }
        func int32s(_ values: [Int32]) {
            for value in values { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        }
        let verbs = Array(verbForms.forms)
        words(verbs.map(\.key))
        int32s(verbs.map { Int32($0.value.participles.count) })
        int32s(verbs.map { Int32($0.value.finite.count) })
        words(verbs.flatMap { $0.value.participles + $0.value.finite })
        let genders = Array(grammar.genders)
        words(genders.map(\.key))
        out.append(contentsOf: genders.map { UInt8(GrammaticalGender.allCases.firstIndex(of: $0.value)!) })
        for table in [grammar.singulars, grammar.englishSingulars] {
            let pairs = Array(table)
            words(pairs.map(\.key))
            words(pairs.map(\.value))
        }
        words(grammar.pluralOnly)
        let counts = Array(subjectFields.counts)
        words(counts.map(\.key))
        int32s(counts.map(\.value.senses))
        int32s(counts.map(\.value.marked))
        return out
    }

    /// The tables in `bytes`, or nil when they are not exactly a serialized `DingTables`. Reads in
    /// place: no copy of the bytes, no list of all words besides the tables.
    static func deserialized(_ bytes: [UInt8]) -> DingTables? {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(serializationMagic.count) == ArraySlice(serializationMagic),
              let verbForms = reader.verbForms(),
              let genderWords = reader.storedWords(), let genderCodes = reader.take(genderWords.count),
              let genders = table(genderWords, { code in
                  let code = Int(genderCodes[genderCodes.startIndex + code])
                  return code < GrammaticalGender.allCases.count ? GrammaticalGender.allCases[code] : nil
              }),
              let plurals = reader.storedWords(), let singularWords = reader.storedWords(), singularWords.count == plurals.count,
              let singulars = table(plurals, { singularWords[$0] }),
              let englishPlurals = reader.storedWords(), let englishSingularWords = reader.storedWords(), englishSingularWords.count == englishPlurals.count,
              let englishSingulars = table(englishPlurals, { englishSingularWords[$0] }),
              let pluralOnlyWords = reader.storedWords(), let pluralOnly = table(pluralOnlyWords, { _ in () }).map({ Set($0.keys) }),
              let countedWords = reader.storedWords(), let senses = reader.u32s(countedWords.count), let marked = reader.u32s(countedWords.count),
              reader.atEnd,
              let counts = table(countedWords, { index in
                  senses[index] > 0 && (0...senses[index]).contains(marked[index])
                      ? DingSubjectFields.SenseCounts(senses: senses[index], marked: marked[index]) : nil
              })
        else { return nil }
        var grammar = GermanNounGrammar()
        grammar.genders = genders
        grammar.singulars = singulars
        grammar.englishSingulars = englishSingulars
        grammar.pluralOnly = pluralOnly
        var fields = DingSubjectFields()
        fields.counts = counts
        return DingTables(grammar: grammar, subjectFields: fields, verbForms: verbForms)
    }

    /// The verbs' forms of serialized tables, the rest not read (QA needs nothing else); nil when
    /// the magic or the verbs' section is not as written.
    static func verbForms(inSerialized bytes: [UInt8]) -> GermanVerbForms? {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(serializationMagic.count) == ArraySlice(serializationMagic) else { return nil }
        return reader.verbForms()
    }

    /// Each of `keys` → `value(position)`, sized for them; nil when a value is nil or a key repeats.
    fileprivate static func table<Value>(_ keys: StoredWords, _ value: (Int) -> Value?) -> [String: Value]? {
        var table = [String: Value](minimumCapacity: keys.count)
        for index in 0..<keys.count {
            guard let value = value(index) else { return nil }
            table[keys[index]] = value
        }
        return table.count == keys.count ? table : nil
    }
}

/// A word list in a serialized `DingTables`, read in place.
private struct StoredWords {
    /// Where each word ends, from the start of `bytes`; checked to rise within it.
    let ends: [Int32]
    let bytes: ArraySlice<UInt8>

    var count: Int { ends.count }

    subscript(index: Int) -> String {
        let start = index == 0 ? bytes.startIndex : bytes.startIndex + Int(ends[index - 1])
        return String(decoding: bytes[start..<bytes.startIndex + Int(ends[index])], as: UTF8.self)
    }
}

extension ByteReader {
    /// The verbs' section: verbs, their participle and finite-form counts (each verb at least one
    /// form), and the forms, which the counts must use up exactly.
    fileprivate mutating func verbForms() -> GermanVerbForms? {
        guard let verbs = storedWords(), let participleCounts = u32s(verbs.count), let finiteCounts = u32s(verbs.count),
              let forms = storedWords() else { return nil }
        // Where each verb's forms start: the counts, added up, must come to the forms listed.
        var starts: [Int] = []
        var next = 0
        for index in 0..<verbs.count {
            let participles = Int(participleCounts[index]), finite = Int(finiteCounts[index])
            guard participles >= 0, finite >= 0, participles + finite > 0 else { return nil }
            starts.append(next)
            next += participles + finite
        }
        guard next == forms.count, let table = DingTables.table(verbs, { index -> GermanVerbForms.Forms? in
            let start = starts[index], split = start + Int(participleCounts[index])
            return GermanVerbForms.Forms(participles: (start..<split).map { forms[$0] },
                                         finite: (split..<split + Int(finiteCounts[index])).map { forms[$0] })
        }) else { return nil }
        var verbForms = GermanVerbForms()
        verbForms.forms = table
        return verbForms
    }

    /// A word list as `DingTables+Serialization` writes it: u32 n, n × u32 rising end offsets, u32
    /// byte count, the bytes; nil unless the ends rise within the bytes and the last is their end.
    fileprivate mutating func storedWords() -> StoredWords? {
        guard let count = u32(), let ends = u32s(count), let byteCount = u32(), let bytes = take(byteCount) else { return nil }
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) == byteCount else { return nil }
        return StoredWords(ends: ends, bytes: bytes)
    }
}
