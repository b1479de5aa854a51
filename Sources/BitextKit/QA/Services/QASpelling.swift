/// What QA asks a spelling dictionary about single words, answered once per word: whether the target
/// or the source language knows a word, and the parts of an unknown German compound.
///
/// Not thread-safe (Hunspell handles and caches are mutable): one per session.
public final class QASpelling {
    public let languages: Sides<Language>
    /// Hunspell for the target and the source language.
    let target: Hunspell
    let source: Hunspell
    /// Word-level answers shared with the other sessions of a batch, if any.
    let memos: QAWordMemos?
    /// The lexicon's German word forms, asked before Hunspell (`isTargetWord`).
    private let lexicon: Lexicon
    private var compounds: [String: [String]?] = [:]
    private lazy var decomposer = CompoundDecomposer(speller: target, compounds: compoundData, letterRuns: targetLetterRuns)
    /// The target language's `compounds.txt` (linking elements, endings of a last part).
    private let compoundData: LanguageDataFile
    /// `isTargetWord`'s answers per word, for words capitalized as written and for words that may be
    /// capitalized only by position: the checks ask about every word of a text, most of them seen
    /// before, and one look-up answers them where the lexicon and Hunspell's cache took two or three.
    private var targetWords: [String: Bool] = [:]
    private var targetWordsByPosition: [String: Bool] = [:]

    init(languages: Sides<Language>, lexicon: Lexicon, memos: QAWordMemos?) throws {
        self.languages = languages
        target = try Hunspell(language: languages.target)
        source = try Hunspell(language: languages.source)
        target.sharedVerdicts = memos?.targetSpelling
        source.sharedVerdicts = memos?.sourceSpelling
        self.memos = memos
        self.lexicon = lexicon
        compoundData = try LanguageDataFile.loadIfPresent("compounds", language: languages.target)
    }

    /// The letter runs of the German word forms the lexicon lists, for the typo search and compound
    /// splitting; nil for other target languages or without a full dictionary.
    var targetLetterRuns: LetterGrams? {
        languages.target == .de && lexicon.germanWordFormCount >= LetterGrams.minimumWordList ? lexicon.letterRuns : nil
    }

    /// The parts of an unknown German compound (see `CompoundDecomposer`), cached: both `spelling`
    /// and `calque-compound` ask, and a split costs up to n² dictionary lookups.
    func compoundParts(_ word: String) -> [String]? {
        WordMemo.answer(word, local: &compounds, shared: memos?.compounds) {
            languages.target == .de ? decomposer.parts(of: word) : nil
        }
    }

    /// Whether the target language knows the word: a German word form the lexicon lists (six
    /// letters or more, `minimumListedFormLength`), or one the spelling dictionary accepts
    /// (`targetAccepts`). The lexicon is asked first: a lookup in memory, where Hunspell may try every
    /// compound split of a long word.
    func isTargetWord(_ word: String, capitalizedByPosition: Bool) -> Bool {
        if let known = capitalizedByPosition ? targetWordsByPosition[word] : targetWords[word] { return known }
        let answer = isListedForm(word) || targetAccepts(word, capitalizedByPosition: capitalizedByPosition)
        if capitalizedByPosition { targetWordsByPosition[word] = answer } else { targetWords[word] = answer }
        return answer
    }

    /// Whether the lexicon lists `word` as a German word form of `minimumListedFormLength` letters
    /// or more: a look-up in memory, for questions asked of many made-up candidates.
    func isListedForm(_ word: String) -> Bool {
        languages.target == .de && word.unicodeScalars.count >= Self.minimumListedFormLength
            && lexicon.isGermanWordForm(word.lowercased())
    }

    /// Whether Hunspell accepts `word` or the lexicon lists it as a German word form (Ding lists many
    /// verbs Hunspell lacks: "aufhalsen").
    func isKnownForm(_ word: String) -> Bool {
        target.accepts(word) || lexicon.isGermanWordForm(word)
    }

    /// The shortest lexicon word form taken as German without the spelling dictionary: a slip in a
    /// short word ("duch" for "durch") too often lands on some rare word a large dictionary lists.
    static let minimumListedFormLength = 6

    /// Whether the target's spelling dictionary accepts the word as written, or (for a word that may
    /// be capitalized only by position) in lower case.
    func targetAccepts(_ word: String, capitalizedByPosition: Bool) -> Bool {
        if target.accepts(word) { return true }
        guard capitalizedByPosition else { return false }
        // The capitalized form's answer covers the lower-case one (`Hunspell.acceptsCapitalized`), so
        // only a word in other case ("EU", "iPhone") is asked again in lower case.
        let lower = word.lowercased()
        return Hunspell.capitalized(lower) != word && target.accepts(lower)
    }
}
