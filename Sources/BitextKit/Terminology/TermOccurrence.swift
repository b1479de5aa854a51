/// One candidate term found in one sentence: its lemma key (what inflected forms share) and its
/// surface form (what the glossary shows, chosen by frequency).
struct TermOccurrence: Sendable, Hashable, Codable {
    /// Lemma key: its words without inflection ("botschaft", "diplomatisch beziehung"); equal keys are one term.
    let key: String
    let surface: String
    /// The content words' Snowball stems, in order, for lexicon lookups (the lexicon is keyed by them).
    let stems: [String]
    /// Lower-cased words, for name and cognate matching.
    let words: [String]
    let partOfSpeech: PartOfSpeech
}
