/// The spans of quotations in a text, for checks that treat quoted material differently (a
/// foreign title, a quoted English phrase).
enum QuotationSpans {
    /// Words a quotation may have to count as short (a title or term rather than reported speech).
    static let shortQuotationWords = 4

    /// Scalar ranges inside „…“, “…”, »…«, «…» and "…" on one line.
    ///
    /// - Complexity: O(n).
    static func all(in text: QAText) -> [Range<Int>] {
        all(in: text.scalars)
    }

    /// Scalar ranges inside „…“, “…”, »…«, «…» and "…" on one line of `scalars`; with `runningOn`,
    /// also from a mark left open to the end of its line (a quotation that runs on into the next
    /// segment, as quotations of several sentences do in sentence-segmented files).
    ///
    /// - Complexity: O(n).
    static func all(in scalars: [Unicode.Scalar], runningOn: Bool = false) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var open: (index: Int, closers: Set<Unicode.Scalar>)?
        for (index, scalar) in scalars.enumerated() {
            // The scalars below the lowest curly mark (nearly all of a text) neither open nor close but
            // the straight one, and skipping them spares a hash look-up each, which was 1 % of a
            // batch's CPU time (`perf`, the 2.0 MB throughput set).
            if scalar.value < Self.lowestCurlyMark, scalar != "\"", scalar != "\n" { continue }
            if scalar == "\n" {
                if runningOn, let current = open { result.append((current.index + 1)..<index) }
                open = nil
            } else if let current = open, current.closers.contains(scalar) {
                result.append((current.index + 1)..<index)
                open = nil
            } else if open == nil, let set = Self.closers[scalar] {
                open = (index, set)
            }
        }
        if runningOn, let current = open { result.append((current.index + 1)..<scalars.count) }
        return result
    }

    /// Each opening mark and the marks that close it.
    private static let closers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\u{201E}": ["\u{201C}", "\u{201D}"], "\u{201C}": ["\u{201D}"], "\u{00BB}": ["\u{00AB}"], "\u{00AB}": ["\u{00BB}"], "\"": ["\""],
    ]

    /// The smallest value of a mark other than the straight one.
    private static let lowestCurlyMark = closers.flatMap { [$0.key] + $0.value }.filter { $0 != "\"" }.map(\.value).min() ?? 0

    /// Quotations of at most `shortQuotationWords` words.
    ///
    /// - Complexity: O(n + t) for n scalars and t tokens (quotations and tokens are both in order).
    static func short(in text: QAText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var token = 0
        for range in all(in: text) {
            while token < text.tokens.count, text.tokens[token].scalars.lowerBound < range.lowerBound { token += 1 }
            var words = 0
            var index = token
            while index < text.tokens.count, text.tokens[index].scalars.lowerBound < range.upperBound {
                if text.tokens[index].kind == .word { words += 1 }
                index += 1
            }
            if words <= shortQuotationWords { result.append(range) }
        }
        return result
    }
}
