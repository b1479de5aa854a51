/// The words that negate a sentence in one language, from `negation.txt`.
///
/// Two strengths, because human translators move a negation into other words far more often than
/// they drop one: a grammatical negation ("nicht", "never", "don't") on one side is evidence that
/// the other side should have one, while a word that negates by its meaning ("refuse", "fehlen",
/// "unmöglich", "less") only shows that the other side's negation was rendered, never that one was
/// lost or added.
struct NegationWords: Sendable {
    /// Grammatical negations, whole words ("nicht", "never").
    let words: Set<String>
    /// Endings that make any word a grammatical negation ("don't", "isn’t": ICU keeps the
    /// contraction one word).
    let endings: [String]
    /// Words that negate by their meaning ("refuse", "verhindern", "less").
    let meaningWords: Set<String>
    /// Answers ("no", "nein"): an answer on one side renders an answer on the other, and nothing
    /// else ("nor will they" rendered "und nein, sie werden" has lost its negation).
    let answers: Set<String>
    /// Words that make a negation before them and a question mark a question tag ("isn't it?",
    /// "nicht wahr?"), which negates nothing.
    let questionTags: Set<String>
    /// Affixes that negate a word the dictionary knows without them ("unmöglich", "hopeless").
    let prefixes: [String]
    let suffixes: [String]
    /// Abbreviations written only before a number, with their period ("No.", "no."): "route No. 3"
    /// negates nothing (`abbreviations.txt`, `before-number`).
    let numberAbbreviations: Set<String>

    init(language: Language) throws {
        numberAbbreviations = Set(try LanguageDataFile.loadIfPresent("abbreviations", language: language).section("before-number"))
        let file = try LanguageDataFile.loadIfPresent("negation", language: language)
        words = Set(file.section("words").map { $0.lowercased() })
        endings = file.section("endings")
        meaningWords = Set(file.section("meaning").map { $0.lowercased() })
        answers = Set(file.section("answers").map { $0.lowercased() })
        questionTags = Set(file.section("question-tags").map { $0.lowercased() })
        prefixes = file.section("prefixes")
        suffixes = file.section("suffixes")
    }

    /// Whether the lower-case word is a grammatical negation.
    func isExplicit(_ lower: String) -> Bool {
        words.contains(lower) || endings.contains { lower.hasSuffix($0) }
    }

    /// Whether the lower-case word is an answer ("no", "nein").
    func isAnswer(_ lower: String) -> Bool {
        answers.contains(lower)
    }

    /// Whether the lower-case word after a negation makes it a question tag when a question mark follows.
    func isQuestionTag(_ lower: String) -> Bool {
        questionTags.contains(lower)
    }

    /// Whether the word negates in any way: grammatically, by its meaning, or by an affix on a word
    /// `isWord` knows without it.
    func negates(_ word: String, isWord: (String) -> Bool) -> Bool {
        let lower = word.lowercased()
        if isExplicit(lower) || meaningWords.contains(lower) { return true }
        for suffix in suffixes where lower.hasSuffix(suffix) && lower.count >= suffix.count + 3 {
            if isWord(String(word.dropLast(suffix.count))) { return true }
        }
        for prefix in prefixes where lower.hasPrefix(prefix) && lower.count >= prefix.count + 4 {
            let rest = String(word.dropFirst(prefix.count))
            if isWord(rest) || isWord(rest.prefix(1).uppercased() + rest.dropFirst()) { return true }
        }
        return false
    }
}
