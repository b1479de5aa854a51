/// Decides whether two spellings are one name across languages ("Lawrow" and "Lavrov").
public protocol QANameMatching {
    func sameName(_ a: String, _ b: String) -> Bool
}

/// The aligner's name folding (transliteration plus `common/name-folding.txt`) serves QA too.
extension NameFolder: QANameMatching {}
