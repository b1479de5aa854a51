/// The expensive, reusable things the checks consult: spelling dictionaries, the German-English
/// lexicon, stemmers, name matching and language data. Build once and run many texts through it
/// (batch mode).
///
/// Not thread-safe (Hunspell, ICU and Snowball handles and caches are mutable): one per thread.
public final class QAResources {
    public let targetLanguage: Language
    public let sourceLanguage: Language
    /// Spelling of the target and source languages.
    let targetSpeller: Hunspell
    let sourceSpeller: Hunspell
    /// German → English stems; empty when no dictionary is installed (checks then skip their
    /// lexical evidence).
    let lexicon: Lexicon
    let names: any QANameMatching
    let spacing: DetokenizationSpaceDetector
    let targetDates: DateWords
    let sourceDates: DateWords
    let doubleWordExempt: Set<String>
    let untranslatedExempt: Set<String>
    /// Numbers as values, in the target's and the source's written forms.
    let targetNumbers: NumberReader
    let sourceNumbers: NumberReader
    /// Units of measurement per system ("imperial", "metric"), lower-case, of the target and the source.
    let targetUnits: [String: String]
    let sourceUnits: [String: String]
    private let targetStemmer: Stemmer
    private let sourceStemmer: Stemmer
    private var targetStems: [String: String] = [:]
    private var compounds: [String: [String]?] = [:]
    private lazy var decomposer = CompoundDecomposer(speller: targetSpeller, compounds: compoundData, letterRuns: targetLetterRuns)
    /// The target language's `compounds.txt` (linking elements, endings of a last part).
    private let compoundData: LanguageDataFile
    /// The letter runs of the German word forms the lexicon lists, for the typo search and compound
    /// splitting; nil for other target languages or without a full dictionary.
    var targetLetterRuns: LetterGrams? {
        targetLanguage == .de && lexicon.germanWordForms.count >= LetterGrams.minimumWordList ? lexicon.germanLetterRuns : nil
    }
    private var sourceStems: [String: String] = [:]
    /// Lexicon answers per word: each is a binary search over the lexicon's stems, and the checks
    /// ask about the same words in every record.
    private var targetTranslations: [String: [Int32]] = [:]
    private var sourceLexiconIDs: [String: Int32?] = [:]
    /// Per word whether the lexicon lists it as a German word form (`isTargetWord`).
    private var listedTargetForms: [String: Bool] = [:]
    private let analyzers: [Language: (WordTokenizer, SentenceSplitter)]
    /// Word-level answers shared with the other sessions of a batch, if any.
    let memos: QAWordMemos?

    /// - Parameters:
    ///   - lexicon: German → English (glossary entries are added by the runner's caller, see `adding(_:)`).
    ///   - names: cross-lingual name matching; the aligner's `NameFolder` by default.
    ///   - memos: word-level answers to share with other sessions (`QABatch`).
    public init(target: Language = .de, source: Language = .en, lexicon: Lexicon? = nil,
                names: (any QANameMatching)? = nil, memos: QAWordMemos? = nil) throws {
        targetLanguage = target
        sourceLanguage = source
        targetSpeller = try Hunspell(language: target)
        sourceSpeller = try Hunspell(language: source)
        targetSpeller.sharedVerdicts = memos?.targetSpelling
        sourceSpeller.sharedVerdicts = memos?.sourceSpelling
        self.memos = memos
        self.lexicon = lexicon ?? Lexicon(source: .de, target: .en)
        self.names = try names ?? NameFolder()
        spacing = try DetokenizationSpaceDetector(language: target)
        targetDates = try DateWords(language: target)
        sourceDates = try DateWords(language: source)
        doubleWordExempt = Set(try LanguageDataFile.loadIfPresent("double-word-exempt", language: target).entries.map { $0.text.lowercased() })
        untranslatedExempt = Set(try LanguageDataFile.loadIfPresent("untranslated-exempt", language: target).entries.map { $0.text.lowercased() })
        targetNumbers = try NumberReader(language: target)
        sourceNumbers = try NumberReader(language: source)
        targetUnits = try Self.units(target)
        sourceUnits = try Self.units(source)
        targetStemmer = try Stemmer(language: target)
        sourceStemmer = try Stemmer(language: source)
        compoundData = try LanguageDataFile.loadIfPresent("compounds", language: target)
        var analyzers: [Language: (WordTokenizer, SentenceSplitter)] = [:]
        for language in Set([target, source]) {
            analyzers[language] = (try WordTokenizer(language: language), try SentenceSplitter(language: language))
        }
        self.analyzers = analyzers
    }

    /// Unit word → its system, from `measure-units.txt`.
    private static func units(_ language: Language) throws -> [String: String] {
        var units: [String: String] = [:]
        for entry in try LanguageDataFile.loadIfPresent("measure-units", language: language).entries {
            units[entry.text.lowercased()] = entry.section
        }
        return units
    }

    /// Analyzes a text in the target or source language; with `sentences` (scalar ranges found
    /// elsewhere, see `QAText.init(…sentences:)`) instead of splitting it again.
    package func text(name: String, language: Language, bytes: [UInt8], sentences: [Range<Int>]? = nil) throws -> QAText {
        guard let (tokenizer, splitter) = analyzers[language] else { throw QAError.unsupportedLanguage(language) }
        if let sentences { return try QAText(name: name, language: language, bytes: bytes, tokenizer: tokenizer, sentences: sentences) }
        return try QAText(name: name, language: language, bytes: bytes, tokenizer: tokenizer, splitter: splitter)
    }

    /// The Snowball stem of a target-language word (lower-cased first).
    func targetStem(_ word: String) -> String {
        if let known = targetStems[word] { return known }
        let stem = targetStemmer.stem(word.lowercased())
        targetStems[word] = stem
        return stem
    }

    /// The Snowball stem of a source-language word (lower-cased first).
    func sourceStem(_ word: String) -> String {
        if let known = sourceStems[word] { return known }
        let stem = sourceStemmer.stem(word.lowercased())
        sourceStems[word] = stem
        return stem
    }

    /// The parts of an unknown German compound (see `CompoundDecomposer`), cached: both `spelling`
    /// and `calque-compound` ask, and a split costs up to n² dictionary lookups.
    func compoundParts(_ word: String) -> [String]? {
        WordMemo.answer(word, local: &compounds, shared: memos?.compounds) {
            targetLanguage == .de ? decomposer.parts(of: word) : nil
        }
    }

    /// Whether the lexicon can translate between German and English for this run's languages.
    var hasLexicon: Bool {
        !lexicon.isEmpty && targetLanguage == .de && sourceLanguage == .en
    }

    /// The lexicon ids of the English translations of a German word (empty when unknown).
    func translations(ofTarget word: String) -> [Int32] {
        if let known = targetTranslations[word] { return known }
        let ids = lexicon.translations(ofStem: targetStem(word))
        targetTranslations[word] = ids
        return ids
    }

    /// The lexicon id of an English word, if the lexicon has it as a translation of anything.
    func lexiconID(ofSource word: String) -> Int32? {
        if let known = sourceLexiconIDs[word] { return known }
        let id = lexicon.targetID(ofStem: sourceStem(word))
        sourceLexiconIDs[word] = id
        return id
    }

    /// Whether the target language knows the word: a German word form the lexicon lists (six
    /// letters or more, `minimumListedFormLength`), or one the spelling
    /// dictionary accepts (`targetAccepts`). The lexicon is asked first: a lookup in memory, where
    /// Hunspell may try every compound split of a long word.
    func isTargetWord(_ word: String, capitalizedByPosition: Bool) -> Bool {
        let listed: Bool
        if let known = listedTargetForms[word] {
            listed = known
        } else {
            listed = targetLanguage == .de && word.unicodeScalars.count >= Self.minimumListedFormLength
                && lexicon.germanWordForms.contains(word.lowercased())
            listedTargetForms[word] = listed
        }
        return listed || targetAccepts(word, capitalizedByPosition: capitalizedByPosition)
    }

    /// The shortest lexicon word form taken as German without the spelling dictionary: a slip in a
    /// short word ("duch" for "durch") too often lands on some rare word a large dictionary lists.
    static let minimumListedFormLength = 6

    /// Whether the target's spelling dictionary accepts the word as written, or (for a word that may
    /// be capitalized only by position) in lower case.
    func targetAccepts(_ word: String, capitalizedByPosition: Bool) -> Bool {
        if targetSpeller.accepts(word) { return true }
        guard capitalizedByPosition else { return false }
        // The capitalized form's answer covers the lower-case one (`Hunspell.acceptsCapitalized`), so
        // only a word in other case ("EU", "iPhone") is asked again in lower case.
        let lower = word.lowercased()
        return Hunspell.capitalized(lower) != word && targetSpeller.accepts(lower)
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
