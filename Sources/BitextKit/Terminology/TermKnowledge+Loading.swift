/// Assembling `TermKnowledge` from files: the dictionaries, the curated glossary and the helpers.
extension TermKnowledge {
    /// The dictionaries used without `--lexicon`: those the aligner uses (Ding when installed).
    public static func defaultDictionaryPaths(fileExists: (String) -> Bool) -> [String] {
        LexiconLoader.defaultPaths(source: .de, target: .en, fileExists: fileExists)
    }

    /// Knowledge for German-English term pairing: a lexicon from `dictionaryPaths` (Ding, FreeDict
    /// or TSV, as `LexiconFile` reads them) plus every curated pair (curated terms are lexicon
    /// evidence too), the lexicon's compound splitter, the aligner's name folder and, when installed,
    /// the German Hunspell dictionary.
    public static func load(curated: Glossary, dictionaryPaths: [String]) throws -> TermKnowledge {
        let lexicon = try LexiconLoader.load(source: .de, target: .en, paths: dictionaryPaths,
                                             pairs: curated.entries.map { ($0.german, $0.english) })
        let splitter = try CompoundSplitter(lexicon: lexicon)
        let folder = try NameFolder()
        // Hunspell is optional knowledge: without the German dictionary, sentence-initial words are
        // judged by the corpus alone.
        let spelling: Hunspell?
        do {
            spelling = try Hunspell(language: .de)
        } catch SpellingError.dictionaryMissing {
            spelling = nil
        }
        return TermKnowledge(
            lexicon: lexicon, curated: curated, decompose: { splitter.split($0) }, sameName: { folder.sameName($0, $1) },
            acceptsLowercaseGerman: spelling.map { dictionary in { dictionary.accepts($0) } })
    }
}
