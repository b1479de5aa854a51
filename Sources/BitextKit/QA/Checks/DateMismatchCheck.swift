/// `date-mismatch`: a month or weekday in the target that the source does not name, when the source
/// names others of the kind ("Mittwoch" against "Thursday").
struct DateMismatchCheck: QARule {
    static let check = QACheck(
        id: "date-mismatch",
        title: "Date differs from the source",
        explanation: """
            A month or weekday in the translation is not the one the source names ("am Mittwoch" for \
            "on Thursday"). Only reported when the compared source names some month or weekday, so that \
            an added date in a freer translation is not taken for a wrong one; against a comparable \
            article rather than the text translated, only as a note (info).
            """,
        severity: .warning,
        needsSource: true)

    let targetDates: DateWords
    let sourceDates: DateWords

    init(dates: Sides<DateWords>) {
        targetDates = dates.target
        sourceDates = dates.source
    }

    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            guard let value = targetDates.value(of: text.words[index]) else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            let sourceValues = scope.compactMap { sourceDates.value(of: source.words[$0]) }.filter { $0.kind == value.kind }
            guard !sourceValues.isEmpty, !sourceValues.contains(value) else { continue }
            let named = Set(scope.filter { sourceDates.value(of: source.words[$0])?.kind == value.kind }.map { source.words[$0] })
            result.append(text.finding(Self.check, text.tokens[index].scalars, severity: input.sourceIsComparable ? .info : nil,
                                       message: "\"\(text.words[index])\" is not in the \(input.sourceIsComparable ? "comparable " : "")source, which says \(named.sorted().joined(separator: ", "))"))
        }
        return result
    }
}
