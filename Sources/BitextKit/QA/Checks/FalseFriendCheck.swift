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

    /// - Complexity: O(t) dictionary look-ups for t target tokens, plus one scan of a target sentence
    ///   and one of its compared source tokens per distinct suspect word in them (at most as many as
    ///   the list has words): a long sentence full of suspect words, or a comparable source that every
    ///   sentence is compared with, is scanned once per distinct word, not once per word.
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        var sourceSides: [ScopeWord: SourceSide] = [:]
        var clearedInSentence: [SentenceWord: Bool] = [:]
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let lower = text.lowercased(index)
            guard let entry = friends.entries[lower] else { continue }
            let sentence = text.sentenceOfToken[index]
            let scope = input.sourceTokens(comparedWithTargetSentence: sentence)
            let scopeWord = ScopeWord(scope: scope, word: lower)
            let side = sourceSides[scopeWord] ?? sourceSide(entry, scope, input.source)
            sourceSides[scopeWord] = side
            // With a source, its word is the evidence; a source sentence without it says the word
            // renders something else. Without a source (or an unaligned sentence), only the words
            // the list reports alone.
            let aligned = input.source != nil && !scope.isEmpty
            guard side.evidence != nil || (!aligned && entry.reportedAlone), !side.cleared else { continue }
            let sentenceWord = SentenceWord(sentence: sentence, word: lower)
            let cleared = clearedInSentence[sentenceWord] ?? text.tokenRange(ofSentence: sentence).contains { entry.showsOwnSense(text.lowercased($0)) }
            clearedInSentence[sentenceWord] = cleared
            if cleared { continue }
            let word = text.words[index]
            let message = side.evidence.map { "\"\(word)\" for \"\($0)\" is a false friend: \(entry.reason)" }
                ?? "\"\(word)\" may be a false friend: \(entry.reason)"
            result.append(text.finding(Self.check, text.tokens[index].scalars, message: message, suggestion: entry.suggestion))
        }
        return result
    }

    /// A suspect word (lower case) and the source tokens it is compared with.
    private struct ScopeWord: Hashable {
        let scope: Range<Int>
        let word: String
    }

    /// A suspect word (lower case) in a target sentence.
    private struct SentenceWord: Hashable {
        let sentence: Int
        let word: String
    }

    /// What the compared source tokens say of a suspect word: the first of them that is its English
    /// look-alike (the evidence), and whether one shows the German word's own sense.
    private struct SourceSide {
        let evidence: String?
        let cleared: Bool
    }

    private func sourceSide(_ entry: FalseFriends.Entry, _ scope: Range<Int>, _ source: QAText?) -> SourceSide {
        guard let source else { return SourceSide(evidence: nil, cleared: false) }
        let words = scope.lazy.map { source.lowercased($0) }
        return SourceSide(evidence: words.first { entry.triggers.contains($0) }, cleared: words.contains { entry.showsOwnSense($0) })
    }
}
