/// Assembling `TermKnowledge` from files: the dictionaries, the curated glossary and the helpers.
extension TermKnowledge {
    /// The dictionaries used without `--lexicon`: those the aligner uses (Ding when installed).
    public static func defaultDictionaryPaths(fileExists: (String) -> Bool) -> [String] {
        LexiconLoader.defaultPaths(source: .de, target: .en, fileExists: fileExists)
    }

    /// Knowledge for German-English term pairing: a lexicon from `dictionaryPaths` (Ding, FreeDict
    /// or TSV, as `LexiconFile` reads them) plus every curated pair (curated terms are lexicon
    /// evidence too), the lexicon's compound splitter, the aligner's name folder and, when installed,
    /// the German and English Hunspell dictionaries; Ding's noun grammar from the Ding files among
    /// `dictionaryPaths`, and its verb forms for the run's QA.
    /// `decisions`' accepted pairs join the curated ones; its rejected pairs are never offered.
    /// With `screen`, candidates with words the QA checks flag are held back as suspects.
    /// SCOWL's lists in `generalVocabularyFolder`, when there, and Ding's subject-field labels are the
    /// references of termhood (`Termhood`). The lexicon and Ding's tables come from `cache` when it
    /// holds them for these files.
    public static func load(curated: Glossary, dictionaryPaths: [String], decisions: TermDecisions = TermDecisions(),
                            screen: Bool = true, generalVocabularyFolder: String = GeneralVocabulary.defaultFolder,
                            cache: LexiconCache = .standard) throws -> TermKnowledge {
        let curated = curated.adding(decisions.accepted)
        let lexicon = try LexiconLoader.load(source: .de, target: .en, paths: dictionaryPaths,
                                             pairs: curated.entries.map { ($0.german, $0.english) }, cache: cache)
        let splitter = try CompoundSplitter(lexicon: lexicon)
        let folder = try NameFolder()
        // Hunspell is optional knowledge: without the German dictionary, sentence-initial words are
        // judged by the corpus alone.
        let spelling = try optionalDictionary(.de)
        // Ding's noun grammar, subject fields and verb forms, from the last Ding file among the dictionaries.
        var ding: DingTables?
        if let path = try dictionaryPaths.filter({ try LexiconFile.format(of: $0) == .ding }).last {
            ding = try DingTables.load(path: path, cache: cache)
        }
        let grammar = ding?.grammar ?? GermanNounGrammar()
        let subjectFields = ding?.subjectFields
        var knowledge = TermKnowledge(
            lexicon: lexicon, curated: curated, decompose: { splitter.split($0) }, nameKey: { folder.fold($0) },
            acceptsLowercaseGerman: spelling.map { dictionary in { dictionary.accepts($0) } },
            germanDictionary: spelling, englishDictionary: try optionalDictionary(.en), nounGrammar: grammar)
        knowledge.decisions = decisions
        knowledge.generalVocabulary = try GeneralVocabulary.load(folder: generalVocabularyFolder)
        knowledge.subjectFields = subjectFields
        knowledge.verbForms = ding?.verbForms ?? GermanVerbForms()
        if screen {
            do {
                knowledge.screen = try TermArtifactScreen(lexicon: lexicon)
            } catch SpellingError.dictionaryMissing {
                // Without Hunspell the spelling and calque checks cannot run: no screening.
                knowledge.screen = nil
            }
        }
        return knowledge
    }

    private static func optionalDictionary(_ language: Language) throws -> Hunspell? {
        do {
            return try Hunspell(language: language)
        } catch SpellingError.dictionaryMissing {
            return nil
        }
    }
}
