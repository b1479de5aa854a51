/// `repeated-phrase`: a phrase of two or more words said twice in a row within a sentence
/// ("für die Arbeit der Botschaft für die Arbeit der Botschaft"), a typical neural MT stutter.
struct RepeatedPhraseCheck: QARule {
    static let check = QACheck(
        id: "repeated-phrase",
        title: "Phrase repeated",
        explanation: """
            A group of words is immediately repeated within one sentence. Machine translation produces \
            such stutters when it loses its place; the second copy should go. When the source repeats \
            itself too, the finding is only a note (info).
            """,
        severity: .warning)

    /// The longest phrase looked for, in words; longer repeats are found as their tail.
    static let maximumLength = 12

    /// - Complexity: O(t · L²) for t tokens and the maximum phrase length L.
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        // Word and number tokens only, lower-cased, so that punctuation inside a phrase does not matter.
        let indices = text.tokens.indices.filter { text.tokens[$0].kind != .punctuation }
        let keys = indices.map { text.lowercased($0) }
        let long = keys.map { $0.count >= 4 }
        var result: [QAFinding] = []
        var sourceRepeats = SourceRepetitionMemo()
        var position = 0
        while position < indices.count {
            var found = 0
            var length = min(Self.maximumLength, (indices.count - position) / 2)
            while length >= 2 {
                if isRepeat(at: position, length: length, keys: keys, long: long, indices: indices, text: text) {
                    found = length
                    break
                }
                length -= 1
            }
            guard found > 0 else {
                position += 1
                continue
            }
            let first = text.tokens[indices[position]].scalars.lowerBound
            // Inside a loop, every copy repeats the one before: the loop is one `repetition-loop` finding.
            if text.isInLoop(first..<(first + 1)) {
                position += 2 * found
                continue
            }
            let secondStart = text.tokens[indices[position + found]].scalars.lowerBound
            let secondEnd = text.tokens[indices[position + 2 * found - 1]].scalars.upperBound
            let phrase = text.string(first..<text.tokens[indices[position + found - 1]].scalars.upperBound)
            let faithful = input.beads.isEmpty ? false : input.source.map { sourceRepeats.repeats(in: $0, scope: input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[indices[position]])) } ?? false
            result.append(text.finding(Self.check, secondStart..<secondEnd, severity: faithful ? .info : nil,
                                       message: "\"\(phrase)\" is said twice in a row" + (faithful ? " (as in the source)" : ""), suggestion: ""))
            position += 2 * found
        }
        return result
    }

    /// Whether the `length` keys from `position` are repeated right after them, within one sentence.
    /// The words are compared first: most positions differ at once.
    ///
    /// - Parameter long: per key whether it has four letters or more.
    private func isRepeat(at position: Int, length: Int, keys: [String], long: [Bool], indices: [Int], text: QAText) -> Bool {
        for offset in 0..<length where keys[position + offset] != keys[position + length + offset] { return false }
        let sentence = text.sentenceOfToken[indices[position]]
        guard text.sentenceOfToken[indices[position + 2 * length - 1]] == sentence else { return false }
        // At least one word of the phrase must have four letters: "so so" and "ja, ja" are style.
        return long[position..<(position + length)].contains(true)
    }
}
