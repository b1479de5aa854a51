/// Rejoins a sentence that a page layout broke across a blank line: "… wegen eines drohenden" + blank line
/// + "„Hafenstreiks“ gewarnt." becomes one line again.
///
/// A line is taken as broken when it is long enough to be body text (not a headline), ends on a
/// lower-case word or a comma (no sentence ends there) and the next non-blank line exists.
struct BrokenSentenceRule: NormalizationRule {
    let id = "broken-sentence"
    /// Headlines are short; body paragraphs are not. Lines shorter than this are never joined.
    static let minimumLineLength = 60

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let ranges = buffer.lineRanges
        let scalars = buffer.scalars
        var index = 0
        while index < ranges.count {
            let range = ranges[index]
            defer { index += 1 }
            guard range.count >= Self.minimumLineLength, index + 1 < ranges.count, ranges[index + 1].isEmpty else { continue }
            var next = index + 1
            while next < ranges.count, ranges[next].isEmpty { next += 1 }
            guard next < ranges.count else { continue }
            let last = scalars[range.upperBound - 1]
            guard last == "," || endsWithLowercaseWord(scalars, range) else { continue }
            result.append(.init(range.upperBound..<ranges[next].lowerBound, with: " "))
        }
        return result
    }

    private func endsWithLowercaseWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var start = range.upperBound
        while start > range.lowerBound, ScalarClass.isLetter(scalars[start - 1]) { start -= 1 }
        guard start < range.upperBound else { return false }
        return scalars[start].properties.isLowercase
    }
}
