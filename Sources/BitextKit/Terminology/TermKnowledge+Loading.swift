/// Assembling `TermKnowledge` from files: the dictionaries, the curated glossary and the helpers.
extension TermKnowledge {
    /// The Ding dictionary's Debian location, used when no lexicon file is given.
    public static let defaultDictionaryPath = DingReader.defaultPath

    /// Knowledge for German-English term pairing: a lexicon from `dictionaryPaths` (Ding format)
    /// plus every curated pair (curated terms are lexicon evidence too), the lexicon's compound
    /// splitter and the name folder.
    public static func load(curated: Glossary, dictionaryPaths: [String]) throws -> TermKnowledge {
        let builder = try LexiconBuilder(source: .de, target: .en)
        for path in dictionaryPaths {
            DingReader.read(try TextFile.read(path: path).bytes, into: builder)
        }
        for entry in curated.entries { builder.add(german: entry.german, other: entry.english) }
        let lexicon = builder.finish()
        let splitter = try CompoundSplitter(lexicon: lexicon)
        let folder = try NameFolder()
        return TermKnowledge(
            lexicon: lexicon, curated: curated, decompose: { splitter.split($0) }, sameName: { folder.sameName($0, $1) })
    }
}
