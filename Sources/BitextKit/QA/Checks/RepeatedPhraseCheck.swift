/// `repeated-phrase`: a phrase of two or more words said twice in a row within a sentence
/// ("für die Arbeit der Botschaft für die Arbeit der Botschaft"), or a whole sentence written again
/// right after itself, a typical neural MT stutter.
struct RepeatedPhraseCheck: QARule {
    static let check = QACheck(
        id: "repeated-phrase",
        title: "Phrase repeated",
        explanation: """
            A group of words is immediately repeated within one sentence, or a sentence of three words \
            or more is written twice in a row. Machine translation produces such stutters when it loses \
            its place; the second copy should go. When the source repeats itself too, the finding is \
            only a note (info).
            """,
        severity: .warning)

    /// The fewest words of a sentence whose repetition is reported: "Danke. Danke." is style.
    static let shortestRepeatedSentence = 3

    /// The longest phrase looked for, in words; longer repeats are found as their tail.
    static let maximumLength = 12

    /// - Complexity: O(t · L²) for t tokens and the maximum phrase length L (and `repeatedSentences`).
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
        return result + repeatedSentences(input)
    }

    /// The sentences written again right after themselves (the same words, case and punctuation
    /// aside): the second copy is the finding.
    ///
    /// - Complexity: O(t) for t tokens, plus O(s) for the s source tokens of each distinct scope compared.
    private func repeatedSentences(_ input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        // Per source scope, whether it repeats a sentence: without an alignment every scope is the
        // whole source, read once.
        var sourceAnswers: [Range<Int>: Bool] = [:]
        var previous: [String] = []
        for sentence in text.sentences.indices {
            let range = text.tokenRange(ofSentence: sentence)
            let words = range.filter { text.tokens[$0].kind != .punctuation }
            let keys = words.map { text.lowercased($0) }
            defer { previous = keys }
            guard keys.count >= Self.shortestRepeatedSentence, keys == previous, let first = words.first, let last = range.last else { continue }
            let span = text.tokens[first].scalars.lowerBound..<text.tokens[last].scalars.upperBound
            // Inside a loop, every copy repeats the one before: the loop is one `repetition-loop` finding.
            if text.isInLoop(span) { continue }
            let faithful = input.beads.isEmpty ? false : input.source.map { source in
                let scopes = [sentence - 1, sentence].map { input.sourceTokens(comparedWithTargetSentence: $0) }.filter { !$0.isEmpty }
                guard let lower = scopes.map(\.lowerBound).min(), let upper = scopes.map(\.upperBound).max() else { return false }
                let scope = lower..<upper
                if let known = sourceAnswers[scope] { return known }
                let answer = Self.hasRepeatedSentence(source, within: scope)
                sourceAnswers[scope] = answer
                return answer
            } ?? false
            result.append(text.finding(Self.check, span, severity: faithful ? .info : nil,
                                       message: "the sentence \"\(text.string(span))\" is written twice in a row" + (faithful ? " (as in the source)" : ""),
                                       suggestion: ""))
        }
        return result
    }

    /// Whether two sentences in a row of `source`, within `scope` and the sentence before and after
    /// it, have the same words: the aligner may pair a repeated "Thank you." with the sentence
    /// before it and leave its twin out of the scope.
    private static func hasRepeatedSentence(_ source: QAText, within scope: Range<Int>) -> Bool {
        var previous: [String]?
        let first = max(0, source.sentenceOfToken[scope.lowerBound] - 1)
        let last = min(source.sentences.count - 1, source.sentenceOfToken[scope.upperBound - 1] + 1)
        for sentence in first...last {
            let keys = source.tokenRange(ofSentence: sentence).filter { source.tokens[$0].kind != .punctuation }.map { source.lowercased($0) }
            if !keys.isEmpty, keys == previous { return true }
            previous = keys
        }
        return false
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
