/// The services a QA session builds once and its checks draw on: spelling, the lexicon's word answers,
/// name matching, date words, number readers, units and the detokenizer-space detector. The registry
/// hands each check only the services it names (`QARegistry`), so a check's initializer says what it
/// depends on. Build once and run many texts through it (batch mode).
///
/// Not thread-safe (Hunspell, ICU and Snowball handles and caches are mutable): one per thread.
public final class QAResources {
    public let languages: Sides<Language>
    public var targetLanguage: Language { languages.target }
    public var sourceLanguage: Language { languages.source }
    let spelling: QASpelling
    let lexicon: QALexiconAnswers
    let names: any QANameMatching
    let spacing: DetokenizationSpaceDetector
    let dates: Sides<DateWords>
    /// Numbers as values, in each side's written forms.
    let numbers: Sides<NumberReader>
    /// Units of measurement per system ("imperial", "metric"), lower-case.
    let units: Sides<MeasureUnits>
    private let analyzers: Sides<TextAnalyzer>

    /// - Parameters:
    ///   - lexicon: German → English (glossary entries are added by the runner's caller, see `adding(_:)`).
    ///   - names: the aligner's name folding, for name matching and for the texts' analyses alike (so a
    ///     token's `WordAnalysis.nameKey` is the key name matching computes); a new one by default.
    ///   - memos: word-level answers to share with other sessions (`QABatch`).
    public init(target: Language = .de, source: Language = .en, lexicon: Lexicon? = nil,
                names: NameFolder? = nil, memos: QAWordMemos? = nil) throws {
        let languages = Sides(target: target, source: source)
        self.languages = languages
        let dictionary = lexicon ?? Lexicon(source: .de, target: .en)
        spelling = try QASpelling(languages: languages, lexicon: dictionary, memos: memos)
        let folder = try names ?? NameFolder()
        self.names = folder
        spacing = try DetokenizationSpaceDetector(language: target)
        dates = try Sides(languages) { try DateWords(language: $0) }
        numbers = try Sides(languages) { try NumberReader(language: $0) }
        units = try Sides(languages) { try MeasureUnits(language: $0) }
        let split = dictionary.isEmpty ? nil : dictionary
        // No check reads a word's compound parts by the lexicon; the aligner asks for them when it needs
        // them (`FeatureExtractor`), and most paragraph pairs align by length alone.
        let targetAnalyzer = try TextAnalyzer(language: target, lexicon: split, folder: folder, shared: memos?.targetWords, splitsCompounds: false)
        analyzers = Sides(target: targetAnalyzer, source: source == target ? targetAnalyzer
                            : try TextAnalyzer(language: source, lexicon: split, folder: folder, shared: memos?.sourceWords, splitsCompounds: false))
        self.lexicon = try QALexiconAnswers(dictionary: dictionary, words: Sides(target: analyzers.target.words, source: analyzers.source.words))
    }


    /// Analyzes a text in the target or source language; with `sentences` (scalar ranges found
    /// elsewhere, see `QAText.init(…sentences:)`) instead of splitting it again.
    package func text(name: String, language: Language, bytes: [UInt8], sentences: [Range<Int>]? = nil) throws -> QAText {
        guard let analyzer = language == languages.target ? analyzers.target : language == languages.source ? analyzers.source : nil else {
            throw QAError.unsupportedLanguage(language)
        }
        let spans = sentences.map { SentenceSpan.spans(ofScalarRanges: $0, in: Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)) }
        return QAText(analysis: try analyzer.analyse(name: name, bytes: bytes, sentences: spans), bytes: bytes)
    }
}

/// A QA run that cannot start.
public enum QAError: Error, CustomStringConvertible, Equatable {
    case unsupportedLanguage(Language)
    case unknownCheck(String)

    public var description: String {
        switch self {
        case .unsupportedLanguage(let language): return "no QA resources loaded for language '\(language.rawValue)'"
        case .unknownCheck(let id): return "unknown check '\(id)' (see `bitext qa --list-checks`)"
        }
    }
}
