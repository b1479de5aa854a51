/// The units one level of the search aligns: single sentences, or at coarser levels blocks of
/// consecutive sentences, with their lengths and content-token counts cached.
struct AlignmentUnits {
    let sourceSide: AlignmentSide
    let targetSide: AlignmentSide
    /// Sentence ranges of the source units, in order, covering all source sentences.
    let source: [Range<Int>]
    let target: [Range<Int>]
    let sourceCharacters: [Int]
    let targetCharacters: [Int]
    /// Summed token weights per unit.
    let sourceContent: [Double]
    let targetContent: [Double]

    init(sourceSide: AlignmentSide, targetSide: AlignmentSide, source: [Range<Int>], target: [Range<Int>]) {
        self.sourceSide = sourceSide
        self.targetSide = targetSide
        self.source = source
        self.target = target
        sourceCharacters = source.map { sourceSide.characterCount($0) }
        targetCharacters = target.map { targetSide.characterCount($0) }
        sourceContent = source.map { sourceSide.contentWeight($0) }
        targetContent = target.map { targetSide.contentWeight($0) }
    }

    /// One unit per sentence.
    static func sentences(_ sourceSide: AlignmentSide, _ targetSide: AlignmentSide) -> AlignmentUnits {
        AlignmentUnits(sourceSide: sourceSide, targetSide: targetSide,
                       source: (0..<sourceSide.count).map { $0..<($0 + 1) },
                       target: (0..<targetSide.count).map { $0..<($0 + 1) })
    }

    /// Units of `factor` consecutive units each (the last block may be shorter).
    func grouped(by factor: Int) -> AlignmentUnits {
        func group(_ units: [Range<Int>]) -> [Range<Int>] {
            stride(from: 0, to: units.count, by: factor).map { start in
                units[start].lowerBound..<units[min(start + factor, units.count) - 1].upperBound
            }
        }
        return AlignmentUnits(sourceSide: sourceSide, targetSide: targetSide, source: group(source), target: group(target))
    }

    func sourceTokens(_ p: Int) -> Range<Int> { sourceSide.tokens(of: source[p]) }
    func targetTokens(_ q: Int) -> Range<Int> { targetSide.tokens(of: target[q]) }
}
