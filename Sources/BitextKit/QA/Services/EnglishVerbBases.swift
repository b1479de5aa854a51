/// The base form of an English verb's irregular past tense or participle ("met" → "meet", "held" →
/// "hold"), from `en/irregular-verbs.txt`; empty for a language without that file.
///
/// Why: glossary terms are matched on Snowball stems, and Snowball brings "meets" and "meeting" to
/// "meet" but leaves "met" its own, so a glossary's "meet" or "hold talks" was never looked for in a
/// source that said "met" or "held talks", the commonest way news reports a meeting: the term checks
/// said nothing where the translation lacked the glossary's rendering.
struct EnglishVerbBases: Sendable {
    /// Irregular form → base, lower case.
    private let bases: [String: String]

    init(language: Language) throws {
        var bases: [String: String] = [:]
        for line in try LanguageDataFile.loadIfPresent("irregular-verbs", language: language).section("irregular-verbs") {
            let words = line.split(separator: " ").map(String.init)
            guard let base = words.first else { continue }
            for form in words.dropFirst() { bases[form] = base }
        }
        self.bases = bases
    }

    /// The base of `lowercased` if it is an irregular form of a verb, else nil.
    func base(of lowercased: String) -> String? {
        bases[lowercased]
    }
}
