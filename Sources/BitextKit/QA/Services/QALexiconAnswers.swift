/// What QA asks the German-English lexicon about single words, answered once per word: stems (from
/// the words' analysis, `WordAnalyzer`) and translations. Empty lexicons answer nothing (checks then
/// skip their lexical evidence).
///
/// Not thread-safe (the analyzers and caches are mutable): one per session.
public final class QALexiconAnswers {
    /// German → English; glossary entries are laid over it by the session's caller.
    let dictionary: Lexicon
    private let languages: Sides<Language>
    private let words: Sides<WordAnalyzer>
    /// Each answer is a binary search over the lexicon's stems, and the checks ask about the same words
    /// in every record.
    private var targetTranslations: [String: [Int32]] = [:]
    private var targetPrimaryTranslations: [String: [Int32]] = [:]
    private var sourceLexiconIDs: [String: Int32?] = [:]
    private let sourceVerbBases: EnglishVerbBases
    /// Per English lexicon id, how many German words have it among their own entries' translations
    /// (`Lexicon.primaryTranslations(ofStem:)`), counted on first use.
    private lazy var ownEntryRenderings: [Int32] = dictionary.primaryTranslationCounts()

    /// - Parameter words: the analyzers of the session's texts (`TextAnalyzer.words`), so that a word
    ///   of a text is analysed once for the text and its questions here.
    init(dictionary: Lexicon, words: Sides<WordAnalyzer>) throws {
        self.dictionary = dictionary
        languages = Sides(target: words.target.language, source: words.source.language)
        self.words = words
        sourceVerbBases = try EnglishVerbBases(language: languages.source)
    }

    /// With analyzers of its own.
    convenience init(dictionary: Lexicon, languages: Sides<Language>) throws {
        try self.init(dictionary: dictionary, words: try Sides(languages) { try WordAnalyzer(language: $0) })
    }

    /// Whether the lexicon can translate between German and English for this run's languages.
    var hasLexicon: Bool {
        !dictionary.isEmpty && languages.target == .de && languages.source == .en
    }

    /// The Snowball stem of a target-language word (`WordAnalysis.stem`).
    func targetStem(_ word: String) -> String { words.target.word(word).stem }

    /// The Snowball stem of a source-language word (`WordAnalysis.stem`).
    func sourceStem(_ word: String) -> String { words.source.word(word).stem }

    /// The stem under which a source-language word meets a glossary's terms: an irregular verb form's
    /// base's ("met" → "meet", `EnglishVerbBases`), else its own (`sourceStem`). The glossary's words
    /// and the source's take the same path.
    func sourceTermStem(_ word: String) -> String {
        let analysis = words.source.word(word)
        guard let base = sourceVerbBases.base(of: analysis.lower) else { return analysis.stem }
        return sourceStem(base)
    }

    /// The lexicon ids of the English translations of a German word (empty when unknown).
    func translations(ofTarget word: String) -> [Int32] {
        if let known = targetTranslations[word] { return known }
        let ids = dictionary.translations(ofStem: targetStem(word))
        targetTranslations[word] = ids
        return ids
    }

    /// The lexicon ids of the English translations of a German word as a word of its own: from entries
    /// whose German side is that one word (`Lexicon.primaryTranslations(ofStem:)`). Multi-word
    /// entries pair every word with every word ("kalter Krieg :: cold war" gives Krieg → cold), which
    /// links unrelated texts by chance.
    func primaryTranslations(ofTarget word: String) -> [Int32] {
        if let known = targetPrimaryTranslations[word] { return known }
        let ids = dictionary.primaryTranslations(ofStem: targetStem(word))
        targetPrimaryTranslations[word] = ids
        return ids
    }

    /// How many German words render the English lexicon id `id` in their own entries ("hand" is one
    /// translation of hundreds, "unanswered" of two): the more, the likelier the English word is met
    /// by chance by one of a text's German words.
    ///
    /// - Complexity: O(1), after one pass over the lexicon's own-entry translations on first use.
    func germanWordCount(renderingAs id: Int32) -> Int {
        Int(ownEntryRenderings[Int(id)])
    }

    /// The lexicon id of an English word, if the lexicon has it as a translation of anything.
    func lexiconID(ofSource word: String) -> Int32? {
        if let known = sourceLexiconIDs[word] { return known }
        let id = dictionary.targetID(ofStem: sourceStem(word))
        sourceLexiconIDs[word] = id
        return id
    }
}
