/// One German-English term pair with what a terminologist needs to judge it.
///
/// Curated entries carry part of speech, domain, note and status; extracted entries add a
/// confidence, a frequency, the evidence that paired the two terms and the sentence pairs they came
/// from. Every export format carries every field, so export → import → export is lossless.
public struct GlossaryEntry: Sendable, Equatable, Codable {
    public var german: String
    public var english: String
    public var partOfSpeech: PartOfSpeech?
    /// The grammatical gender of the German term's head noun (TBX `grammaticalGender`).
    public var gender: GrammaticalGender?
    /// Subject field, e.g. "diplomacy" (free text; empty when unknown).
    public var domain: String
    /// A note for translators (free text; empty when none).
    public var note: String
    public var status: TermStatus?
    /// 0…1, rounded to `GlossaryEntry.confidenceDecimals`; nil for entries nobody scored.
    public var confidence: Double?
    /// Number of aligned sentence pairs the pair occurs in (comparable mode: plus the article pairs
    /// both terms occur in); nil when not counted.
    public var frequency: Int?
    public var evidence: [TermEvidence]
    public var contexts: [SentencePair]
    /// Further terms of the entry (synonyms, spelling variants, acronyms), German and English.
    public var variants: [TermVariant] = []

    /// Confidences are rounded to this many decimals when computed, so that every format writes
    /// and reads back the same value.
    public static let confidenceDecimals = 3

    public init(
        german: String, english: String, partOfSpeech: PartOfSpeech? = nil, gender: GrammaticalGender? = nil, domain: String = "", note: String = "",
        status: TermStatus? = nil, confidence: Double? = nil, frequency: Int? = nil,
        evidence: [TermEvidence] = [], contexts: [SentencePair] = []
    ) {
        self.german = german
        self.english = english
        self.partOfSpeech = partOfSpeech
        self.gender = gender
        self.domain = domain
        self.note = note
        self.status = status
        self.confidence = confidence
        self.frequency = frequency
        self.evidence = evidence
        self.contexts = contexts
    }
}
