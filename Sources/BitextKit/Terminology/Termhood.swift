/// How much a term pair is an entry for a termbase (a name, an abbreviation, a concept of a special
/// field) rather than everyday vocabulary that a text merely uses often (Stadt/city, Freund/friend).
///
/// Association and the lexicon say whether two terms translate each other; they say nothing about
/// whether a terminologist would record them, and in a general-domain text everyday nouns are the
/// most frequent and the best attested pairs. Termhood is the classic answer: domain specificity, a
/// term's commonness in the text against its commonness in general language. Two references: for
/// English, `GeneralVocabulary` (SCOWL's size classes); for German, the lexicon's subject-field labels
/// (`DingSubjectFields`). A pair's two sides name one concept, so "city" being everyday makes "Stadt"
/// everyday too, and both references judge the pair: its specificity is the mean of the two sides'
/// (the one known side's when Ding does not list the German words).
///
/// Specificity of one English word, by the smallest SCOWL list that holds it: 0 for sizes ≤ 20 (the
/// few thousand words of every small dictionary), rising through the medium sizes, 1 for words only
/// large lists hold and for unlisted ones (rare words, names, codes). A term's specificity is that of
/// its most specific word ("maritime authority" is as specific as "maritime"). A German word's
/// specificity is the share of its Ding senses marked with a subject field (Blutdruck 1/2, Schmerz
/// 1/8, Stadt 0), a German term's that of its most specific word. One rule from German
/// word formation: a German one-word compound translated by an English phrase of several words
/// (Hauptbahnhof ↔ central station) is one lexicalized concept even when each English word is
/// common, so it counts as at least `compoundSpecificity`.
///
/// The factor the ranking multiplies by is `floor + (1 − floor) · specificity`: everyday pairs are
/// kept, below the specific ones, never dropped.
///
/// Competitive linking, which decides what pairs with what, weighs only the German side's subject-field
/// share (`linkingFactor`): when two German words compete for one English term with equal lexical
/// evidence, the one the dictionary files under a field is the field's term (the case of
/// `docs/results/glossary.md`, issue 18). English commonness stays out of linking: preferring rare English words there
/// pairs common German words with rare co-occurring ones instead of their common translations.
struct Termhood {
    /// The factor of a pair of everyday words.
    static let floor = 0.3
    /// Specificity of a German one-word compound rendered by an English phrase.
    static let compoundSpecificity = 0.7

    let vocabulary: GeneralVocabulary?
    let subjectFields: DingSubjectFields?
    /// Whether a German word is a compound (splits into known words: `TermKnowledge.decompose`).
    let isCompound: (String) -> Bool

    /// Specificity of one English word from its SCOWL size (nil: in no list up to size 70).
    static func specificity(size: Int?) -> Double {
        guard let size else { return 1 }
        switch size {
        case ...20: return 0
        case ...35: return 0.4
        case ...40: return 0.55
        case ...50: return 0.7
        case ...60: return 0.85
        default: return 0.95
        }
    }

    /// What termhood takes from a German term's words, whatever English term it is paired with.
    struct GermanWords {
        /// The largest subject-field share of the words; nil when Ding lists none of them, or without its labels.
        let share: Double?
        /// One word that is a compound (the rule for a compound rendered by an English phrase).
        let isOneCompound: Bool
    }

    /// What termhood takes from an English term's words, whatever German term it is paired with.
    struct EnglishWords {
        /// The specificity of the most specific word; nil without the general vocabulary.
        let specificity: Double?
        /// The words with a letter or digit.
        let count: Int
    }

    /// The German side of `words`: a pairer judges each term's once, not once per pair
    /// (`TermPairer.candidates`: 4 % of the corpus glossary step when asked per pair).
    func german(_ words: [String]) -> GermanWords {
        GermanWords(share: subjectFields.flatMap { fields in words.compactMap { fields.share(of: $0) }.max() },
                    isOneCompound: words.count == 1 && isCompound(words[0]))
    }

    /// The English side of `words` (see `german(_:)`).
    func english(_ words: [String]) -> EnglishWords {
        let words = words.map(Self.withoutPossessive).filter { $0.contains(where: \.isLetter) || $0.contains(where: \.isNumber) }
        let specificity = vocabulary.map { vocabulary in
            words.map { word -> Double in
                // Codes and numbers ("COVID-19", "5G") are specific whatever their letters are.
                word.contains(where: \.isNumber) ? 1 : Self.specificity(size: vocabulary.size(of: word))
            }.max() ?? 0
        }
        return EnglishWords(specificity: specificity, count: words.count)
    }

    /// The specificity (0…1) of the pair of a German and an English term's words.
    func specificity(_ german: GermanWords, _ english: EnglishWords) -> Double {
        var result: Double
        switch (english.specificity, german.share) {
        case let (e?, g?): result = (e + g) / 2
        case let (e?, nil): result = e
        case let (nil, g?): result = g
        case (nil, nil): return 1
        }
        if german.isOneCompound, english.count >= 2 { result = max(result, Self.compoundSpecificity) }
        return result
    }

    /// The ranking factor of the pair: `floor + (1 − floor) · specificity`.
    func factor(_ german: GermanWords, _ english: EnglishWords) -> Double {
        Self.floor + (1 - Self.floor) * specificity(german, english)
    }

    /// The linking weight of a German term: `0.5 + 0.5 · share` with the largest subject-field share of
    /// its words (0 when Ding lists none of them); 1 without the dictionary's labels.
    func linkingFactor(_ german: GermanWords) -> Double {
        guard subjectFields != nil else { return 1 }
        return 0.5 + 0.5 * (german.share ?? 0)
    }

    /// "week’s" → "week": SCOWL lists the word, not its possessive.
    static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "’s"] where word.count > suffix.count + 1 && word.hasSuffix(suffix) { return String(word.dropLast(suffix.count)) }
        return word
    }
}
