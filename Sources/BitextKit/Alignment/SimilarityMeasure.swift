/// Lexical similarity of a bead: the share of content tokens, on both sides together and weighted
/// by rarity (`AlignmentSide`), that have a translation, name, number, cognate or punctuation match
/// on the other side. In [0, 1]; nil when neither side has a content token (no evidence either way).
enum SimilarityMeasure {
    static func similarity(matches: (Double, Double), sourceContent: Double, targetContent: Double) -> Double? {
        let total = sourceContent + targetContent
        guard total > 0 else { return nil }
        return (min(matches.0, sourceContent) + min(matches.1, targetContent)) / total
    }
}
