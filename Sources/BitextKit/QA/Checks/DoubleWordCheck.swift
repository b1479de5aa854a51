/// `double-word`: the same word twice in a row ("die Die", "in in"), a typing or MT slip.
struct DoubleWordCheck: QARule {
    static let check = QACheck(
        id: "double-word",
        title: "Word written twice",
        explanation: """
            The same word appears twice in a row with nothing but a space between ("für für"). Correct \
            doublings such as article and relative pronoun ("die die Kinder betreuen") are not reported; \
            a doubling the source has as well, or of a word only the source language knows (a quotation, \
            "really really"), is only a note (info).
            """,
        severity: .warning)

    let exempt: Set<String>
    let spelling: QASpelling

    init(spelling: QASpelling) throws {
        self.spelling = spelling
        exempt = Set(try LanguageDataFile.loadIfPresent("double-word-exempt", language: spelling.languages.target).entries.map { $0.text.lowercased() })
    }

    /// A word the target language's dictionary lacks and the source language's knows belongs to a
    /// quotation in that language, whose repetitions ("Really really", "bye bye") are its own.
    private func isForeign(_ word: String, startsSentence: Bool) -> Bool {
        !spelling.targetAccepts(word, capitalizedByPosition: startsSentence)
            && spelling.source.accepts(word.lowercased())
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        var sourceRepeats = SourceRepetitionMemo()
        var index = 1
        while index < text.tokens.count {
            defer { index += 1 }
            let (previous, current) = (text.tokens[index - 1], text.tokens[index])
            guard current.kind == .word, previous.kind == .word,
                  text.scalars[previous.scalars.upperBound..<current.scalars.lowerBound].allSatisfy({ $0 == " " }) else { continue }
            let word = text.lowercased(index)
            guard word == text.lowercased(index - 1), !exempt.contains(word) else { continue }
            // Inside a sentence, case tells a noun from a verb: "beim Kochen kochen" is two words.
            guard text.words[index] == text.words[index - 1] || text.startsSentence[index - 1] else { continue }
            let faithful = input.beads.isEmpty ? false : input.source.map { sourceRepeats.repeats(in: $0, scope: input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index]), maximumLength: 3) } ?? false
            let foreign = !faithful && isForeign(text.words[index], startsSentence: false)
            let note = faithful ? " (the source repeats too)" : foreign ? " (a foreign word: a quotation may repeat it)" : ""
            result.append(text.finding(Self.check, previous.scalars.lowerBound..<current.scalars.upperBound, severity: faithful || foreign ? .info : nil,
                                       message: "\"\(text.words[index])\" is written twice" + note,
                                       suggestion: text.words[index - 1]))
        }
        return result
    }
}
