/// `number-spacing`: a number whose groups of three digits are set apart by plain spaces ("28 020")
/// where the source has it as one number ("28,020").
///
/// German groups the digits of large numbers with a point ("28.020") or, after DIN 5008, with a
/// narrow space that does not break; a plain space lets a line break inside the number and makes
/// it read as two ("28" and "020"). Only reported with a source that has the joined value: without
/// one, "Lose 111 222" may be a list. A source that spaces the number alike has a telephone
/// number or a code, not a grouping.
struct NumberSpacingCheck: QARule {
    static let check = QACheck(
        id: "number-spacing",
        title: "Number split by a plain space",
        explanation: """
            The source has one number ("28,020") that the translation writes with plain spaces between \
            its digit groups ("28 020"): a line can break inside it, and it reads as two numbers. Write \
            "28.020", or a narrow no-break space (U+202F) where the house style groups with spaces.
            """,
        severity: .warning,
        targetLanguages: [.de],
        needsSource: true)

    let targetNumbers: NumberReader
    let sourceNumbers: NumberReader

    init(numbers: Sides<NumberReader>) {
        targetNumbers = numbers.target
        sourceNumbers = numbers.source
    }

    /// - Complexity: O(t + s) for t target and s source tokens.
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        let kinds = text.tokens.map(\.kind)
        var sourceValues: Set<Double>?
        var result: [QAFinding] = []
        var index = 0
        while index < text.tokens.count {
            defer { index += 1 }
            guard kinds[index] == .number, let run = NumberReader.spacedGroupRun(at: index, words: text.words, kinds: kinds) else { continue }
            index = run.upperBound
            let spans = run.map { text.tokens[$0].scalars }
            // Only plain spaces: a no-break or narrow space between the groups is the typesetting asked for.
            guard zip(spans, spans.dropFirst()).allSatisfy({ $1.lowerBound == $0.upperBound + 1 && text.scalars[$0.upperBound] == " " }),
                  let value = Double(text.words[run].joined()) else { continue }
            let values = sourceValues ?? readings(of: source)
            sourceValues = values
            guard values.contains(value) else { continue }
            let range = spans[0].lowerBound..<spans[spans.count - 1].upperBound
            // A number the source spaces alike is no thousands group: English does not group with
            // spaces, so it is a telephone number or a code ("call 116 123"), written as it stands.
            if source.string(0..<source.scalars.count).contains(text.string(range)) { continue }
            let grouped = text.words[run].joined(separator: ".")
            result.append(text.finding(Self.check, range, message: "the number \"\(text.string(range))\" is split by plain spaces, "
                                       + "so a line can break inside it; write \"\(grouped)\"", suggestion: grouped))
        }
        return result
    }

    /// Every reading of every number of `source` (computed for the first spaced number only: most
    /// texts have none).
    private func readings(of source: QAText) -> Set<Double> {
        let kinds = source.tokens.map(\.kind)
        return Set(source.tokens.indices.flatMap { sourceNumbers.readings(at: $0, words: source.words, kinds: kinds) })
    }
}
