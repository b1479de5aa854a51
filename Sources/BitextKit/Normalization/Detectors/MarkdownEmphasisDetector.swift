/// Finds Markdown emphasis left in scraped text: "**ORF.at**", "__so__". Shared by the normalizer
/// (which removes the markers) and QA's `markup-remnant` check (which reports them).
///
/// Only doubled markers around text on one line count: single "*" and "_" are too often real
/// (footnotes, gender star, identifiers). The opening marker must be followed, and the closing one
/// preceded, by a non-blank character.
public struct MarkdownEmphasisDetector: Sendable {
    /// One emphasized span: the opening and closing markers' scalar ranges.
    public struct Emphasis: Sendable, Equatable {
        public let opening: Range<Int>
        public let closing: Range<Int>

        /// From the opening marker through the closing one.
        public var range: Range<Int> { opening.lowerBound..<closing.upperBound }
    }

    public init() {}

    /// The emphasized spans within `lines` (scalar ranges without line feeds) of `scalars`.
    ///
    /// - Complexity: O(n) per line in the worst case of an unclosed marker, O(n) overall otherwise.
    public func emphases(in scalars: [Unicode.Scalar], lines: [Range<Int>]) -> [Emphasis] {
        var result: [Emphasis] = []
        for line in lines {
            var index = line.lowerBound
            while index + 1 < line.upperBound {
                let marker = scalars[index]
                guard marker == "*" || marker == "_", scalars[index + 1] == marker,
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
                result.append(Emphasis(opening: index..<(index + 2), closing: close..<(close + 2)))
                index = close + 2
            }
        }
        return result
    }
}
