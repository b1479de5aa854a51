/// `negation-mismatch`: an aligned sentence pair where one side says "not" and the other does not
/// ("nor will it" rendered "und nein, sie wird"), the error that turns a statement around.
struct NegationMismatchCheck: QARule {
    static let check = QACheck(
        id: "negation-mismatch",
        title: "Negation lost or added",
        explanation: """
            A source sentence says "not", "no", "never", "nor" or "without", and its aligned translation \
            has no negation at all (not even "unmöglich" or "hoffnungslos"), or the translation says \
            "nicht", "kein" or "nie" where the source has no negation of any kind. Machine translation \
            drops and adds negations; the meaning is then reversed. A note (info): human translators \
            move negations into other words often enough ("sonst nicht finden" for "might have lost \
            their way") that raters confirmed few of these on the development half.
            """,
        severity: .info,
        targetLanguages: [.de],
        needsSource: true)

    let target: NegationWords
    let source: NegationWords
    let spelling: QASpelling

    init(spelling: QASpelling, languages: Sides<Language>) throws {
        self.spelling = spelling
        target = try NegationWords(language: languages.target)
        source = try NegationWords(language: languages.source)
    }

    /// - Complexity: O(t + s) dictionary look-ups (cached) for the tokens of aligned sentences.
    func findings(in input: QAInput) -> [QAFinding] {
        guard let sourceText = input.source, !input.beads.isEmpty, !input.sourceIsComparable else { return [] }
        let text = input.target
        var result: [QAFinding] = []
        for bead in input.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let sourceTokens = (sourceText.tokenRange(ofSentence: bead.source.lowerBound).lowerBound..<sourceText.tokenRange(ofSentence: bead.source.upperBound - 1).upperBound)
                .filter { sourceText.tokens[$0].kind == .word }
            let targetTokens = (text.tokenRange(ofSentence: bead.target.lowerBound).lowerBound..<text.tokenRange(ofSentence: bead.target.upperBound - 1).upperBound)
                .filter { text.tokens[$0].kind == .word }
            guard !sourceTokens.isEmpty, !targetTokens.isEmpty else { continue }
            let explicitSource = sourceTokens.first { source.isExplicit(sourceText.lowercased($0)) }
            let explicitTarget = targetTokens.first { target.isExplicit(text.lowercased($0)) }
            // Only when the explicit side has a negation and the other has none of any kind.
            if let negation = explicitSource, explicitTarget == nil,
               !targetTokens.contains(where: { target.negates(text.words[$0], isWord: spelling.target.accepts) }) {
                let range = text.tokens[targetTokens.first!].scalars.lowerBound..<text.tokens[targetTokens.last!].scalars.upperBound
                result.append(text.finding(Self.check, range, message:
                    "the source says \"\(sourceText.words[negation])\", but this translation has no negation"))
            } else if let negation = explicitTarget, explicitSource == nil,
                      !sourceTokens.contains(where: { source.negates(sourceText.words[$0], isWord: spelling.source.accepts) }) {
                result.append(text.finding(Self.check, text.tokens[negation].scalars, message:
                    "\"\(text.words[negation])\" negates, but the source sentence has no negation"))
            }
        }
        return result
    }
}
