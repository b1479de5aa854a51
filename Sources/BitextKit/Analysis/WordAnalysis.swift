/// What one token is, found once per distinct token and shared by every stage that reads the text:
/// pairing keys (`DocumentKeyExtractor`), alignment features (`FeatureExtractor`) and QA
/// (`QALexiconAnswers`) ask these questions and nothing else of a word.
///
/// Everything here depends on the word and its language only, except `compoundParts`, which depends
/// on which words the lexicon knows (a part is a word the lexicon can translate).
public struct WordAnalysis: Sendable, Codable, Equatable {
    /// The token as written.
    public let text: String
    /// The word the features are of: English loses its possessive ending ("Norway’s" → "Norway"),
    /// which ICU keeps inside the word.
    public let base: String
    /// `base` lower-cased.
    public let lower: String
    /// The Snowball stem of `lower` ("" for numbers and punctuation).
    public let stem: String
    /// `base` folded across spellings and scripts (`NameFolder`: "Medwedew" and "Medvedev" meet).
    public let nameKey: String
    public let isCapitalized: Bool
    /// The month a month name (or its abbreviation) stands for, 1–12 (`DateWords`).
    public let month: Int?
    /// Never a term or pairing evidence: `FunctionWords` (stop words and term stop words).
    public let isFunctionWord: Bool
    /// No alignment evidence: `StopWords`.
    public let isStopWord: Bool
    /// A number token's value in canonical form ("1.000" and "1,000" → "1000"; `NumberReader.key`).
    public let number: String?
    /// For a German word that is not a word of its own in the lexicon (no primary translation of its
    /// stem): the stems of its compound parts, when it splits into words the lexicon knows.
    public let compoundParts: [String]?
}
