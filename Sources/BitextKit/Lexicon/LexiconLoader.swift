/// Builds the lexicon for a language pair from the user's files and the installed defaults.
public enum LexiconLoader {
    /// The dictionaries used without `--lexicon` for a pair: Ding for German-English when installed.
    /// (FreeDict files are only used when given, so that "no lexicon" stays measurable.)
    public static func defaultPaths(source: Language, target: Language, fileExists: (String) -> Bool) -> [String] {
        let pair = Set([source, target])
        if pair == [.de, .en], fileExists(DingReader.defaultPath) { return [DingReader.defaultPath] }
        return []
    }

    /// Loads `paths` (Ding, FreeDict or TSV, by `LexiconFile.format(of:)`; each checked to open before
    /// any is read) into one lexicon, through `cache`, and lays the German-other `pairs` over it
    /// (glossary entries, never cached: they change often and are few; `Lexicon.layering(_:)`); without
    /// dictionaries, the pairs are the lexicon. Nothing at all gives an empty lexicon (alignment then
    /// uses names, numbers and cognates).
    public static func load(source: Language, target: Language, paths: [String], pairs: [(german: String, other: String)] = [],
                            cache: LexiconCache = .standard) throws -> Lexicon {
        for path in paths { try LexiconFile.checkOpens(path) }
        var lexicon = Lexicon(source: source, target: target)
        if !paths.isEmpty {
            lexicon = try cache.lexicon(source: source, target: target, paths: paths) {
                let builder = try LexiconBuilder(source: source, target: target)
                for path in paths { try LexiconFile.load(path, into: builder) }
                return builder.finish()
            }
        }
        guard !pairs.isEmpty else { return lexicon }
        let builder = try LexiconBuilder(source: source, target: target)
        for pair in pairs { builder.add(german: pair.german, other: pair.other) }
        return paths.isEmpty ? builder.finish() : lexicon.layering(builder.finish())
    }
}
