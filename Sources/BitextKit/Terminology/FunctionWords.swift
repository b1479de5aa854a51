/// Words of one language that are never terms: `stopwords.txt` plus `term-stopwords.txt`.
///
/// Both extractors and the evaluation's "German side is a function word" rule use this one list.
public struct FunctionWords: Sendable {
    public let words: Set<String>

    public static func load(_ language: Language) throws -> FunctionWords {
        let stop = try StopWords.load(language).words
        let extra = try LanguageDataFile.loadIfPresent("term-stopwords", language: language).entries.map { $0.text.lowercased() }
        return FunctionWords(words: stop.union(extra))
    }

    public func contains(_ lowerCasedWord: String) -> Bool { words.contains(lowerCasedWord) }
}
