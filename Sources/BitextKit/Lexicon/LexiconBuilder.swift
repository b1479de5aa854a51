/// Turns dictionary phrases (raw UTF-8 bytes) into stem pairs of a `Lexicon`.
///
/// Readers (`DingReader`, `FreeDictReader`, `GlossaryTSVReader`) hand over German phrases and
/// phrases in the other language; the builder lower-cases, drops stop words and dictionary
/// placeholders (`stopwords.txt` of each language), stems, and pairs every content word of one side
/// with every content word of the other. Long phrases (example sentences) are skipped: their word
/// pairs are mostly noise. Works on bytes, because the Ding dictionary has 206k lines and must
/// load in well under a second.
///
/// Not thread-safe (it owns Snowball stemmers).
public final class LexiconBuilder {
    /// Phrases with more words than this (before dropping stop words) are examples, not entries.
    public static let maxPhraseWords = 4
    /// Phrases with more content words than this pair too many words with each other.
    public static let maxContentWords = 3

    public private(set) var lexicon: Lexicon
    private let germanIsSource: Bool
    private let sourceSide: Side
    private let targetSide: Side

    /// One language's stemmer, stop words and stem cache.
    private final class Side {
        let stemmer: Stemmer
        let stopWords: Set<[UInt8]>
        var cache: [[UInt8]: String] = [:]

        init(language: Language) throws {
            stemmer = try Stemmer(language: language)
            stopWords = try StopWords.load(language).byteSet
        }

        func stem(_ word: [UInt8]) -> String {
            if let known = cache[word] { return known }
            let stem = stemmer.stem(String(decoding: word, as: UTF8.self))
            cache[word] = stem
            return stem
        }
    }

    /// - Parameters: `source`/`target`: the lexicon's direction; one of them must be German, since
    ///   all readers read German-to-X dictionaries.
    public init(source: Language, target: Language) throws {
        guard source == .de || target == .de else { throw LexiconError.unsupportedPair(source, target) }
        lexicon = Lexicon(source: source, target: target)
        germanIsSource = source == .de
        sourceSide = try Side(language: source)
        targetSide = try Side(language: target)
    }

    /// Adds a German phrase and its translation (raw UTF-8, possibly with annotations the reader
    /// has not removed; only letters count as word characters).
    public func add(german: ArraySlice<UInt8>, other: ArraySlice<UInt8>) {
        let (sourceBytes, targetBytes) = germanIsSource ? (german, other) : (other, german)
        guard let sourceWords = contentWords(sourceBytes, side: sourceSide), !sourceWords.isEmpty,
              let targetWords = contentWords(targetBytes, side: targetSide), !targetWords.isEmpty else { return }
        let sourceStems = sourceWords.map { sourceSide.stem($0) }
        let targetStems = targetWords.map { targetSide.stem($0) }
        for s in sourceStems {
            for t in targetStems { lexicon.add(sourceStem: s, targetStem: t) }
        }
    }

    /// Convenience for strings (tests, glossaries).
    public func add(german: String, other: String) {
        add(german: ArraySlice(Array(german.utf8)), other: ArraySlice(Array(other.utf8)))
    }

    /// Finishes the lexicon (sorted, unique translation lists).
    public func finish() -> Lexicon {
        lexicon.compact()
        return lexicon
    }

    /// The lower-cased content words of a phrase, or nil when the phrase is too long to be an entry.
    private func contentWords(_ bytes: ArraySlice<UInt8>, side: Side) -> [[UInt8]]? {
        var words: [[UInt8]] = []
        var all = 0
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            all += 1
            if current.count > 1, !side.stopWords.contains(current) { words.append(current) }
            current.removeAll(keepingCapacity: true)
        }
        for b in bytes {
            if ByteCase.isWordByte(b) {
                current.append(ByteCase.lower(b, after: current.last))
            } else {
                flush()
            }
        }
        flush()
        if all > Self.maxPhraseWords || words.count > Self.maxContentWords { return nil }
        return words
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
