/// English phrases too short for a run of their own (two or three words), which the translation
/// copied from its source: "Der Rucksack ist ein must buy", "MASSIVE DISAPPOINTMENT" in a review.
///
/// Why a source is required: without one, two English words in German text are as often a loan
/// phrase or a quotation as an oversight; words that stand side by side in the compared source
/// sentence, and are English and not German, were carried over rather than translated.
extension UntranslatedCheck {
    /// The longest copied phrase judged here; longer runs are the run rule's (`minimumRun`).
    static let longestCopiedPhrase = minimumRun - 1
    /// Fewer letters than this are no evidence ("is a", "U K").
    static let shortestCopiedPhrase = 6

    /// Findings for the copied phrases of `text`: word runs of two or three words joined by single
    /// spaces, each English (`isEnglish`) and none German, no word but a sentence's first capitalized
    /// like a name and none next to one, not a dateline and not one word repeated ("blah blah blah"),
    /// that stand in this order in the source sentences the target sentence is compared with, where
    /// the source does not write them as a name. A quoted
    /// phrase, or one that fills a parenthesis, is a note, as in the run rule.
    ///
    /// - Complexity: O(t + s) for t target and s source tokens: a source scope's phrases are collected
    ///   once, and only where its target sentence has two English words side by side.
    func copiedPhrases(_ text: QAText, source: QAText, input: QAInput, german: [Bool?],
                       isEnglish: (Int) -> Bool, quotations: inout [Range<Int>]?) -> [QAFinding] {
        var result: [QAFinding] = []
        var phrasesOfScope: [Range<Int>: [[String]: Bool]] = [:]
        var markupCache: [Range<Int>]?
        var singleMarks: SingleQuotationMarks?
        let words = text.tokens.indices.filter { text.tokens[$0].kind == .word }
        var k = 0
        while k < words.count {
            // A maximal run of candidate words, each joined to the one before by a single space.
            var end = k
            while end < words.count, isCandidate(words[end], text, german: german, isEnglish: isEnglish),
                  end == k || Self.isSpaced(words[end - 1], words[end], text) {
                end += 1
            }
            defer { k = max(end, k + 1) }
            let run = words[k..<end]
            guard run.count >= 2, run.count <= Self.longestCopiedPhrase,
                  run.reduce(0, { $0 + text.tokens[$1].scalars.count }) >= Self.shortestCopiedPhrase,
                  !isNameLike(run, text), !continuesAName(run, text), !Self.isDateline(run, text),
                  Set(run.map { text.lowercased($0) }).count > 1 else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[run.first!])
            let phrases = phrasesOfScope[scope] ?? Self.phrases(of: scope, in: source)
            phrasesOfScope[scope] = phrases
            // A phrase the source writes as a name ("Epworth Sleepiness Scale") is a name carried
            // over, whatever case the translation gives it.
            guard phrases[run.map { text.lowercased($0) }] == false else { continue }
            let range = text.tokens[run.first!].scalars.lowerBound..<text.tokens[run.last!].scalars.upperBound
            // Words of a tag ("<contents for=sec1>") are markup, `markup-remnant`'s.
            let tags = markupCache ?? self.tags.tags(in: text.scalars).map(\.range)
            markupCache = tags
            guard !tags.anyOverlaps(range) else { continue }
            let marks = singleMarks ?? SingleQuotationMarks(text.scalars)
            singleMarks = marks
            let tokens = text.tokenRange(ofSentence: text.sentenceOfToken[run.first!])
            let sentence = text.tokens[tokens.lowerBound].scalars.lowerBound..<text.tokens[tokens.upperBound - 1].scalars.upperBound
            result.append(finding(range, in: text, quotations: &quotations, singleQuoted: marks.enclose(range, within: sentence)))
        }
        return result
    }

    /// Whether a word of `run` is capitalized like a name ("Home Office", "Contact Left LTD"); the
    /// first word only where no sentence starts with it ("Gave up." is a sentence).
    private func isNameLike(_ run: ArraySlice<Int>, _ text: QAText) -> Bool {
        run.contains { Self.isCapitalizedLikeAName($0, text) && ($0 != run.first! || !text.startsSentence[$0]) }
    }

    /// Whether `run` is a news dateline: words all in capitals that open a line, before a comma
    /// ("COSTA MESA, Calif. (AP)"). A place name, not shouted English.
    private static func isDateline(_ run: ArraySlice<Int>, _ text: QAText) -> Bool {
        let start = text.tokens[run.first!].scalars.lowerBound
        let end = text.tokens[run.last!].scalars.upperBound
        let opensLine = start == 0 || text.scalars[start - 1] == "\n"
        let capitals = text.scalars[start..<end].allSatisfy { !$0.properties.isLowercase }
        return opensLine && capitals && end < text.scalars.count && text.scalars[end] == ","
    }

    /// Whether the word just before or after `run` is capitalized like a name (outside a sentence
    /// start): the run is then part of a name or title whose capitalized words German shares
    /// ("Veil of Venus").
    private func continuesAName(_ run: ArraySlice<Int>, _ text: QAText) -> Bool {
        let neighbours = [run.first! - 1, run.first! - 2, run.last! + 1, run.last! + 2].filter { text.tokens.indices.contains($0) }
        return neighbours.contains { neighbour in
            text.tokens[neighbour].kind == .word && !text.startsSentence[neighbour] && Self.isCapitalizedLikeAName(neighbour, text)
                && (neighbour < run.first! ? Self.isSpaced(neighbour, run.first!, text) : Self.isSpaced(run.last!, neighbour, text))
        }
    }

    private func isCandidate(_ index: Int, _ text: QAText, german: [Bool?], isEnglish: (Int) -> Bool) -> Bool {
        german[index] == false && text.isAnalysable(index) && isEnglish(index)
    }

    /// Whether word tokens `a` and `b` (in this order) stand in one sentence, a single space apart.
    static func isSpaced(_ a: Int, _ b: Int, _ text: QAText) -> Bool {
        let gap = text.tokens[a].scalars.upperBound..<text.tokens[b].scalars.lowerBound
        return text.sentenceOfToken[a] == text.sentenceOfToken[b] && gap.count == 1 && text.scalars[gap.lowerBound] == " "
    }

    /// The lower-cased word sequences of two to `longestCopiedPhrase` words, joined by single
    /// spaces, in the source tokens `scope`, each with whether the source writes it as a name
    /// somewhere (every word capitalized like one).
    private static func phrases(of scope: Range<Int>, in source: QAText) -> [[String]: Bool] {
        var result: [[String]: Bool] = [:]
        let words = scope.filter { source.tokens[$0].kind == .word }
        for start in words.indices {
            var phrase = [source.lowercased(words[start])]
            var isName = isCapitalizedLikeAName(words[start], source)
            var next = start + 1
            while next < words.count, phrase.count < longestCopiedPhrase, isSpaced(words[next - 1], words[next], source) {
                phrase.append(source.lowercased(words[next]))
                isName = isName && isCapitalizedLikeAName(words[next], source)
                result[phrase] = (result[phrase] ?? false) || isName
                next += 1
            }
        }
        return result
    }
}
