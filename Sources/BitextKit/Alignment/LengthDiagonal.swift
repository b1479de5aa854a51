import Foundation

/// The first step of parallel alignment: two texts with as many sentences, each pair of lengths in the
/// ratio of the language pair, pair up by index. The lexical search would find the same diagonal, and
/// analysing every word for it is most of the cost of aligning a paragraph or a short translation.
///
/// A sentence left out and another added keeps the counts equal but not the lengths; the texts' own
/// ratio would absorb that, so the ratio is the language pair's, measured once.
enum LengthDiagonal {
    /// German characters per English character in a translation: the median over the WMT24 en→de
    /// human translations' paragraphs (98 % of them lie between 0.9 and 1.56).
    static let germanPerEnglish = 1.17
    /// How far, in standard deviations of Gale & Church's length model, a sentence's length may stray
    /// from its partner's for the sentences to pair up by index.
    static let tolerance = 2.5

    /// The diagonal beads of German and English sentence lengths (in characters), or nil when the
    /// texts do not pair up by index. One sentence on each side always pairs.
    ///
    /// - Complexity: O(n).
    static func beads(germanLengths: [Int], englishLengths: [Int]) -> [AlignmentBead]? {
        guard germanLengths.count == englishLengths.count, !germanLengths.isEmpty else { return nil }
        var confidences: [Double] = []
        confidences.reserveCapacity(germanLengths.count)
        for (german, english) in zip(germanLengths, englishLengths) {
            let spread = (Double(max(1, english)) * AlignmentCostModel.galeChurchVariance).squareRoot()
            let deviation = abs(Double(german) - Double(english) * germanPerEnglish) / spread
            if deviation > tolerance && germanLengths.count > 1 { return nil }
            confidences.append(erfc(deviation / 2.0.squareRoot()))
        }
        return confidences.indices.map { AlignmentBead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: confidences[$0]) }
    }
}
