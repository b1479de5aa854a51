/// Where single quotation marks (' ‘ ’ ‚ › ‹) open and close in a text: an opening mark at the start of a
/// word, a closing one at the end of one. An apostrophe inside a word ("can't") is neither.
/// `QuotationSpans` leaves single marks out, since most are apostrophes; a check that needs them asks
/// whether a stretch stands between an opening and a closing mark ("'i can't get starter'").
///
/// Found once per text, so that asking about each stretch does not walk its sentence.
struct SingleQuotationMarks {
    private static let marks: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{203A}", "\u{2039}"]
    private static let endsClause: Set<Unicode.Scalar> = ["?", "!", ".", ",", ";", ":"]

    /// Offsets of opening and of closing marks, in order.
    private let openings: [Int]
    private let closings: [Int]

    /// - Complexity: O(n).
    init(_ scalars: [Unicode.Scalar]) {
        func isLetter(_ index: Int) -> Bool { scalars.indices.contains(index) && scalars[index].properties.isAlphabetic }
        var openings: [Int] = []
        var closings: [Int] = []
        for index in scalars.indices where Self.marks.contains(scalars[index]) {
            if !isLetter(index - 1) && isLetter(index + 1) { openings.append(index) }
            if index > 0, !isLetter(index + 1), isLetter(index - 1) || Self.endsClause.contains(scalars[index - 1]) { closings.append(index) }
        }
        self.openings = openings
        self.closings = closings
    }

    /// Whether `range` has an opening mark before it and a closing one after it, both inside `sentence`.
    ///
    /// - Complexity: O(log m) for m marks.
    func enclose(_ range: Range<Int>, within sentence: Range<Int>) -> Bool {
        let opening = openings.partitionPoint { $0 < sentence.lowerBound }
        let closing = closings.partitionPoint { $0 < range.upperBound }
        return opening < openings.count && openings[opening] < range.lowerBound
            && closing < closings.count && closings[closing] < sentence.upperBound
    }
}
