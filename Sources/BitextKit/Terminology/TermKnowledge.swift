/// What term pairing knows about words before it sees the text: the bilingual lexicon, the curated
/// glossary, and optional helpers owned by other parts of bitext (the lexicon's compound splitter,
/// the aligner's name folder, a German spelling dictionary).
public struct TermKnowledge {
    public var lexicon: Lexicon
    /// Curated entries, which take precedence over extracted pairs.
    public var curated: Glossary
    /// Snowball stems of a German compound's parts, or nil when it does not split.
    public var decompose: ((String) -> [String]?)?
    /// A word's name key (`NameFolder.fold`): a German and an English word are spellings of one name
    /// when their keys are equal and not empty. A key, not a test of two words, so that term pairing
    /// folds each term's words once (`LexicalEvidence.GermanSide`), not once per term pair.
    public var nameKey: ((String) -> String)?
    /// Whether German accepts a lower-cased word (Hunspell), to tell sentence-initial nouns from other words.
    public var acceptsLowercaseGerman: ((String) -> Bool)?
    /// Hunspell dictionaries for base forms (`GermanLemmatizer`, `EnglishLemmatizer`); without them
    /// inflected forms are grouped by suffix rules alone.
    public var germanDictionary: Hunspell?
    public var englishDictionary: Hunspell?
    /// Ding's noun genders and plural → singular pairs.
    public var nounGrammar: GermanNounGrammar
    /// QA checks that hold back candidates with artifact words; nil: no screening.
    public var screen: TermArtifactScreen?
    /// How common English words are in general language, for termhood (`Termhood`); nil: every
    /// pair counts as a term.
    public var generalVocabulary: GeneralVocabulary?
    /// Ding's subject-field labels per German word, for termhood; nil: no German reference.
    public var subjectFields: DingSubjectFields?
    /// Ding's verb forms, read with its nouns' tables: the QA of `bitext run` looks for the curated
    /// glossary's verbs in them (`QAGlossary`).
    public var verbForms = GermanVerbForms()
    /// Pairs a terminologist rejected: never offered (accepted ones belong in `curated`).
    public var decisions: TermDecisions = TermDecisions()

    public init(
        lexicon: Lexicon, curated: Glossary = Glossary(), decompose: ((String) -> [String]?)? = nil,
        nameKey: ((String) -> String)? = nil, acceptsLowercaseGerman: ((String) -> Bool)? = nil,
        germanDictionary: Hunspell? = nil, englishDictionary: Hunspell? = nil, nounGrammar: GermanNounGrammar = GermanNounGrammar()
    ) {
        self.germanDictionary = germanDictionary
        self.englishDictionary = englishDictionary
        self.nounGrammar = nounGrammar
        self.lexicon = lexicon
        self.curated = curated
        self.decompose = decompose
        self.nameKey = nameKey
        self.acceptsLowercaseGerman = acceptsLowercaseGerman
    }
}
