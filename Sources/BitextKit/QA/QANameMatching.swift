/// Decides whether two spellings are one name across languages ("Medwedew" and "Medvedev"), by a key
/// both spellings fold to.
public protocol QANameMatching {
    /// The language-independent key of a name; empty when the word has no letters.
    func nameKey(_ word: String) -> String
}

/// The aligner's name folding (transliteration plus `common/name-folding.txt`) serves QA too.
extension NameFolder: QANameMatching {
    public func nameKey(_ word: String) -> String { fold(word) }
}
