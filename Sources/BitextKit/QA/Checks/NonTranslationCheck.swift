/// `non-translation`: a translation that shares nothing with its source: a fluent sentence that
/// renders something else (a hallucination, or the translation of another sentence), or a whole
/// segment unrelated to its source.
struct NonTranslationCheck: QARule {
    static let check = QACheck(
        id: "non-translation",
        title: "Not a translation of the source",
        explanation: """
            The translation is not linked to its source, by the dictionary (entries of a word alone) \
            or by a shared name or number: a whole segment (five content words or more on each side) \
            of which at most one content word in ten is linked (none in a segment of fewer than ten), \
            or one sentence with no linked word of eight content words or more whose aligned source \
            sentence it does not render while the sentences around it are linked. Machine \
            translation produces fluent text that says something else. Needs the German–English \
            dictionary.
            """,
        severity: .warning,
        targetLanguages: [.de],
        needsSource: true)

    static let minimumSegmentWords = 5
    /// The largest share of linked content words a segment that translates something else has
    /// (chosen on the development halves of the degenerate set and of the clean human translations,
    /// see `docs/results/qa.md`; human translations link far more).
    static let maximumLinkedShare = 0.1
    static let minimumSentenceWords = 8

    let links: LexicalLinks

    init(links: LexicalLinks) {
        self.links = links
    }

    /// - Complexity: O(t + s) lexicon look-ups (cached) for t target and s source tokens.
    func findings(in input: QAInput) -> [QAFinding] {
        guard let source = input.source, links.lexicon.hasLexicon, !input.sourceIsComparable else { return [] }
        let text = input.target
        let sourceContent = links.content(source, source.tokens.indices, stopWords: links.sourceStopWords)
        let targetContent = links.content(text, text.tokens.indices, stopWords: links.targetStopWords)
        guard sourceContent.count >= Self.minimumSegmentWords, targetContent.count >= Self.minimumSegmentWords else { return [] }
        let whole = links.sourceKeys(source, sourceContent)
        // Only a word's own dictionary entries link (a multi-word entry pairs each of its words with
        // every other, "kalter Krieg :: cold war" gives Krieg → cold, and links any two texts), so a
        // chance link is rare and a short segment with one linked word may be a loose rendering.
        // Counting stops once a translation is certain, and compounds are split (Hunspell questions)
        // only when the cheap links do not decide.
        let allowed = Int(Self.maximumLinkedShare * Double(targetContent.count))
        var linked = 0
        for splitting in [false, true] where linked <= allowed {
            linked = 0
            for token in targetContent where links.links(text.words[token], to: whole, splittingCompounds: splitting, ownEntries: true) {
                linked += 1
                if linked > allowed { break }
            }
        }
        if linked <= allowed {
            let range = text.tokens[targetContent.first!].scalars.lowerBound..<text.tokens[targetContent.last!].scalars.upperBound
            return [text.finding(Self.check, range, message: "\(linked) of \(targetContent.count) content words of the translation render a word of the source: is it a translation of something else?")]
        }
        return unlinkedSentences(input, source: source, sourceContent: sourceContent, targetContent: targetContent)
    }

    /// Sentences of a parallel text whose aligned source sentences they share nothing with, between
    /// sentences that are linked to theirs.
    ///
    /// A sentence pair's link is looked for only where it can decide a finding: for sentences long
    /// enough to be reported, and for their neighbours once one of them is unlinked (most are linked).
    /// The content words of each side are the whole text's, cut at the sentences' tokens.
    private func unlinkedSentences(_ input: QAInput, source: QAText, sourceContent: [Int], targetContent: [Int]) -> [QAFinding] {
        let text = input.target
        let beads = input.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        guard beads.count >= 3 else { return [] }
        let targetTokens = beads.map { Self.slice(targetContent, within: LexicalLinks.tokens(of: text, sentences: $0.target)) }
        var known = [Bool?](repeating: nil, count: beads.count)
        func linked(_ index: Int) -> Bool {
            if let answer = known[index] { return answer }
            let sourceTokens = Self.slice(sourceContent, within: LexicalLinks.tokens(of: source, sentences: beads[index].source))
            let keys = links.sourceKeys(source, sourceTokens)
            let answer = sourceTokens.count < Self.minimumSentenceWords / 2
                || targetTokens[index].contains { links.links(text.words[$0], to: keys, splittingCompounds: false, ownEntries: true) }
                || targetTokens[index].contains { links.links(text.words[$0], to: keys, splittingCompounds: true, ownEntries: true) }
            known[index] = answer
            return answer
        }
        var result: [QAFinding] = []
        for index in 1..<(beads.count - 1) where targetTokens[index].count >= Self.minimumSentenceWords
            && !linked(index) && linked(index - 1) && linked(index + 1) {
            let tokens = targetTokens[index]
            let range = text.tokens[tokens.first!].scalars.lowerBound..<text.tokens[tokens.last!].scalars.upperBound
            result.append(text.finding(Self.check, range, message: "no word of this sentence renders a word of its source sentence"))
        }
        return result
    }

    /// The elements of sorted `tokens` that lie in `range`.
    ///
    /// - Complexity: O(log n).
    private static func slice(_ tokens: [Int], within range: Range<Int>) -> ArraySlice<Int> {
        /// The index of the first element not below `bound`.
        func firstIndex(notBelow bound: Int) -> Int {
            var low = 0
            var high = tokens.count
            while low < high {
                let mid = (low + high) / 2
                if tokens[mid] < bound { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return tokens[firstIndex(notBelow: range.lowerBound)..<firstIndex(notBelow: range.upperBound)]
    }
}
