/// `quote-style`: straight quotation marks (") in German text, which typesets „…“ (or »…«).
///
/// Machine translation copies the English source's straight marks. A note (info), one per paragraph
/// at its first straight mark: raters disagree on whether it is an error. The WMT23 news raters
/// marked the first straight mark of 253 of 261 such paragraphs (development half), the TED raters
/// 2 of 14 (TED's human translation types them throughout); `docs/results/qa.md`.
struct QuoteStyleCheck: QARule {
    static let check = QACheck(
        id: "quote-style",
        title: "Straight quotation marks",
        explanation: """
            German typesets quotations with „…“ (or »…«); straight marks (") come from a keyboard or \
            from the English source. Noted once per paragraph, at its first straight mark.
            """,
        severity: .info,
        targetLanguages: [.de])

    /// - Complexity: O(n) in the target.
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        for line in text.lineRanges {
            let marks = line.filter { text.scalars[$0] == "\"" }
            guard let first = marks.first else { continue }
            let count = marks.count == 1 ? "a straight quotation mark" : "\(marks.count) straight quotation marks"
            result.append(text.finding(Self.check, first..<(first + 1), message: "\(count) in this paragraph; German typesets „…“",
                                       suggestion: "\u{201E}"))
        }
        return result
    }
}
