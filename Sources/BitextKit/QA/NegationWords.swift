/// The words that negate a sentence in one language, from `negation.txt`: whole words ("nicht",
/// "never"), and prefixes and suffixes that negate a word the dictionary knows without them
/// ("unmöglich", "hopeless").
struct NegationWords: Sendable {
    let words: Set<String>
    let prefixes: [String]
    let suffixes: [String]

    init(language: Language) throws {
        let file = try LanguageDataFile.loadIfPresent("negation", language: language)
        words = Set(file.section("words").map { $0.lowercased() })
        prefixes = file.section("prefixes")
        suffixes = file.section("suffixes")
    }

    /// Whether the lower-case word is one of the listed negating words.
    func isExplicit(_ lower: String) -> Bool {
        words.contains(lower)
    }

    /// Whether the word negates: listed, or an affix on a word `isWord` knows without it.
    func negates(_ word: String, isWord: (String) -> Bool) -> Bool {
        let lower = word.lowercased()
        if words.contains(lower) { return true }
        for suffix in suffixes where lower.hasSuffix(suffix) && lower.count >= suffix.count + 3 {
            if suffix.hasPrefix("n") && suffix.count == 3 { return true }  // "n't": the whole word is a negated verb
            if isWord(String(word.dropLast(suffix.count))) { return true }
        }
        for prefix in prefixes where lower.hasPrefix(prefix) && lower.count >= prefix.count + 4 {
            let rest = String(word.dropFirst(prefix.count))
            if isWord(rest) || isWord(rest.prefix(1).uppercased() + rest.dropFirst()) { return true }
        }
        return false
    }
}
