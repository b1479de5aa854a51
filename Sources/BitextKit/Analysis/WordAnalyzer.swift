/// The one place that answers the word-level questions of a language (stem, name key, month, number
/// value, function word, compound parts) and remembers each answer per distinct token, optionally
/// sharing its answers with the analyzers of other threads (`QAWordMemos`).
///
/// Not thread-safe (owns Snowball and ICU handles and a cache): one per thread.
public final class WordAnalyzer {
    public let language: Language
    /// The lexicon whose words a German compound is split into; nil: no compound parts.
    private let splitter: CompoundSplitter?
    private let lexicon: Lexicon?
    private let stemmer: Stemmer
    private let folder: NameFolder
    private let dates: DateWords
    private let functionWords: FunctionWords
    private let stopWords: StopWords
    private var words: [String: WordAnalysis] = [:]
    /// Word analyses shared with the analyzers of other threads (same language, same lexicon), asked
    /// after `words`.
    private let shared: WordMemo<WordAnalysis>?
    private var numbers: [String: WordAnalysis] = [:]
    /// Whether `analyse` splits compounds itself; if not, `WordAnalysis.compoundParts` is nil and a
    /// caller that needs a word's parts asks `compoundParts(of:)`.
    private let splitsEagerly: Bool

    /// - Parameters:
    ///   - lexicon: splits German words it does not know into parts it knows (German source lexicons
    ///     only); nil or another language: no compound parts.
    ///   - folder: a name folder to share with the caller's other users of it (its cache is per word).
    public convenience init(language: Language, lexicon: Lexicon? = nil, folder: NameFolder? = nil) throws {
        try self.init(language: language, lexicon: lexicon, folder: folder, shared: nil)
    }

    /// - Parameters:
    ///   - shared: analyses to share with analyzers of the same language and lexicon on other threads
    ///     (`QAWordMemos`).
    ///   - splitsCompounds: whether each analysis has its compound parts; false leaves them to
    ///     `compoundParts(of:)`, for a caller that needs them for few words (QA needs them only to
    ///     align sentences, and most paragraph pairs align by length alone, `LengthDiagonal`).
    init(language: Language, lexicon: Lexicon? = nil, folder: NameFolder? = nil, shared: WordMemo<WordAnalysis>?,
         splitsCompounds: Bool = true) throws {
        self.language = language
        self.shared = shared
        splitsEagerly = splitsCompounds
        let splits = language == .de && lexicon?.source == .de
        self.lexicon = splits ? lexicon : nil
        splitter = splits ? try lexicon.map { try CompoundSplitter(lexicon: $0) } : nil
        stemmer = try Stemmer(language: language)
        self.folder = try folder ?? NameFolder()
        dates = try DateWords(language: language)
        functionWords = try FunctionWords.load(language)
        stopWords = try StopWords.load(language)
    }

    /// The analysis of a token of the given kind (punctuation gets its text and nothing else).
    ///
    /// - Complexity: amortized O(length of the token); each distinct token is analysed once.
    public func analysis(of token: String, kind: WordToken.Kind) -> WordAnalysis {
        switch kind {
        case .word: return word(token)
        case .number: return number(token)
        case .punctuation: return Self.bare(token, number: nil)
        }
    }

    /// The analysis of a word (a token of kind `.word`).
    public func word(_ text: String) -> WordAnalysis {
        WordMemo.answer(text, local: &words, shared: shared) { analyse(text) }
    }

    private func analyse(_ text: String) -> WordAnalysis {
        let base = language == .en ? PossessiveEnding.stripped(text) : text
        let lower = base.lowercased()
        let stem = stemmer.stem(lower)
        let parts = splitsEagerly ? compoundParts(lower: lower, stem: stem) : nil
        return WordAnalysis(text: text, base: base, lower: lower, stem: stem, nameKey: folder.fold(base),
                            isCapitalized: base.unicodeScalars.first?.properties.isUppercase ?? false,
                            month: dates.month(base), isFunctionWord: functionWords.contains(lower),
                            isStopWord: stopWords.contains(lower), number: nil, compoundParts: parts)
    }

    /// The stems of a German word's compound parts by this analyzer's lexicon, for an analysis made
    /// without them (`splitsCompounds: false`): what its `compoundParts` would have held.
    func compoundParts(of word: WordAnalysis) -> [String]? {
        compoundParts(lower: word.lower, stem: word.stem)
    }

    /// The parts of a German word that is not a word of its own in the lexicon (no primary
    /// translation of its stem), when it splits into words the lexicon knows.
    private func compoundParts(lower: String, stem: String) -> [String]? {
        guard let splitter, let lexicon, lexicon.primaryTranslations(ofStem: stem).isEmpty else { return nil }
        return splitter.split(lower)
    }

    private func number(_ text: String) -> WordAnalysis {
        if let known = numbers[text] { return known }
        let analysis = Self.bare(text, number: NumberReader.key(of: text, language: language))
        numbers[text] = analysis
        return analysis
    }

    private static func bare(_ text: String, number: String?) -> WordAnalysis {
        WordAnalysis(text: text, base: text, lower: text, stem: "", nameKey: "", isCapitalized: false, month: nil,
                     isFunctionWord: false, isStopWord: false, number: number, compoundParts: nil)
    }
}
