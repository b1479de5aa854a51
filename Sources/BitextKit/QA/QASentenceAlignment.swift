/// QA's way into the one sentence aligner (`SentenceAligner`, the same steps as `bitext align` and
/// `bitext run`): it hands over the texts QA has analysed already, so that omissions and
/// additions are exactly the 1-0 and 0-1 beads `bitext align` would report, and keeps the English side
/// of the last source (batches check several translations of one source in a row).
///
/// The QA lexicon runs German → English, so the German target is the aligner's source side and the
/// beads are swapped back. Not thread-safe (the extractor caches).
public final class QASentenceAlignment: QASentenceAligning {
    private let extractor: FeatureExtractor
    private let aligner = SentenceAligner()
    /// Kept across records: its array spans the whole key space, too large to allocate per record.
    private var counter = CoverageCounter(keyCount: 0)
    /// The English side of the source last aligned, with its text: batches check the translations of
    /// one source in a row (`QABatch.groups`), and a side depends on nothing but the text.
    private var lastSource: (bytes: [UInt8], side: AlignmentSide)?

    /// - Parameters:
    ///   - lexicon: German → English.
    ///   - memos: word-level answers shared with the other sessions of a batch (their word features).
    ///   - folder: the session's name folding, so that a word is folded once for the aligner and the checks.
    public init(lexicon: Lexicon, memos: QAWordMemos? = nil, folder: NameFolder? = nil) throws {
        extractor = try FeatureExtractor(lexicon: lexicon, shared: memos?.wordFeatures, folder: folder, splitsOnDemand: true)
    }

    /// - Complexity: that of `SentenceAligner.align(sourceLengths:…)`: linear for texts that pair up by
    ///   length, else the banded search's.
    public func align(source: QAText, target: QAText) -> [QABead] {
        guard !source.sentences.isEmpty, !target.sentences.isEmpty else { return [] }
        let beads = aligner.align(sourceLengths: target.sentences.map(\.scalars.count), targetLengths: source.sentences.map(\.scalars.count),
                                  extractor: extractor, counter: &counter) {
            let german = extractor.sourceSide(target.analysis)
            if let lastSource, lastSource.bytes == source.bytes { return (german, lastSource.side) }
            let english = extractor.targetSide(source.analysis)
            lastSource = (source.bytes, english)
            return (german, english)
        }
        return beads.map { QABead(source: $0.target, target: $0.source) }
    }
}
