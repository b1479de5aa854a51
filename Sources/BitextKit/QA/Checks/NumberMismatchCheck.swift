/// `number-mismatch`: a number in the target that the compared source does not contain
/// ("2019" where the source says "2018"), with German and English number formats equated.
struct NumberMismatchCheck: QARule {
    static let check = QACheck(
        id: "number-mismatch",
        title: "Number differs from the source",
        explanation: """
            A number in the translation does not occur in the source (in its aligned sentences, or \
            anywhere when the texts are not aligned). German "3,5" and "1.000" equal English "3.5" and \
            "1,000", and a number word in the source ("sixty") counts as its value. Numbers up to twelve \
            are not checked: translations often write them as words. Against a comparable article rather \
            than the text translated, a missing number is only a note (info).
            """,
        severity: .warning,
        needsSource: true)

    /// Values up to this are often spelled out on one side ("six-hour" / "sechs Stunden").
    static let spelledOutLimit = 12.0

    let numberWords: [String: Double]
    let targetUnits: [String: String]
    let sourceUnits: [String: String]

    init(resources: QAResources) {
        numberWords = resources.sourceNumberWords
        targetUnits = resources.targetUnits
        sourceUnits = resources.sourceUnits
    }

    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        var cache: [Range<Int>: Set<Double>] = [:]
        for index in text.tokens.indices where text.tokens[index].kind == .number {
            guard let value = NumberValue.parse(text.words[index], language: text.language), value > Self.spelledOutLimit else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            if scope.isEmpty { continue }
            let values = cache[scope] ?? Set(scope.compactMap { token in
                source.tokens[token].kind == .number
                    ? NumberValue.parse(source.words[token], language: source.language)
                    : numberWords[source.words[token].lowercased()]
            })
            cache[scope] = values
            if values.contains(value) { continue }
            if let converted = conversion(after: index, in: text, scope: scope, source: source) {
                result.append(text.finding(Self.check, text.tokens[index].scalars, severity: .info,
                                           message: "the number \(text.words[index]) does not occur in the source; it may convert \(converted)"))
                continue
            }
            result.append(input.sourceIsComparable
                ? text.finding(Self.check, text.tokens[index].scalars, severity: .info,
                               message: "the number \(text.words[index]) does not occur in the comparable source")
                : text.finding(Self.check, text.tokens[index].scalars, message: "the number \(text.words[index]) does not occur in the source"))
        }
        return result
    }
}

extension NumberMismatchCheck {
    /// The source's unit ("feet") when the target number at `index` is followed by a unit of another
    /// system ("Meter") than a unit the compared source sentences use.
    func conversion(after index: Int, in text: QAText, scope: Range<Int>, source: QAText) -> String? {
        var next = index + 1
        while next < text.tokens.count, text.tokens[next].kind == .punctuation, next - index < 2 { next += 1 }
        guard next < text.tokens.count, let system = targetUnits[text.words[next].lowercased()] else { return nil }
        for token in scope {
            let word = source.words[token].lowercased()
            if let other = sourceUnits[word], other != system { return word }
        }
        return nil
    }
}

/// Reads a number token in a language's format: German "1.000,5", English "1,000.5".
enum NumberValue {
    static func parse(_ token: String, language: Language) -> Double? {
        let (group, decimal): (Character, Character) = language == .en ? (",", ".") : (".", ",")
        var digits = ""
        let parts = token.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: group, omittingEmptySubsequences: false)
        // A group separator is followed by exactly three digits; otherwise it is the other language's decimal mark.
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            digits = groups.joined()
        } else if groups.count == 2 {
            digits = groups[0] + "." + groups[1]
        } else if groups.count == 1 {
            digits = String(groups[0])
        } else {
            return nil
        }
        if parts.count == 2 { digits += (digits.contains(".") ? "" : ".") + parts[1] }
        return Double(digits)
    }
}
