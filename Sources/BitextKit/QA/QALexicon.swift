#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The German → English lexicon for a QA run: the installed dictionaries (Ding, where present) and
/// the glossary's term pairs.
public enum QALexicon {
    /// - Parameters:
    ///   - useInstalled: read the installed default dictionaries (`LexiconLoader.defaultPaths`); off in
    ///     tests that must not depend on them.
    /// - Returns: an empty lexicon unless the pair is German-English (the lexicon has no other pairs).
    public static func load(glossary: QAGlossary, source: Language, target: Language, useInstalled: Bool = true) throws -> Lexicon {
        guard Set([source, target]) == [.de, .en] else { return Lexicon(source: .de, target: .en) }
        let paths = useInstalled ? LexiconLoader.defaultPaths(source: .de, target: .en) { access($0, R_OK) == 0 } : []
        guard !paths.isEmpty || !glossary.isEmpty else { return Lexicon(source: .de, target: .en) }
        return try LexiconLoader.load(source: .de, target: .en, paths: paths,
                                      pairs: glossary.entries.map { ($0.german, $0.english) })
    }
}
