/// `negation-mismatch`: an aligned sentence pair where one side says "not" and the other does not
/// ("nor will it" rendered "und nein, sie wird"), the error that turns a statement around.
struct NegationMismatchCheck: QARule {
    static let check = QACheck(
        id: "negation-mismatch",
        title: "Negation lost or added",
        explanation: """
            A source sentence says "not", "no", "never", "nor", "without" or "don't", and its aligned \
            translation has no negation at all (not even "unmöglich", "hoffnungslos" or "lehnte ab"), \
            or the translation says "nicht", "kein" or "nie" where the source has no negation of any \
            kind. Machine translation drops and adds negations; the meaning is then reversed. A note \
            (info): human translators move negations into other words often enough ("sonst nicht \
            finden" for "might have lost their way") that raters confirmed few of these on the \
            development half.
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
            let sourceTokens = LexicalLinks.tokens(of: sourceText, sentences: bead.source)
            let targetTokens = LexicalLinks.tokens(of: text, sentences: bead.target)
            let sourceWords = sourceTokens.filter { sourceText.tokens[$0].kind == .word }
            let targetWords = targetTokens.filter { text.tokens[$0].kind == .word }
            guard !sourceWords.isEmpty, !targetWords.isEmpty else { continue }
            let sourceNegations = Self.negations(sourceWords, in: sourceText, source)
            let targetNegations = Self.negations(targetWords, in: text, target)
            if let negation = sourceNegations.first, targetNegations.isEmpty,
               !Self.answered(sourceNegations, in: sourceText, source, by: targetWords, in: text, target),
               !targetWords.contains(where: { target.negates(text.words[$0], isWord: spelling.target.accepts) }) {
                let range = text.tokens[targetWords.first!].scalars.lowerBound..<text.tokens[targetWords.last!].scalars.upperBound
                result.append(text.finding(Self.check, range, message:
                    "the source says \"\(sourceText.words[negation])\", but this translation has no negation"))
            } else if let negation = targetNegations.first, sourceNegations.isEmpty,
                      !sourceWords.contains(where: { source.negates(sourceText.words[$0], isWord: spelling.source.accepts) }) {
                result.append(text.finding(Self.check, text.tokens[negation].scalars, message:
                    "\"\(text.words[negation])\" negates, but the source sentence has no negation"))
            } else if !sourceNegations.isEmpty,
                      let answer = targetWords.first(where: { !text.startsSentence[$0] && target.isAnswer(text.lowercased($0)) }),
                      !sourceWords.contains(where: { source.isAnswer(sourceText.lowercased($0)) }) {
                // "nor will they" rendered "und nein, sie werden": an answer inside a sentence whose
                // source answers nothing renders one of its negations, and the clause after it has
                // lost it, whatever else of the sentence is negated. An answer that opens its sentence
                // ("Nein, überhaupt nicht" for "Not at all") is dialogue rendered freely.
                let said = Self.distinct(sourceNegations.map { sourceText.words[$0] }).map { "\"\($0)\"" }.joined(separator: ", ")
                result.append(text.finding(Self.check, text.tokens[answer].scalars, message:
                    "\"\(text.words[answer])\" answers, but the source sentence answers nothing; it says \(said): a negation rendered as an answer?"))
            }
        }
        return result
    }

    /// The words in their first order, each once.
    private static func distinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0.lowercased()).inserted }
    }

    /// The grammatical negations among `words` (token indices), question tags left out: "isn't it?"
    /// and "nicht wahr?" ask for agreement; so is an abbreviation before a number ("No. 3").
    private static func negations(_ words: [Int], in text: QAText, _ negation: NegationWords) -> [Int] {
        words.filter { token in
            guard negation.isExplicit(text.lowercased(token)) else { return false }
            if token + 2 < text.tokens.count, text.words[token + 1] == ".", text.tokens[token + 2].kind == .number,
               negation.numberAbbreviations.contains(text.words[token] + ".") {
                return false
            }
            let next = token + 1
            guard next + 1 < text.tokens.count, text.tokens[next].kind == .word,
                  negation.isQuestionTag(text.lowercased(next)) else { return true }
            return text.words[next + 1] != "?"
        }
    }

    /// Whether the source's negations are all answers ("No.") and the translation answers too ("Nein.").
    private static func answered(_ negations: [Int], in sourceText: QAText, _ source: NegationWords,
                                 by targetWords: [Int], in text: QAText, _ target: NegationWords) -> Bool {
        negations.allSatisfy { source.isAnswer(sourceText.lowercased($0)) }
            && targetWords.contains { target.isAnswer(text.lowercased($0)) }
    }
}
