/// Builds the lexicon for a language pair from the user's files and the installed defaults.
public enum LexiconLoader {
    /// The dictionaries used without `--lexicon` for a pair: Ding for German-English when installed.
    /// (FreeDict files are only used when given, so that "no lexicon" stays measurable.)
    public static func defaultPaths(source: Language, target: Language, fileExists: (String) -> Bool) -> [String] {
        let pair = Set([source, target])
        if pair == [.de, .en], fileExists(DingReader.defaultPath) { return [DingReader.defaultPath] }
        return []
    }

    /// Loads `paths` (Ding, FreeDict or TSV, by `LexiconFile.format(of:)`) into one lexicon.
    /// An empty list gives an empty lexicon (alignment then uses names, numbers and cognates).
    public static func load(source: Language, target: Language, paths: [String]) throws -> Lexicon {
        guard !paths.isEmpty else { return Lexicon(source: source, target: target) }
        let builder = try LexiconBuilder(source: source, target: target)
        for path in paths { try LexiconFile.load(path, into: builder) }
        return builder.finish()
    }
}
