/// Everything one QA run looks at: the target, optionally its source and their sentence alignment,
/// and the glossary.
public struct QAInput: Sendable {
    public let target: QAText
    public let source: QAText?
    public let glossary: QAGlossary
    /// Sentence alignment of source and target; empty without a source or when the texts could not
    /// be paired.
    public let beads: [QABead]
    /// Whether the source is a comparable article on the same events rather than the text translated:
    /// it then shares many names but not every number or date, and checks that compare them say so
    /// with less weight.
    public let sourceIsComparable: Bool
    /// For each target sentence, the index of its bead (-1 when unaligned).
    private let beadOfTargetSentence: [Int]

    public init(target: QAText, source: QAText? = nil, glossary: QAGlossary = QAGlossary(), beads: [QABead] = [],
                sourceIsComparable: Bool = false) {
        self.target = target
        self.source = source
        self.glossary = glossary
        self.beads = beads
        self.sourceIsComparable = sourceIsComparable
        var map = [Int](repeating: -1, count: target.sentences.count)
        for (index, bead) in beads.enumerated() {
            for sentence in bead.target where sentence < map.count { map[sentence] = index }
        }
        beadOfTargetSentence = map
    }

    /// The source tokens a target sentence is compared with: those of its aligned source sentences,
    /// or of the whole source when the texts are not aligned (comparable articles). Empty without a
    /// source, or for a sentence the alignment leaves unpaired.
    public func sourceTokens(comparedWithTargetSentence sentence: Int) -> Range<Int> {
        guard let source else { return 0..<0 }
        guard !beads.isEmpty else { return source.tokens.indices }
        let bead = sentence < beadOfTargetSentence.count ? beadOfTargetSentence[sentence] : -1
        guard bead >= 0, let first = beads[bead].source.first, let last = beads[bead].source.last else { return 0..<0 }
        return source.tokenRange(ofSentence: first).lowerBound..<source.tokenRange(ofSentence: last).upperBound
    }
}

/// A group of source sentences aligned with a group of target sentences (sentence indices); either
/// side may be empty (an omission or an addition).
public struct QABead: Sendable, Equatable {
    public let source: Range<Int>
    public let target: Range<Int>

    public init(source: Range<Int>, target: Range<Int>) {
        self.source = source
        self.target = target
    }
}

/// Produces the sentence alignment checks compare source and target by.
public protocol QASentenceAligning {
    func align(source: QAText, target: QAText) throws -> [QABead]
}

/// The alignment of a sentence-by-sentence translation (same number of sentences: 1-1 by index),
/// used when no aligner is given; texts of different lengths stay unaligned.
public struct IndexSentencePairing: QASentenceAligning {
    public init() {}

    public func align(source: QAText, target: QAText) -> [QABead] {
        guard source.sentences.count == target.sentences.count else { return [] }
        return source.sentences.indices.map { QABead(source: $0..<($0 + 1), target: $0..<($0 + 1)) }
    }
}
