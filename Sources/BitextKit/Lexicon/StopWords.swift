/// A language's stop words (`Resources/LanguageData/<lang>/stopwords.txt`): function words and
/// dictionary placeholders that carry no translation evidence ("der", "the", "etw.", "sth").
public struct StopWords: Sendable {
    public let words: Set<String>

    public static func load(_ language: Language) throws -> StopWords {
        let file = try LanguageDataFile.loadIfPresent("stopwords", language: language)
        return StopWords(words: Set(file.entries.map { $0.text.lowercased() }))
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }
}
