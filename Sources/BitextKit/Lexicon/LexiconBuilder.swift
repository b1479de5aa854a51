/// Turns dictionary phrases (raw UTF-8 bytes) into stem pairs of a `Lexicon`.
///
/// Readers (`DingReader`, `FreeDictReader`, `GlossaryTSVReader`) hand over German phrases and
/// phrases in the other language; the builder lower-cases, drops stop words and dictionary
/// placeholders (`stopwords.txt` of each language), stems, and pairs every content word of one side
/// with every content word of the other. Long phrases (example sentences) are skipped: their word
/// pairs are mostly noise.
///
/// Works on bytes with interned word ids, stemming each distinct word once, and collects pairs as
/// packed integers sorted once at the end: the Ding dictionary (206k lines) loads in a fraction of a
/// second this way.
///
/// Not thread-safe (it owns Snowball stemmers).
public final class LexiconBuilder {
    /// Phrases with more words than this (before dropping stop words) are examples, not entries.
    public static let maxPhraseWords = 4
    /// Phrases with more content words than this pair too many words with each other.
    public static let maxContentWords = 3

    private let source: Language
    private let target: Language
    private let germanIsSource: Bool
    private var state: State

    /// Everything the builder accumulates, in one struct: `add` enters it with a single access to
    /// the class's storage instead of one runtime exclusivity check per word and per pair.
    private struct State {
        var sourceSide: Side
        var targetSide: Side
        var pairs: [UInt64] = []
        let germanIsSource: Bool

        /// Pairs are packed as `source << 32 | target << 1 | direct`, where `direct` marks a pair
        /// from a one-word German phrase ("Krieg :: war", "Botschaftsbeamter :: embassy official",
        /// not "kalter Krieg :: cold war").
        mutating func add(sourcePhrases: [ArraySlice<UInt8>], targetPhrases: [ArraySlice<UInt8>]) {
            var sourceStems: [[Int32]] = []
            var targetStems: [[Int32]] = []
            for phrase in sourcePhrases where sourceSide.readPhrase(phrase) {
                sourceStems.append(sourceSide.phrase)
                if germanIsSource { sourceSide.recordForms(of: phrase) }
            }
            guard !sourceStems.isEmpty else { return }
            for phrase in targetPhrases where targetSide.readPhrase(phrase) {
                targetStems.append(targetSide.phrase)
                if !germanIsSource { targetSide.recordForms(of: phrase) }
            }
            for sourcePhrase in sourceStems {
                for targetPhrase in targetStems {
                    let direct: UInt64 = sourcePhrase.count == 1 ? 1 : 0
                    for s in sourcePhrase {
                        for t in targetPhrase { pairs.append(UInt64(UInt32(s)) << 32 | UInt64(UInt32(t)) << 1 | direct) }
                    }
                }
            }
        }
    }

    /// One language's words, stems and stop words. A struct, so that the per-byte loops touch its
    /// storage without the runtime exclusivity checks class properties need.
    private struct Side {
        let stemmer: Stemmer
        let stopWords: StopWords
        var words = ByteInterner()
        /// Per word id: its stem id, or -1 for a stop word.
        var wordStems: [Int32] = []
        var stems: [String] = []
        var stemIDs: [String: Int32] = [:]
        var buffer: [UInt8] = []
        var phrase: [Int32] = []
        /// Word ids of the last phrase read, stop words included.
        var phraseWords: [Int32] = []
        /// Per word id: whether an entry lists it in current spelling (`wordForms`).
        var isForm: [Bool] = []

        init(language: Language) throws {
            stemmer = try Stemmer(language: language)
            stopWords = try StopWords.load(language)
        }

        /// The stem id of the word in `buffer` (-1: stop word).
        mutating func stemOfBuffer() -> Int32 {
            let (id, isNew) = buffer.withUnsafeBufferPointer { words.intern($0) }
            phraseWords.append(id)
            if !isNew { return wordStems[Int(id)] }
            isForm.append(false)
            let word = String(decoding: buffer, as: UTF8.self)
            var stemID: Int32 = -1
            if buffer.count > 1, !stopWords.contains(word) {
                let stem = stemmer.stem(word)
                if let known = stemIDs[stem] {
                    stemID = known
                } else {
                    stemID = Int32(stems.count)
                    stems.append(stem)
                    stemIDs[stem] = stemID
                }
            }
            wordStems.append(stemID)
            return stemID
        }

        /// The stem ids of the content words of a phrase in `phrase`; false when the phrase is too long.
        /// Annotations in brackets (`{f}`, `[pol.]`, `(…)`, `<…>`) are skipped.
        mutating func readPhrase(_ bytes: ArraySlice<UInt8>) -> Bool {
            phrase.removeAll(keepingCapacity: true)
            phraseWords.removeAll(keepingCapacity: true)
            buffer.removeAll(keepingCapacity: true)
            guard Self.wordCount(bytes) <= LexiconBuilder.maxPhraseWords else { return false }
            var all = 0
            var depth = 0
            for b in bytes {
                depth = Self.annotationDepth(depth, byte: b)
                if depth == 0, ByteCase.isWordByte(b) {
                    buffer.append(ByteCase.lower(b, after: buffer.last))
                    continue
                }
                if !buffer.isEmpty {
                    all += 1
                    let stem = stemOfBuffer()
                    if stem >= 0 { phrase.append(stem) }
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if !buffer.isEmpty {
                all += 1
                let stem = stemOfBuffer()
                if stem >= 0 { phrase.append(stem) }
                buffer.removeAll(keepingCapacity: true)
            }
            return all <= LexiconBuilder.maxPhraseWords && phrase.count <= LexiconBuilder.maxContentWords && !phrase.isEmpty
        }

        /// Marks the words of the phrase just read as word forms, unless the entry flags it as old
        /// spelling (`daß [alt]`).
        mutating func recordForms(of bytes: ArraySlice<UInt8>) {
            if Self.oldSpellingMark.withUnsafeBufferPointer({ mark in bytes.withUnsafeBufferPointer { Self.contains($0, mark) } }) { return }
            for id in phraseWords { isForm[Int(id)] = true }
        }

        /// The words entries list, lower-cased.
        func wordForms() -> WordList {
            var forms: [String] = []
            for (id, listed) in isForm.enumerated() where listed {
                forms.append(String(decoding: words.bytes(Int32(id)), as: UTF8.self))
            }
            return WordList(forms)
        }

        static let oldSpellingMark = Array("[alt]".utf8)

        static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
            guard haystack.count >= needle.count, let first = needle.first else { return false }
            var i = 0
            while i + needle.count <= haystack.count {
                if haystack[i] == first, (1..<needle.count).allSatisfy({ haystack[i + $0] == needle[$0] }) { return true }
                i += 1
            }
            return false
        }

        /// The bracket depth after `byte`: `{…}`, `[…]`, `(…)` and `<…>` nest.
        @inline(__always)
        static func annotationDepth(_ depth: Int, byte b: UInt8) -> Int {
            switch b {
            case 0x7B, 0x5B, 0x28, 0x3C: return depth + 1
            case 0x7D, 0x5D, 0x29, 0x3E: return max(0, depth - 1)
            default: return depth
            }
        }

        /// Words outside brackets, counted without interning them (example sentences are skipped
        /// on this count alone).
        static func wordCount(_ bytes: ArraySlice<UInt8>) -> Int {
            var count = 0
            var depth = 0
            var inWord = false
            for b in bytes {
                depth = annotationDepth(depth, byte: b)
                let word = depth == 0 && ByteCase.isWordByte(b)
                if word, !inWord { count += 1 }
                inWord = word
            }
            return count
        }
    }

    /// - Parameters: `source`/`target`: the lexicon's direction; one of them must be German, since
    ///   all readers read German-to-X dictionaries.
    public init(source: Language, target: Language) throws {
        guard source == .de || target == .de else { throw LexiconError.unsupportedPair(source, target) }
        self.source = source
        self.target = target
        germanIsSource = source == .de
        state = State(sourceSide: try Side(language: source), targetSide: try Side(language: target), germanIsSource: source == .de)
    }

    /// Adds a German phrase and its translation (raw UTF-8; only letters and digits count as word
    /// characters, so leftover punctuation is harmless).
    public func add(german: ArraySlice<UInt8>, other: ArraySlice<UInt8>) {
        add(german: [german], other: [other])
    }

    /// Adds synonyms that all translate each other: every German phrase with every phrase of the
    /// other language. Each phrase is read once, however many partners it has.
    public func add(german: [ArraySlice<UInt8>], other: [ArraySlice<UInt8>]) {
        let (sourcePhrases, targetPhrases) = germanIsSource ? (german, other) : (other, german)
        state.add(sourcePhrases: sourcePhrases, targetPhrases: targetPhrases)
    }

    /// Convenience for strings (tests, glossaries).
    public func add(german: String, other: String) {
        add(german: ArraySlice(Array(german.utf8)), other: ArraySlice(Array(other.utf8)))
    }

    /// The lexicon of all pairs added so far.
    ///
    /// - Complexity: O(p log p) in the number of pairs added.
    public func finish() -> Lexicon {
        state.pairs.sort()
        let pairs = state.pairs
        var table: [String: [Int32]] = [:]
        var directTable: [String: [Int32]] = [:]
        var i = 0
        while i < pairs.count {
            let s = Int(pairs[i] >> 32)
            var targets: [Int32] = []
            var direct: [Int32] = []
            while i < pairs.count, Int(pairs[i] >> 32) == s {
                let t = Int32(truncatingIfNeeded: (pairs[i] & 0xFFFF_FFFF) >> 1)
                if targets.last != t { targets.append(t) }
                if pairs[i] & 1 == 1, direct.last != t { direct.append(t) }
                i += 1
            }
            let stem = state.sourceSide.stems[s]
            table[stem] = targets
            if !direct.isEmpty { directTable[stem] = direct }
        }
        let german = germanIsSource ? state.sourceSide : state.targetSide
        return Lexicon(source: source, target: target, targetStems: state.targetSide.stems,
                       translations: table, direct: directTable, germanWordForms: german.wordForms())
    }
}

/// Errors of lexicon files given by the user: one line naming the file and position.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    case unsupportedPair(Language, Language)
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .unsupportedPair(s, t): return "no lexicon reader for \(s.rawValue)-\(t.rawValue): one side must be German"
        case let .unreadable(file, reason): return "\(file): \(reason)"
        case let .malformed(file, line, reason): return "\(file):\(line): \(reason)"
        }
    }
}
