/// One candidate term found in one sentence: its lemma key (what inflected forms share), its
/// surface form as met (for contexts and artifact checks) and its base form (what the glossary shows).
struct TermOccurrence: Sendable, Hashable, Codable {
    /// Lemma key: its words without inflection ("botschaft", "diplomatisch beziehung"); equal keys are one term.
    let key: String
    let surface: String
    /// The citation form: nominative singular head, agreeing modifiers ("diplomatische Beziehung"),
    /// or the surface form where no base form is known (names).
    let base: String
    /// The content words' Snowball stems, in order, for lexicon lookups (the lexicon is keyed by them).
    let stems: [String]
    /// Lower-cased words, for name and cognate matching.
    let words: [String]
    let partOfSpeech: PartOfSpeech
    /// The grammatical gender of a German head noun, when known.
    var gender: GrammaticalGender? = nil
}
