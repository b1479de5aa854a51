/// Text under normalization: its scalars, where each came from in the original input, and the edits so far.
///
/// Rules never mutate the text themselves: they return `Replacement`s, and `apply` rebuilds the scalars
/// and the origin map in one pass, so every edit can name its position in the user's original file.
public struct NormalizationBuffer {
    /// A change a rule asks for: replace `range` (in current scalars) with `scalars`.
    public struct Replacement: Equatable {
        public let range: Range<Int>
        public let scalars: [Unicode.Scalar]

        public init(_ range: Range<Int>, with scalars: [Unicode.Scalar] = []) {
            self.range = range
            self.scalars = scalars
        }

        public init(_ range: Range<Int>, with text: String) {
            self.init(range, with: Array(text.unicodeScalars))
        }
    }

    public private(set) var scalars: [Unicode.Scalar]
    /// For each scalar, its offset in the original input (inserted scalars take the offset of what they replaced).
    public private(set) var origins: [Int32]
    private let originalLines: LineStarts
    public let originalCount: Int
    public private(set) var edits: [NormalizationEdit] = []

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        origins = (0..<scalars.count).map { Int32($0) }
        originalCount = scalars.count
        originalLines = LineStarts(scalars)
    }

    public var text: String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Applies non-overlapping replacements, recording each as an edit of `rule`.
    ///
    /// - Complexity: O(n + r log r) for n scalars and r replacements.
    public mutating func apply(_ replacements: [Replacement], rule: String) {
        guard !replacements.isEmpty else { return }
        let sorted = replacements.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var newScalars: [Unicode.Scalar] = []
        var newOrigins: [Int32] = []
        newScalars.reserveCapacity(scalars.count)
        newOrigins.reserveCapacity(scalars.count)
        var cursor = 0
        for replacement in sorted where replacement.range.lowerBound >= cursor {
            let range = replacement.range
            newScalars.append(contentsOf: scalars[cursor..<range.lowerBound])
            newOrigins.append(contentsOf: origins[cursor..<range.lowerBound])
            let start = range.lowerBound < origins.count ? Int(origins[range.lowerBound]) : originalCount
            let end = range.isEmpty ? start : Int(origins[range.upperBound - 1]) + 1
            newScalars.append(contentsOf: replacement.scalars)
            newOrigins.append(contentsOf: repeatElement(Int32(start), count: replacement.scalars.count))
            edits.append(edit(rule: rule, start: start, end: end, before: scalars[range], after: replacement.scalars))
            cursor = range.upperBound
        }
        newScalars.append(contentsOf: scalars[cursor...])
        newOrigins.append(contentsOf: origins[cursor...])
        scalars = newScalars
        origins = newOrigins
    }

    private func edit(rule: String, start: Int, end: Int, before: ArraySlice<Unicode.Scalar>, after: [Unicode.Scalar]) -> NormalizationEdit {
        let (line, column) = originalLines.position(ofScalar: start)
        var beforeText = String.UnicodeScalarView()
        beforeText.append(contentsOf: before)
        var afterText = String.UnicodeScalarView()
        afterText.append(contentsOf: after)
        return NormalizationEdit(rule: rule, start: start, end: end, line: line, column: column,
                                 before: String(beforeText), after: String(afterText))
    }

    /// The current text's lines as scalar ranges, without their line feeds.
    public var lineRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<scalars.count)
        return ranges
    }

    /// The range of line `range` including its line feed (if any), for removing whole lines.
    public func rangeWithLineFeed(_ range: Range<Int>) -> Range<Int> {
        range.upperBound < scalars.count ? range.lowerBound..<(range.upperBound + 1) : range
    }

    /// The text of `range`, encoded through a UTF-8 buffer (much faster than appending scalars to a String).
    public func string(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for scalar in scalars[range] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
