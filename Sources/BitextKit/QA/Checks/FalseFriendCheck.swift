/// `false-friend`: a German word that looks like the English word it renders but means something
/// else in German ("Operationen der Reederei" for the shipping line's "operations", "eventuell" for
/// "eventually"), from the commented list in `de/false-friends.txt`.
struct FalseFriendCheck: QARule {
    static let check = QACheck(
        id: "false-friend",
        title: "False friend",
        explanation: """
            A German word that resembles the English word it translates but means something else \
            ("Operationen" for the "operations" of an embassy, "eventuell" for "eventually", "Billion" \
            for "billion"). With a source, reported when the aligned source sentence has the English \
            word; without one, only words that are rarely right in news German. A \
            word of the sentence that shows the German word's own sense ("Klinik" beside "Operation") \
            clears it; compounds ("Militäroperation") are other words and pass.
            """,
        severity: .warning,
        targetLanguages: [.de])

    let friends: FalseFriends

    init(languages: Sides<Language>) throws {
        friends = try FalseFriends(language: languages.target)
    }

    /// - Complexity: O(t) dictionary look-ups for t target tokens, plus a scan of the sentence and its
    ///   aligned source for each suspect word.
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            guard let entry = friends.entries[text.lowercased(index)] else { continue }
            let sentence = text.sentenceOfToken[index]
            let scope = input.sourceTokens(comparedWithTargetSentence: sentence)
            let sourceWords = input.source.map { source in scope.map { source.lowercased($0) } } ?? []
            let evidence = sourceWords.first { entry.triggers.contains($0) }
            // With a source, its word is the evidence; a source sentence without it says the word
            // renders something else. Without a source (or an unaligned sentence), only the words
            // the list reports alone.
            let aligned = input.source != nil && !scope.isEmpty
            guard evidence != nil || (!aligned && entry.reportedAlone) else { continue }
            let context = text.tokenRange(ofSentence: sentence).map { text.lowercased($0) } + sourceWords
            if context.contains(where: { word in entry.senseWords.contains { word.hasPrefix($0) } }) { continue }
            let word = text.words[index]
            let message = evidence.map { "\"\(word)\" for \"\($0)\" is a false friend: \(entry.reason)" }
                ?? "\"\(word)\" may be a false friend: \(entry.reason)"
            result.append(text.finding(Self.check, text.tokens[index].scalars, message: message, suggestion: entry.suggestion))
        }
        return result
    }
}
