/// The text of one segment with its inline codes (formatting, tags, placeholders of the original
/// format), kept as codes with ids rather than text: QA reads `plain`, reports show `display`, where
/// each code is a placeholder (`{1}` opens or stands alone, `{/1}` closes).
public struct BilingualSegment: Sendable, Equatable {
    /// The text with inline codes as placeholders, as a reviser sees it.
    public let display: String
    /// The text without inline codes, as a reader reads it.
    public let plain: String
    public let codes: [InlineCode]

    public static let empty = BilingualSegment(display: "", plain: "", codes: [])

    /// The scalar range in `display` of a scalar range of `plain`. A range starting where a code sits
    /// starts after its placeholder; a range ending there ends before it.
    public func displayRange(ofPlain range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        for code in codes {
            if code.plainOffset < range.lowerBound || (code.plainOffset == range.lowerBound && !range.isEmpty) {
                start += code.placeholder.unicodeScalars.count
            }
            if code.plainOffset < range.upperBound { end += code.placeholder.unicodeScalars.count }
        }
        return start..<max(start, end)
    }
}

/// An inline code of a segment.
public struct InlineCode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Starts a span (`g`, `bx`, `bpt`, `pc`, `sc`, `it pos="open"`).
        case open
        /// Ends a span (`ex`, `ept`, `ec`, `it pos="close"`).
        case close
        /// Stands alone (`x`, `ph`, `ut`).
        case standalone
    }

    /// The id that pairs the source's code with the target's (`id`, `rid`, `startRef`, TMX `i`/`x`).
    public let id: String
    public let kind: Kind
    /// Scalar offset in the segment's `plain` text where the code sits.
    public let plainOffset: Int
    /// Scalar range of the placeholder in the segment's `display` text.
    public let displayRange: Range<Int>

    public var placeholder: String { kind == .close ? "{/\(id)}" : "{\(id)}" }
}

/// Builds a segment from text and codes in document order.
struct SegmentBuilder {
    private var display = ""
    private var plain = ""
    private var displayCount = 0
    private var plainCount = 0
    private var codes: [InlineCode] = []

    mutating func text(_ text: String) {
        display += text
        plain += text
        let count = text.unicodeScalars.count
        displayCount += count
        plainCount += count
    }

    mutating func code(_ id: String, _ kind: InlineCode.Kind) {
        let placeholder = kind == .close ? "{/\(id)}" : "{\(id)}"
        let length = placeholder.unicodeScalars.count
        codes.append(InlineCode(id: id, kind: kind, plainOffset: plainCount, displayRange: displayCount..<(displayCount + length)))
        display += placeholder
        displayCount += length
    }

    var segment: BilingualSegment { BilingualSegment(display: display, plain: plain, codes: codes) }
}
