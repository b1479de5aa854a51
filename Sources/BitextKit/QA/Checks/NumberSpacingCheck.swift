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
        var sourceValues: Set<Double>?
        var sourceSpaced: Set<String>?
        var result: [QAFinding] = []
        for run in Self.plainlySpacedNumbers(in: text) {
            guard let value = Double(text.words[run].joined()) else { continue }
            let values = sourceValues ?? readings(of: source)
            sourceValues = values
            guard values.contains(value) else { continue }
            // A number the source spaces alike is no thousands group: English does not group with
            // spaces, so it is a telephone number or a code ("call 116 123"), written as it stands.
            let spaced = sourceSpaced ?? Set(Self.plainlySpacedNumbers(in: source).map { source.words[$0].joined(separator: " ") })
            sourceSpaced = spaced
            if spaced.contains(text.words[run].joined(separator: " ")) { continue }
            let range = text.tokens[run.lowerBound].scalars.lowerBound..<text.tokens[run.upperBound].scalars.upperBound
            let grouped = text.words[run].joined(separator: ".")
            result.append(text.finding(Self.check, range, message: "the number \"\(text.string(range))\" is split by plain spaces, "
                                       + "so a line can break inside it; write \"\(grouped)\"", suggestion: grouped))
        }
        return result
    }

    /// The token runs of the numbers `text` writes with plain spaces between their digit groups
    /// ("28 020"); a no-break or narrow space between the groups is the typesetting asked for.
    ///
    /// - Complexity: O(n).
    private static func plainlySpacedNumbers(in text: QAText) -> [ClosedRange<Int>] {
        let kinds = text.tokens.map(\.kind)
        var result: [ClosedRange<Int>] = []
        var index = 0
        while index < text.tokens.count {
            defer { index += 1 }
            guard kinds[index] == .number, let run = NumberReader.spacedGroupRun(at: index, words: text.words, kinds: kinds) else { continue }
            index = run.upperBound
            let spans = run.map { text.tokens[$0].scalars }
            if zip(spans, spans.dropFirst()).allSatisfy({ $1.lowerBound == $0.upperBound + 1 && text.scalars[$0.upperBound] == " " }) {
                result.append(run)
            }
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
