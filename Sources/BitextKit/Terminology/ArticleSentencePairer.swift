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
    public func pairs(_ article: ArticlePair, mode: GlossaryBuilder.Mode) throws -> [SentencePair] {
        let source = try extractor.sourceSide(article.german)
        let target = try extractor.targetSide(article.english)
        let beads: [AlignmentBead]
        switch mode {
        case .parallel: beads = SentenceAligner().align(source: source, target: target, keyCount: extractor.keyCount)
        case .comparable: beads = ComparableMatcher().match(source: source, target: target, keyCount: extractor.keyCount)
        }
        return beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { bead in
            SentencePair(
                german: bead.source.map { article.german[$0] }.joined(separator: " "),
                english: bead.target.map { article.english[$0] }.joined(separator: " "))
        }
    }
}
