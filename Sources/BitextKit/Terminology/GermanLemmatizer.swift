/// A light German lemma key: strips inflection endings only (-en, -es, -e, -n, -s), so
/// Botschaft/Botschaften and Außenminister/Außenministers group, while Botschaft and Botschafter,
/// which a Snowball stemmer conflates (both "botschaft"), stay two terms.
///
/// Used for grouping surface forms into one glossary entry; lexicon lookups keep using Snowball
/// stems because the lexicon is keyed by them.
enum GermanLemmatizer {
    /// Shortest stem left after stripping: shorter words are returned whole ("Rat", "Amt").
    static let minimumStem = 4

    static func key(_ lowerCasedWord: String) -> String {
        let w = lowerCasedWord
        func strip(_ suffix: String) -> String? {
            guard w.hasSuffix(suffix), w.count - suffix.count >= minimumStem else { return nil }
            return String(w.dropLast(suffix.count))
        }
        if let s = strip("en") { return s }
        if w.hasSuffix("ses") || w.hasSuffix("ßes"), let s = strip("es") { return s }
        if let s = strip("e") { return s }
        if w.hasSuffix("ern") || w.hasSuffix("eln"), let s = strip("n") { return s }
        if !w.hasSuffix("ss"), !w.hasSuffix("us"), let s = strip("s") { return s }
        return w
    }
}
