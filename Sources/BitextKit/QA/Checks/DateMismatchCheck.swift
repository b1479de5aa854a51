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

    /// - Complexity: O(t + s) for t target tokens and s source tokens: the date words of each compared
    ///   source scope are gathered once, however many target dates are compared with it.
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        var scopeDates: [Range<Int>: [String: ScopeDates]] = [:]
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            guard let value = Self.value(of: index, in: text, targetDates) else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            let byKind = scopeDates[scope] ?? dates(in: scope, of: source)
            scopeDates[scope] = byKind
            guard let named = byKind[value.kind], !named.values.contains(value) else { continue }
            result.append(text.finding(Self.check, text.tokens[index].scalars, severity: input.sourceIsComparable ? .info : nil,
                                       message: "\"\(text.words[index])\" is not in the \(input.sourceIsComparable ? "comparable " : "")source, which says \(named.words.sorted().joined(separator: ", "))"))
        }
        return result
    }

    /// The date value of word token `index`; an abbreviation ("Jan.", "Sept. 5") counts only before its
    /// period or a day number (`DateWords`), and an English possessive is the day's ("Sunday's session").
    private static func value(of index: Int, in text: QAText, _ dates: DateWords) -> DateWords.Value? {
        var next: String?
        if index + 1 < text.tokens.count {
            let touches = text.tokens[index + 1].scalars.lowerBound == text.tokens[index].scalars.upperBound
            next = touches || text.tokens[index + 1].kind == .number ? text.words[index + 1] : nil
        }
        let word = text.words[index]
        return dates.value(of: word, before: next) ?? dates.value(of: PossessiveEnding.stripped(word), before: nil)
    }

    /// The date words of one kind in a source scope: their values and how the source writes them.
    private struct ScopeDates {
        var values: Set<DateWords.Value> = []
        var words: Set<String> = []
    }

    private func dates(in scope: Range<Int>, of source: QAText) -> [String: ScopeDates] {
        var byKind: [String: ScopeDates] = [:]
        for token in scope where source.tokens[token].kind == .word {
            guard let value = Self.value(of: token, in: source, sourceDates) else { continue }
            byKind[value.kind, default: ScopeDates()].values.insert(value)
            byKind[value.kind, default: ScopeDates()].words.insert(source.words[token])
        }
        return byKind
    }
}
