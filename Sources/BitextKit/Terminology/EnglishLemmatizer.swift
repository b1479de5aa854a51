/// Singular forms of English term heads: "diplomats" → "diplomat", "embassies" → "embassy",
/// "Ministers" → "Minister"; "news", "series", "analysis" and "status" stay.
///
/// A word Hunspell (en_US) lists as a stem of its own is a base form ("news", "data"). Otherwise a
/// Hunspell stem that differs from the word by a plural ending is its singular; otherwise the
/// plural rules of `en/lemma-rules.txt` are tried and a candidate counts only when Hunspell accepts
/// it (Hunspell's own stems include prefix strippings: "injuries" → "jury"). Without Hunspell the
/// first rule that applies is taken.
///
/// Not thread-safe (caches answers, as its `Hunspell` does).
final class EnglishLemmatizer {
    private let hunspell: Hunspell?
    /// (plural ending, singular ending) in the order tried.
    private let pluralEndings: [(plural: String, singular: String)]
    /// Endings only trusted when Hunspell lists the singular as a stem of the word.
    private let stemPluralEndings: [(plural: String, singular: String)]
    private let singularEndings: [String]
    private var cache: [String: String] = [:]

    private let grammar: GermanNounGrammar

    /// - Parameter grammar: Ding's singular/plural pairs, whose English side gives plurals Hunspell
    ///   lists as words of their own ("months").
    init(hunspell: Hunspell?, grammar: GermanNounGrammar = GermanNounGrammar()) throws {
        self.hunspell = hunspell
        self.grammar = grammar
        let rules = try LanguageDataFile.load("lemma-rules", language: .en)
        func endings(_ section: String) -> [(plural: String, singular: String)] {
            rules.section(section).compactMap { line in
                let fields = line.split(separator: " ")
                guard fields.count == 2 else { return nil }
                return (String(fields[0]), fields[1] == "-" ? "" : String(fields[1]))
            }
        }
        pluralEndings = endings("plural-endings")
        stemPluralEndings = endings("stem-plural-endings")
        singularEndings = rules.section("singular-endings")
    }

    /// The singular of a lower-cased word.
    func singular(_ word: String) -> String {
        if let known = cache[word] { return known }
        let result = computeSingular(word)
        cache[word] = result
        return result
    }

    /// A word as written with its singular: case of the first letter kept, acronyms unchanged
    /// ("Ministers" → "Minister", "NGOs" stays).
    func singular(written word: String) -> String {
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count >= 2, letters.dropLast().allSatisfy({ $0.properties.isUppercase }) { return word }
        let lower = word.lowercased()
        let base = singular(lower)
        guard base != lower else { return word }
        return word.first?.isUppercase == true ? Hunspell.capitalized(base) : base
    }

    /// The key of a phrase: lower-cased words with the head singular, the head being the word before
    /// "of" in "inspection of vessels", else the last word.
    func key(_ words: [String]) -> String {
        guard !words.isEmpty else { return "" }
        let head = Self.headIndex(words)
        var result = words
        result[head] = singular(words[head])
        return result.joined(separator: " ")
    }

    /// A phrase as written with its head singular ("foreign ministers" → "foreign minister"); a
    /// phrase of capitalized words is a name and stays as written ("Faroe Islands").
    func baseForm(_ written: [String]) -> String {
        guard !written.isEmpty else { return "" }
        if written.count > 1, written.allSatisfy({ $0.first?.isUppercase == true }) { return written.joined(separator: " ") }
        let head = Self.headIndex(written.map { $0.lowercased() })
        var result = written
        result[head] = singular(written: written[head])
        return result.joined(separator: " ")
    }

    static func headIndex(_ lowerCasedWords: [String]) -> Int {
        if let of = lowerCasedWords.firstIndex(of: "of"), of > 0 { return of - 1 }
        return lowerCasedWords.count - 1
    }

    private func computeSingular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s") else { return word }
        if singularEndings.contains(where: { word.hasSuffix($0) }) { return word }
        if let singular = grammar.englishSingular(of: word) { return singular }
        guard let hunspell else {
            for rule in pluralEndings where word.hasSuffix(rule.plural) { return String(word.dropLast(rule.plural.count)) + rule.singular }
            return word
        }
        let stems = hunspell.stems(word)
        if stems.contains(word) { return word }
        for rule in pluralEndings + stemPluralEndings where word.hasSuffix(rule.plural) {
            let candidate = String(word.dropLast(rule.plural.count)) + rule.singular
            if stems.contains(candidate) { return candidate }
        }
        for rule in pluralEndings where word.hasSuffix(rule.plural) {
            let candidate = String(word.dropLast(rule.plural.count)) + rule.singular
            if candidate.count >= 2, hunspell.accepts(candidate) { return candidate }
        }
        return word
    }
}
