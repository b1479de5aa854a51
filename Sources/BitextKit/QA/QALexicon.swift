#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The German → English lexicon for a QA run: the installed dictionaries (Ding, where present) and
/// the glossary's term pairs; and Ding's forms of the glossary's verbs.
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

    /// `glossary` with the verb forms of the installed Ding (`DingTables.loadVerbForms`, from the
    /// cache after the first run), in which `term-consistency` and `inconsistent-term` look for its
    /// verbs in a German translation. As it is when the target is not German, the glossary is empty
    /// (no term check needs them, and `bitext qa` without a glossary reads nothing more), Ding is
    /// not installed or `useInstalled` is off.
    public static func withVerbForms(_ glossary: QAGlossary, target: Language, useInstalled: Bool = true) throws -> QAGlossary {
        guard target == .de, !glossary.isEmpty, useInstalled else { return glossary }
        let paths = LexiconLoader.defaultPaths(source: .de, target: .en) { access($0, R_OK) == 0 }
        guard let ding = try paths.filter({ try LexiconFile.format(of: $0) == .ding }).last else { return glossary }
        return QAGlossary(entries: glossary.entries, verbForms: try DingTables.loadVerbForms(path: ding, cache: .standard))
    }
}
