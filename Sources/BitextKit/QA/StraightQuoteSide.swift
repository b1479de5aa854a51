/// The side of a quotation a straight quote (") stands on, as its neighbours show it: before a word it
/// opens, after one (and before a space or punctuation) it closes; between two words or two spaces
/// ("Twitter."That", a space lost) the side is not shown. `"I was told "wait.` opens two quotations,
/// `"She cried"?""` closes two.
enum StraightQuoteSide {
    case opening
    case closing
    case either

    /// The side of the straight quote at `index`; the neighbours looked at lie within `bounds` (a
    /// paragraph, or the whole text).
    init(of index: Int, in scalars: [Unicode.Scalar], within bounds: Range<Int>) {
        let before = index > bounds.lowerBound && !Self.isSpaceOrOpening(scalars[index - 1])
        let after = index + 1 < bounds.upperBound && !scalars[index + 1].properties.isWhitespace
            && !Self.isClosingPunctuation(scalars[index + 1])
        switch (before, after) {
        case (false, true): self = .opening
        case (true, false): self = .closing
        default: self = .either
        }
    }

    /// Whether a straight quote after `scalar` stands where a quotation opens: after a space, at an
    /// opening bracket or dash.
    private static func isSpaceOrOpening(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "([{\u{2013}\u{2014}/".unicodeScalars.contains(scalar)
    }

    /// Whether a straight quote before `scalar` ends a quotation: before sentence or clause punctuation.
    private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        ".,;:!?)]}\"".unicodeScalars.contains(scalar)
    }
}
