/// Sentence alignment for QA by bitext's own aligner (`SentenceAligner` over `FeatureExtractor`
/// keys: lexicon, names, numbers, cognates), so that omissions and additions are exactly the 1-0 and
/// 0-1 beads `bitext align` would report.
///
/// The QA lexicon runs German → English, so the German target is the aligner's source side and the
/// beads are swapped back. Not thread-safe (the extractor caches).
public final class LexicalSentenceAligner: QASentenceAligning {
    private let extractor: FeatureExtractor
    private let aligner = SentenceAligner()

    /// - Parameter lexicon: German → English.
    public init(lexicon: Lexicon) throws {
        extractor = try FeatureExtractor(lexicon: lexicon)
    }

    /// - Complexity: that of `SentenceAligner.align` (linear in the sentence counts for long texts,
    ///   thanks to its banded search).
    public func align(source: QAText, target: QAText) throws -> [QABead] {
        guard !source.sentences.isEmpty, !target.sentences.isEmpty else { return [] }
        // One sentence on each side (most batch records): nothing to decide.
        if source.sentences.count == 1, target.sentences.count == 1 { return [QABead(source: 0..<1, target: 0..<1)] }
        let german = try extractor.sourceSide(target.sentences.map { target.string($0.scalars) })
        let english = try extractor.targetSide(source.sentences.map { source.string($0.scalars) })
        return aligner.align(source: german, target: english, keyCount: extractor.keyCount).map {
            QABead(source: $0.target, target: $0.source)
        }
    }
}
