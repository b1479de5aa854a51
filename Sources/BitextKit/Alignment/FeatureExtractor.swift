/// Turns analysed sentences (`AnalysedText`) into `AlignmentSide`s: drops stop words and gives each
/// content token its keys.
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
    /// The source side's analysis splits German compounds into words of the lexicon; the target's has
    /// no lexicon to split by.
    private let source: TextAnalyzer
    private let target: TextAnalyzer
    /// Per word its keys and identity, so that a word seen before costs one lookup.
    private var sourceCache: [String: (keys: [Int32], identity: Int32)] = [:]
    private var targetCache: [String: (keys: [Int32], identity: Int32)] = [:]
    private var identities: [String: Int32] = [:]
    /// Word features shared with the extractors of other threads, if any.
    private let shared: WordFeatureMemo?
    /// Whether the analyses handed in were made without compound parts (QA's, `WordAnalyzer`'s
    /// `splitsCompounds`): a source word's parts are then asked of `source`'s analyzer, which splits by
    /// the same lexicon.
    private let splitsOnDemand: Bool

    public convenience init(lexicon: Lexicon) throws {
        try self.init(lexicon: lexicon, shared: nil)
    }

    /// An extractor that shares its words' features (not its key ids) with other threads' extractors,
    /// and its name folding (with its cache) with the rest of its thread's session, if given one.
    /// - Parameter splitsOnDemand: the analyses handed in have no compound parts (QA's texts).
    init(lexicon: Lexicon, shared: WordFeatureMemo?, folder: NameFolder? = nil, splitsOnDemand: Bool = false) throws {
        self.lexicon = lexicon
        self.shared = shared
        self.splitsOnDemand = splitsOnDemand
        keySpace = AlignmentKeySpace(lexicon: lexicon)
        let folder = try folder ?? NameFolder()
        source = try TextAnalyzer(language: lexicon.source, lexicon: lexicon.isEmpty ? nil : lexicon, folder: folder)
        target = try TextAnalyzer(language: lexicon.target, folder: folder)
    }

    /// The number of keys handed out so far.
    public var keyCount: Int { keySpace.count }

    /// - Complexity: O(n) in the total length of the sentences (word keys are cached).
    public func sourceSide(_ sentences: [String]) throws -> AlignmentSide {
        sourceSide(try source.analyse(name: "", sentences: sentences))
    }

    public func targetSide(_ sentences: [String]) throws -> AlignmentSide {
        targetSide(try target.analyse(name: "", sentences: sentences))
    }

    /// The side of a text analysed already (QA has its texts analysed): one sentence per sentence of
    /// the text, with the tokens inside it.
    ///
    /// - Complexity: O(n) in the number of tokens.
    func sourceSide(_ text: AnalysedText) -> AlignmentSide {
        side(text, isSource: true)
    }

    func targetSide(_ text: AnalysedText) -> AlignmentSide {
        side(text, isSource: false)
    }

    private func side(_ text: AnalysedText, isSource: Bool) -> AlignmentSide {
        var side = AlignmentSide()
        var tokens: [(keys: [Int32], identity: Int32)] = []
        for (sentence, range) in zip(text.sentences, text.sentenceTokens) {
            tokens.removeAll(keepingCapacity: true)
            for index in range {
                if let token = self.token(text.analysis(ofToken: index), kind: text.tokens[index].kind, isSource: isSource), !token.keys.isEmpty {
                    tokens.append(token)
                }
            }
            side.append(characters: sentence.scalars.count, tokens: tokens)
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

    private func token(_ word: WordAnalysis, kind: WordToken.Kind, isSource: Bool) -> (keys: [Int32], identity: Int32)? {
        switch kind {
        case .number:
            return word.number.map { ([keySpace.intern("#" + $0)], identity(of: word.text)) }
        case .punctuation:
            return PunctuationAnchor.key(word.text).map { ([keySpace.intern("!" + $0)], identity(of: word.text)) }
        case .word:
            if let cached = isSource ? sourceCache[word.text] : targetCache[word.text] { return cached }
            let token = (keys: wordKeys(word, isSource: isSource), identity: identity(of: word.text))
            if isSource { sourceCache[word.text] = token } else { targetCache[word.text] = token }
            return token
        }
    }

    private func wordKeys(_ word: WordAnalysis, isSource: Bool) -> [Int32] {
        let memo = isSource ? shared?.source : shared?.target
        let features: WordFeatures
        if let known = memo?.value(word.text) {
            features = known
        } else {
            features = self.features(word, isSource: isSource)
            memo?.store(features, for: word.text)
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

    private func features(_ word: WordAnalysis, isSource: Bool) -> WordFeatures {
        guard word.lower.unicodeScalars.count >= 2, !word.isStopWord else { return WordFeatures() }
        var features = WordFeatures()
        if isSource {
            features.lexiconKeys = lexicon.translations(ofStem: word.stem)
            if features.lexiconKeys.isEmpty, let parts = splitsOnDemand ? source.words.compoundParts(of: word) : word.compoundParts {
                for part in parts { features.lexiconKeys.append(contentsOf: lexicon.translations(ofStem: part)) }
            }
        } else if let id = lexicon.targetID(ofStem: word.stem) {
            features.lexiconKeys.append(id)
        } else {
            features.namedKeys.append("s" + word.stem)
        }
        let folded = word.nameKey
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
