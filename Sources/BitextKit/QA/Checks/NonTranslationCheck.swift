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
            of which at most one content word in ten is linked (none in a segment of fewer than ten; \
            one more word may be linked through a word with very many translations, such as "Art", \
            or to an English word that very many German words render, such as "hand"; \
            a link through a function word such as "etwa" or "vielleicht" is allowed besides when the \
            translation is far shorter or longer than its source, and up to three when nothing else \
            links, not even the source's names and numbers), \
            or a segment of four content words or more on each side, less than half or more than \
            twice its source's length, with at most one linked word in ten of the longer side's; \
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
    /// A segment this much shorter or longer than its source is rarely a translation of it (1.3 % of
    /// the clean human translations' development half), so four content words on each side are
    /// enough to call it unrelated when almost none is linked (`docs/results/qa.md`, session 15).
    static let translationLengthRatio = 0.5...2.0
    static let minimumShortSegmentWords = 4
    static let minimumSentenceWords = 8
    /// Links through a function word a segment that translates something else may have, when its
    /// length is not that of a translation of its source.
    static let allowedWeakLinks = 1
    /// Links through function words allowed when nothing else links, not even the source's names
    /// and numbers (chosen on the development halves, `docs/results/qa.md`, session 15).
    static let allowedWeakLinksWithoutNamesAndNumbers = 3
    /// Content words a segment that translates something else may have linked only through a link
    /// likely by chance (`LexicalLinks.chanceTranslationCount`, `chanceRenderingCount`).
    static let allowedChanceLinks = 1
    /// Target length over source length (in scalars) of 99 % of human translations (development half
    /// of the clean sets, `docs/results/qa.md`).
    static let plausibleLengthRatio = 0.72...1.67

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
        let ratio = Double(text.scalars.count) / Double(max(1, source.scalars.count))
        let isShort = sourceContent.count < Self.minimumSegmentWords || targetContent.count < Self.minimumSegmentWords
        if !isShort, let finding = fewLinkedWords(text, source: source, sourceContent: sourceContent, targetContent: targetContent, ratio: ratio) {
            return [finding]
        }
        if let finding = fewLinkedWordsAtLength(text, source: source, sourceContent: sourceContent, targetContent: targetContent, ratio: ratio) {
            return [finding]
        }
        return isShort ? [] : unlinkedSentences(input, source: source, sourceContent: sourceContent, targetContent: targetContent)
    }

    /// A whole segment of which at most one content word in ten renders a word of the source.
    private func fewLinkedWords(_ text: QAText, source: QAText, sourceContent: [Int], targetContent: [Int], ratio: Double) -> QAFinding? {
        // Only a word's own dictionary entries link (a multi-word entry pairs each of its words with
        // every other, "kalter Krieg :: cold war" gives Krieg → cold, and links any two texts), so a
        // chance link is rare and a short segment with one linked word may be a loose rendering.
        // A link with a function word on either side ("etwa" → such) is weak: such words have so
        // many translations that one of them turns up in any text. Weak links are counted only
        // when the strong ones leave the segment unrelated, which is rare in a translation.
        let (sourceEvidence, sourceFunctionWords) = links.evidence(source, sourceContent)
        let (targetEvidence, targetFunctionWords) = links.evidence(text, targetContent)
        let allowed = Int(Self.maximumLinkedShare * Double(targetContent.count))
        // Most segments are translations: the first half of the target links beyond the allowed share
        // to the first half of the source alone, and links only grow with the source words asked, so
        // the keys of the whole source are not needed (building them was most of this check's time).
        let firstHalves = (source: sourceEvidence.prefix((sourceEvidence.count + 1) / 2), target: targetEvidence.prefix((targetEvidence.count + 1) / 2))
        if count(firstHalves.target, of: text, linkingTo: links.sourceKeys(source, firstHalves.source), excludingChance: true,
                 splittingCompounds: false, upTo: allowed) > allowed { return nil }
        let evidenceKeys = links.sourceKeys(source, sourceEvidence)
        let linked = count(targetEvidence, of: text, linkingTo: evidenceKeys, excludingChance: true, upTo: allowed)
        guard linked <= allowed else { return nil }
        // A link likely by chance (a German word with very many translations, an English word that
        // very many German words render) is weak evidence too, but it is a content word's: one is
        // allowed at any length.
        let chance = count(targetEvidence, of: text, linkingTo: evidenceKeys, upTo: allowed + Self.allowedChanceLinks) - linked
        guard chance <= Self.allowedChanceLinks else { return nil }
        let dropsAnchors = linked == 0 && chance == 0 && dropsNamesAndNumbers(text, source: source)
        let allowedWeak = dropsAnchors ? Self.allowedWeakLinksWithoutNamesAndNumbers
            : Self.plausibleLengthRatio.contains(ratio) ? 0 : Self.allowedWeakLinks
        let weak = count(targetFunctionWords, of: text, linkingTo: links.sourceKeys(source, sourceContent), upTo: allowedWeak)
            + count(targetEvidence, of: text, linkingTo: links.sourceKeys(source, sourceFunctionWords), upTo: allowedWeak)
        guard weak <= allowedWeak else { return nil }
        let chanceNote = chance == 0 ? "" : ", \(chance) more only through a word with very many translations"
        let weakReason = dropsAnchors ? "none of the source's names and numbers is there"
            : "the translation is \(Int((ratio * 100).rounded())) % of the source's length"
        let weakNote = weak == 0 ? "" : ", \(weak) more only through a function word, and \(weakReason)"
        return text.finding(Self.check, Self.span(text, targetContent),
                            message: "\(linked) of \(targetContent.count) content words of the translation render a word of the source\(chanceNote)\(weakNote): is it a translation of something else?")
    }

    /// A segment whose length is not that of a translation of its source (four content words or more
    /// on each side: a short side is too short for the share of its linked words to mean much), of
    /// whose content words at most one in ten of the longer side's count renders one of the source's,
    /// counting links through words with very many translations: the more words the longer side has,
    /// the likelier the shorter side meets one of them by chance. Links through function words are
    /// left out: one of them is found in any pair of texts.
    private func fewLinkedWordsAtLength(_ text: QAText, source: QAText, sourceContent: [Int], targetContent: [Int], ratio: Double) -> QAFinding? {
        guard min(sourceContent.count, targetContent.count) >= Self.minimumShortSegmentWords,
              !Self.translationLengthRatio.contains(ratio) else { return nil }
        let sourceEvidence = links.evidence(source, sourceContent).evidence
        let targetEvidence = links.evidence(text, targetContent).evidence
        let allowed = Int(Self.maximumLinkedShare * Double(max(sourceContent.count, targetContent.count)))
        let linked = count(targetEvidence, of: text, linkingTo: links.sourceKeys(source, sourceEvidence), upTo: allowed)
        guard linked <= allowed else { return nil }
        return text.finding(Self.check, Self.span(text, targetContent),
                            message: "\(linked) of \(targetContent.count) content words of the translation render a word of the source, and the translation is \(Int((ratio * 100).rounded())) % of the source's length: is it a translation of something else?")
    }

    /// Whether the source names someone or something or gives a number, and the translation carries
    /// none of it over: a translation rephrases freely but keeps names (in their spelling or their
    /// German form) and numbers. A name here is a capitalized word inside a sentence, not a function
    /// word and not "I"; a number is compared by its digits ("10,000" = "10.000").
    ///
    /// - Complexity: O(s + t) for s source and t target tokens (lexicon answers are cached).
    private func dropsNamesAndNumbers(_ text: QAText, source: QAText) -> Bool {
        let names = source.tokens.indices.filter { token in
            source.tokens[token].kind == .word && source.isCapitalized(token) && !source.startsSentence[token]
                && source.tokens[token].scalars.count >= 3 && !NameMismatchCheck.isFirstPersonPronoun(source.words[token])
                && !links.sourceStopWords.contains(source.lowercased(token))
        }
        let numbers = Set(source.tokens.indices.filter { source.tokens[$0].kind == .number }.map { Self.digits(source.words[$0]) })
            .subtracting([""])
        guard !names.isEmpty || !numbers.isEmpty else { return false }
        let keys = links.sourceKeys(source, names)
        return !text.tokens.indices.contains { token in
            switch text.tokens[token].kind {
            case .number: return numbers.contains(Self.digits(text.words[token]))
            case .punctuation: return false
            default: return links.links(text, token, to: keys, splittingCompounds: false)
            }
        }
    }

    private static func digits(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.filter { ("0"..."9").contains($0) }))
    }

    /// From the first content word to the last.
    private static func span(_ text: QAText, _ content: some BidirectionalCollection<Int>) -> Range<Int> {
        text.tokens[content.first!].scalars.lowerBound..<text.tokens[content.last!].scalars.upperBound
    }

    /// How many of `tokens` render something of `keys`, up to one more than `limit`. Compounds are
    /// split (Hunspell questions) only when the cheap links leave the count within the limit, and
    /// not at all without `splittingCompounds`. With `excludingChance`, only links unlikely by chance
    /// count (`LexicalLinks.links`).
    private func count(_ tokens: some Collection<Int>, of text: QAText, linkingTo keys: LexicalLinks.SourceKeys, excludingChance: Bool = false,
                       splittingCompounds: Bool = true, upTo limit: Int) -> Int {
        var linked = 0
        for splitting in splittingCompounds ? [false, true] : [false] where linked <= limit {
            linked = 0
            for token in tokens where links.links(text, token, to: keys, splittingCompounds: splitting, ownEntries: true,
                                                  excludingChance: excludingChance) {
                linked += 1
                if linked > limit { break }
            }
        }
        return linked
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
                || targetTokens[index].contains { links.links(text, $0, to: keys, splittingCompounds: false, ownEntries: true) }
                || targetTokens[index].contains { links.links(text, $0, to: keys, splittingCompounds: true, ownEntries: true) }
            known[index] = answer
            return answer
        }
        var result: [QAFinding] = []
        for index in 1..<(beads.count - 1) where targetTokens[index].count >= Self.minimumSentenceWords
            && !linked(index) && linked(index - 1) && linked(index + 1) {
            result.append(text.finding(Self.check, Self.span(text, targetTokens[index]), message: "no word of this sentence renders a word of its source sentence"))
        }
        return result
    }

    /// The elements of sorted `tokens` that lie in `range`.
    ///
    /// - Complexity: O(log n).
    private static func slice(_ tokens: [Int], within range: Range<Int>) -> ArraySlice<Int> {
        tokens[tokens.partitionPoint { $0 < range.lowerBound }..<tokens.partitionPoint { $0 < range.upperBound }]
    }
}
