/// Turns sentences into `AlignmentSide`s: tokenizes (ICU), drops stop words, and gives each content
/// token its keys.
///
/// - target token: its stem (the lexicon's target id when known), its folded name key, its cognate
///   prefix, or its number / punctuation key;
/// - source token: the lexicon translations of its stem (or of its compound parts when the word is
///   unknown and German), its folded name key, its cognate prefix, or its number / punctuation key.
///
/// A source token matches a target token when their key lists intersect.
/// Not thread-safe (owns ICU iterators, stemmers and caches).
public final class FeatureExtractor {
    /// Cognates: words whose folded forms share this many leading letters ("Expedition"/"expédition",
    /// "Regierung"/… no). Shorter prefixes match unrelated words too often.
    public static let cognatePrefix = 5

    public let lexicon: Lexicon
    let keySpace: AlignmentKeySpace
    private let source: LanguageTools
    private let target: LanguageTools
    private let folder: NameFolder
    private let splitter: CompoundSplitter?
    /// Per word its keys and identity, so that a word seen before costs one lookup.
    private var sourceCache: [String: (keys: [Int32], identity: Int32)] = [:]
    private var targetCache: [String: (keys: [Int32], identity: Int32)] = [:]
    private var identities: [String: Int32] = [:]
    /// Word features shared with the extractors of other threads, if any.
    private let shared: WordFeatureMemo?

    /// One language's tokenizer, stemmer and stop words.
    private final class LanguageTools {
        let language: Language
        let tokenizer: WordTokenizer
        let stemmer: Stemmer
        let stopWords: StopWords

        init(_ language: Language) throws {
            self.language = language
            tokenizer = try WordTokenizer(language: language)
            stemmer = try Stemmer(language: language)
            stopWords = try StopWords.load(language)
        }
    }

    public convenience init(lexicon: Lexicon) throws {
        try self.init(lexicon: lexicon, shared: nil)
    }

    /// An extractor that shares its words' features (not its key ids) with other threads' extractors,
    /// and its name folding (with its cache) with the rest of its thread's session, if given one.
    init(lexicon: Lexicon, shared: WordFeatureMemo?, folder: NameFolder? = nil) throws {
        self.lexicon = lexicon
        self.shared = shared
        keySpace = AlignmentKeySpace(lexicon: lexicon)
        source = try LanguageTools(lexicon.source)
        target = try LanguageTools(lexicon.target)
        self.folder = try folder ?? NameFolder()
        splitter = lexicon.source == .de && !lexicon.isEmpty ? try CompoundSplitter(lexicon: lexicon) : nil
    }

    /// The number of keys handed out so far.
    public var keyCount: Int { keySpace.count }

    /// - Complexity: O(n) in the total length of the sentences (word keys are cached).
    public func sourceSide(_ sentences: [String]) throws -> AlignmentSide {
        try side(sentences, tools: source, isSource: true)
    }

    public func targetSide(_ sentences: [String]) throws -> AlignmentSide {
        try side(sentences, tools: target, isSource: false)
    }

    /// The side of sentences whose tokens are already known (QA has tokenized its texts): per
    /// sentence its length in characters and its tokens' texts and kinds, as `sourceSide` would
    /// find them. Saves tokenizing every sentence twice.
    ///
    /// - Complexity: O(n) in the number of tokens.
    func sourceSide(tokenized sentences: [TokenizedSentence]) -> AlignmentSide {
        side(tokenized: sentences, tools: source, isSource: true)
    }

    func targetSide(tokenized sentences: [TokenizedSentence]) -> AlignmentSide {
        side(tokenized: sentences, tools: target, isSource: false)
    }

    /// A sentence as the extractor needs it: its length in characters and its tokens.
    struct TokenizedSentence {
        var characters: Int
        var tokens: [(text: String, kind: WordToken.Kind)]
    }

    private func side(_ sentences: [String], tools: LanguageTools, isSource: Bool) throws -> AlignmentSide {
        var tokenized: [TokenizedSentence] = []
        for sentence in sentences {
            let bytes = Array(sentence.utf8)
            let tokens = try tools.tokenizer.tokenize(bytes: bytes).map { (String(decoding: bytes[$0.bytes], as: UTF8.self), $0.kind) }
            tokenized.append(TokenizedSentence(characters: sentence.unicodeScalars.count, tokens: tokens))
        }
        return side(tokenized: tokenized, tools: tools, isSource: isSource)
    }

    private func side(tokenized sentences: [TokenizedSentence], tools: LanguageTools, isSource: Bool) -> AlignmentSide {
        var side = AlignmentSide()
        var tokens: [(keys: [Int32], identity: Int32)] = []
        for sentence in sentences {
            tokens.removeAll(keepingCapacity: true)
            for (text, kind) in sentence.tokens {
                if let token = self.token(text, kind: kind, tools: tools, isSource: isSource), !token.keys.isEmpty {
                    tokens.append(token)
                }
            }
            side.append(characters: sentence.characters, tokens: tokens)
        }
        side.weighTokens()
        return side
    }

    private func identity(of text: String) -> Int32 {
        if let known = identities[text] { return known }
        let id = Int32(identities.count)
        identities[text] = id
        return id
    }

    private func token(_ text: String, kind: WordToken.Kind, tools: LanguageTools, isSource: Bool) -> (keys: [Int32], identity: Int32)? {
        switch kind {
        case .number:
            return NumberReader.key(of: text, language: tools.language).map { ([keySpace.intern("#" + $0)], identity(of: text)) }
        case .punctuation:
            return PunctuationAnchor.key(text).map { ([keySpace.intern("!" + $0)], identity(of: text)) }
        case .word:
            if let cached = isSource ? sourceCache[text] : targetCache[text] { return cached }
            let token = (keys: wordKeys(text, tools: tools, isSource: isSource), identity: identity(of: text))
            if isSource { sourceCache[text] = token } else { targetCache[text] = token }
            return token
        }
    }

    private func wordKeys(_ word: String, tools: LanguageTools, isSource: Bool) -> [Int32] {
        let memo = isSource ? shared?.source : shared?.target
        let features: WordFeatures
        if let known = memo?.value(word) {
            features = known
        } else {
            features = self.features(word, tools: tools, isSource: isSource)
            memo?.store(features, for: word)
        }
        var keys = features.lexiconKeys
        for key in features.namedKeys { keys.append(keySpace.intern(key)) }
        // Sorted without repeats; a handful of keys, so sorting beats building a Set.
        keys.sort()
        var unique = 0
        for index in keys.indices where unique == 0 || keys[unique - 1] != keys[index] {
            keys[unique] = keys[index]
            unique += 1
        }
        keys.removeLast(keys.count - unique)
        return keys
    }

    private func features(_ word: String, tools: LanguageTools, isSource: Bool) -> WordFeatures {
        let text = tools.language == .en ? PossessiveEnding.stripped(word) : word
        let lower = text.lowercased()
        guard lower.unicodeScalars.count >= 2, !tools.stopWords.contains(lower) else { return WordFeatures() }
        let stem = tools.stemmer.stem(lower)
        var features = WordFeatures()
        if isSource {
            features.lexiconKeys = lexicon.translations(ofStem: stem)
            if features.lexiconKeys.isEmpty, let parts = splitter?.split(lower) {
                for part in parts { features.lexiconKeys.append(contentsOf: lexicon.translations(ofStem: part)) }
            }
        } else if let id = lexicon.targetID(ofStem: stem) {
            features.lexiconKeys.append(id)
        } else {
            features.namedKeys.append("s" + stem)
        }
        let folded = folder.fold(text)
        if folded.count >= 2 {
            features.namedKeys.append("=" + folded)
            if folded.count >= Self.cognatePrefix {
                features.namedKeys.append("~" + folded.prefix(Self.cognatePrefix))
            }
        }
        return features
    }
}

/// Punctuation that survives translation: question and exclamation marks, and quotation marks of
/// any style („“ ” « » ‚ ‘ ' ") folded to one key.
enum PunctuationAnchor {
    static func key(_ text: String) -> String? {
        switch text {
        case "?", "!": return text
        case "\"", "„", "“", "”", "«", "»", "‚", "‘", "’", "‹", "›": return "\""
        default: return nil
        }
    }
}
