/// Removes Markdown emphasis markers left in scraped text ("**Krone.at**" → "Krone.at", "__so__" → "so").
/// Only doubled markers around text on one line are taken: single "*" and "_" are too often real.
struct MarkdownEmphasisRule: NormalizationRule {
    let id = "markdown-emphasis"

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let scalars = buffer.scalars
        for line in buffer.lineRanges {
            var index = line.lowerBound
            while index + 1 < line.upperBound {
                let marker = scalars[index]
                guard (marker == "*" || marker == "_"), scalars[index + 1] == marker,
                      index + 2 < line.upperBound, !ScalarClass.isBlank(scalars[index + 2]), scalars[index + 2] != marker else {
                    index += 1
                    continue
                }
                var close = index + 2
                while close + 1 < line.upperBound, !(scalars[close] == marker && scalars[close + 1] == marker) { close += 1 }
                guard close + 1 < line.upperBound, !ScalarClass.isBlank(scalars[close - 1]) else {
                    index += 2
                    continue
                }
                result.append(.init(index..<(index + 2)))
                result.append(.init(close..<(close + 2)))
                index = close + 2
            }
        }
        return result
    }
}
