/// Why two terms were paired. Each kind is independent evidence; the builder combines them into a
/// confidence and lists them so a reviewer can see why a pair is there.
public enum TermEvidence: String, Sendable, CaseIterable, Codable {
    /// The pair is in a curated glossary (`glossaries/` or `--glossary`).
    case curated
    /// A dictionary (Ding, FreeDict, TSV lexicon) translates a German word into an English one.
    case lexicon
    /// The parts of a German compound translate into the English words (Botschaftsbeamter ↔ embassy official).
    case compound
    /// The terms co-occur in aligned sentence pairs more than chance predicts (log-likelihood ratio).
    case cooccurrence
    /// The terms are spellings of one name (Medwedew ↔ Medvedev).
    case name
    /// The terms are cognates or identical strings (Konferenz ↔ conference, NATO ↔ NATO).
    case cognate
}
