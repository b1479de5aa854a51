/// The German → English lexicon for a QA run: the glossary's term pairs, plus the installed
/// dictionaries when the lexicon loader provides them.
public enum QALexicon {
    /// - Returns: an empty lexicon unless the pair is German-English (the lexicon has no other pairs).
    public static func load(glossary: QAGlossary, source: Language, target: Language) throws -> Lexicon {
        guard Set([source, target]) == [.de, .en] else { return Lexicon(source: .de, target: .en) }
        let builder = try LexiconBuilder(source: .de, target: .en)
        for entry in glossary.entries { builder.add(german: entry.german, other: entry.english) }
        return builder.finish()
    }
}
