/// The sentence pairs of an article pair that term pairing counts co-occurrences in, from the
/// sentence aligner: its beads for a translation (parallel), its comparable matcher's pairs for two
/// reports of the same events. Multi-sentence beads become one pair of joined sentences; beads with
/// an empty side carry no pair.
///
/// Not thread-safe (the feature extractor owns tokenizers).
public final class ArticleSentencePairer {
    private let extractor: FeatureExtractor

    public init(lexicon: Lexicon) throws {
        extractor = try FeatureExtractor(lexicon: lexicon)
    }

    /// - Complexity: that of `SentenceAligner.align` (banded DP) or `ComparableMatcher.match`.
    ///   `.auto` decides per article pair (`decide`).
    public func pairs(_ article: ArticlePair, mode: TextRelation) throws -> [SentencePair] {
        let matches = mode == .parallel ? [] : ComparableMatcher().match(source: try extractor.sourceSide(article.german),
                                                                          target: try extractor.targetSide(article.english), keyCount: extractor.keyCount)
        let relation = mode == .auto
            ? TranslationTest.decide(matches, sourceCount: article.german.count, targetCount: article.english.count).relation : mode
        let beads = relation == .parallel ? try SentenceAligner().align(source: article.german, target: article.english, extractor: extractor) : matches
        return beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { bead in
            SentencePair(
                german: bead.source.map { article.german[$0] }.joined(separator: " "),
                english: bead.target.map { article.english[$0] }.joined(separator: " "))
        }
    }

    /// Whether an article pair is a translation or only comparable (`TranslationTest`).
    public func decide(_ article: ArticlePair) throws -> RelationDecision {
        let matches = ComparableMatcher().match(source: try extractor.sourceSide(article.german),
                                                target: try extractor.targetSide(article.english), keyCount: extractor.keyCount)
        return TranslationTest.decide(matches, sourceCount: article.german.count, targetCount: article.english.count)
    }
}
