/// Sentence alignment for QA by bitext's own aligner (`SentenceAligner` over `FeatureExtractor`
/// keys: lexicon, names, numbers, cognates), so that omissions and additions are exactly the 1-0 and
/// 0-1 beads `bitext align` would report.
///
/// The QA lexicon runs German → English, so the German target is the aligner's source side and the
/// beads are swapped back. Not thread-safe (the extractor caches).
public final class LexicalSentenceAligner: QASentenceAligning {
    private let extractor: FeatureExtractor
    private let aligner = SentenceAligner()
    /// Kept across records: its array spans the whole key space, too large to allocate per record.
    private var counter = CoverageCounter(keyCount: 0)
    /// The English side of the source last aligned, with its text: batches check the translations of
    /// one source in a row (`QABatch.shares`), and a side depends on nothing but the text.
    private var lastSource: (bytes: [UInt8], side: AlignmentSide)?

    /// - Parameters:
    ///   - lexicon: German → English.
    ///   - memos: word-level answers shared with the other sessions of a batch (their word features).
    ///   - folder: the session's name folding, so that a word is folded once for the aligner and the checks.
    public init(lexicon: Lexicon, memos: QAWordMemos? = nil, folder: NameFolder? = nil) throws {
        extractor = try FeatureExtractor(lexicon: lexicon, shared: memos?.wordFeatures, folder: folder)
    }

    /// - Complexity: that of `SentenceAligner.align` (linear in the sentence counts for long texts,
    ///   thanks to its banded search).
    public func align(source: QAText, target: QAText) -> [QABead] {
        guard !source.sentences.isEmpty, !target.sentences.isEmpty else { return [] }
        // One sentence on each side (most batch records): nothing to decide.
        if source.sentences.count == 1, target.sentences.count == 1 { return [QABead(source: 0..<1, target: 0..<1)] }
        if Self.lengthsPairUp(source, target) {
            return source.sentences.indices.map { QABead(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
        }
        let german = extractor.sourceSide(tokenized: Self.sentences(of: target))
        let english: AlignmentSide
        if let lastSource, lastSource.bytes == source.bytes {
            english = lastSource.side
        } else {
            english = extractor.targetSide(tokenized: Self.sentences(of: source))
            lastSource = (source.bytes, english)
        }
        counter.reserve(keyCount: extractor.keyCount)
        return aligner.align(source: german, target: english, counter: &counter).map {
            QABead(source: $0.target, target: $0.source)
        }
    }

    /// German characters per English character in a translation: the median over the WMT24 en→de
    /// human translations' paragraphs (1.17; 98 % of them lie between 0.9 and 1.56).
    static let lengthRatio = 1.17
    /// How far, in standard deviations of Gale & Church's length model, a sentence's length may stray
    /// from its partner's for the sentences to pair up by index.
    static let lengthTolerance = 2.5

    /// Whether the texts have as many sentences and every pair's lengths agree (Gale & Church's
    /// length test): then the lexical aligner would find the diagonal too, and analysing every word
    /// for it is most of a paragraph's alignment cost. A sentence left out and another added keeps
    /// the counts equal but not the lengths; the texts' own ratio would hide it, so the ratio is the
    /// language pair's.
    static func lengthsPairUp(_ source: QAText, _ target: QAText) -> Bool {
        guard source.sentences.count == target.sentences.count else { return false }
        for (s, t) in zip(source.sentences, target.sentences) {
            let expected = Double(s.scalars.count) * lengthRatio
            let spread = (Double(max(1, s.scalars.count)) * AlignmentCostModel.galeChurchVariance).squareRoot()
            if abs(Double(t.scalars.count) - expected) > lengthTolerance * spread { return false }
        }
        return true
    }

    /// The text's sentences with the tokens inside each, taken from the text's own tokenization (the
    /// extractor's tokenizer is the same, so re-tokenizing each sentence would find the same tokens).
    private static func sentences(of text: QAText) -> [FeatureExtractor.TokenizedSentence] {
        var result: [FeatureExtractor.TokenizedSentence] = []
        result.reserveCapacity(text.sentences.count)
        var token = 0
        for sentence in text.sentences {
            let range = sentence.scalars
            while token < text.tokens.count, text.tokens[token].scalars.lowerBound < range.lowerBound { token += 1 }
            var tokens: [(text: String, kind: WordToken.Kind)] = []
            while token < text.tokens.count, text.tokens[token].scalars.upperBound <= range.upperBound {
                tokens.append((text.words[token], text.tokens[token].kind))
                token += 1
            }
            result.append(FeatureExtractor.TokenizedSentence(characters: range.count, tokens: tokens))
        }
        return result
    }
}
