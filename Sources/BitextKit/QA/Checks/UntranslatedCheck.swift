/// `untranslated`: English left in the German text — a run of words that English spelling accepts
/// and German rejects ("we need to talk about this"), two or three such words copied side by side
/// from the source ("Must buy", `copiedPhrases`), a source sentence copied unchanged
/// (`copiedSentences`), or a single English word copied from the source.
struct UntranslatedCheck: QARule {
    static let check = QACheck(
        id: "untranslated",
        title: "Text left untranslated",
        explanation: """
            Words in the source language remain in the translation: a run of four or more words that \
            are English rather than German (running on over commas and sentence ends, so that an English \
            sentence left in a German paragraph is one finding); with a source, two or three such words that stand side by \
            side in the source sentence ("Gave up."), or a source sentence copied unchanged ("She was elected \
            in 2019."); or (a note, info) a single English word that also stands in the \
            source and is not German. A quoted English phrase, or one that fills a parenthesis (the original \
            beside its rendering: "des plötzlichen Kindstods (sudden infant death)"), is only a note (info). Runs of mostly capitalized words, and names with short words between capitalized \
            ones ("Newport on the Levee"), are names or titles and are not reported (words written all \
            in capitals are not capitalized in that sense: shouted English is text); \
            loanwords German uses ("online") are accepted.
            """,
        severity: .warning,
        targetLanguages: [.de])

    /// The shortest run of English words reported without a source match.
    static let minimumRun = 4

    let spelling: QASpelling

    /// Words that pass for German though English dictionaries know them (`untranslated-exempt.txt`).
    private let exempt: Set<String>

    /// Finds the tags whose words are markup, not text (`copiedPhrases`).
    let tags: HTMLTagDetector

    init(spelling: QASpelling) throws {
        self.spelling = spelling
        tags = try HTMLTagDetector()
        exempt = Set(try LanguageDataFile.loadIfPresent("untranslated-exempt", language: spelling.languages.target).entries.map { $0.text.lowercased() })
    }

    /// Whether `range` is all that stands between a pair of parentheses (spaces aside).
    static func fillsParenthesis(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var before = range.lowerBound - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        var after = range.upperBound
        while after < scalars.count, scalars[after] == " " { after += 1 }
        return before >= 0 && scalars[before] == "(" && after < scalars.count && scalars[after] == ")"
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        var quotationsCache: [Range<Int>]?
        let german = germanWords(text)
        /// Reports the run of `tokens` (word tokens) if it is one.
        func judge(_ tokens: ArraySlice<Int>) {
            guard let first = tokens.first, let last = tokens.last else { return }
            let germanInRun = tokens.count(where: { german[$0] == true })
            let capitalizedInRun = tokens.count(where: { Self.isCapitalizedLikeAName($0, text) })
            // Most words of the run must be foreign to German ("in", "was", "man" are words of both),
            // and most lower-case: capitalized runs are names and titles ("University of Kent").
            guard tokens.count >= Self.minimumRun, germanInRun * 3 <= tokens.count, capitalizedInRun * 2 < tokens.count,
                  !isName(tokens, besides: { german[$0] == true }, text) else { return }
            let range = text.tokens[first].scalars.lowerBound..<text.tokens[last].scalars.upperBound
            result.append(finding(range, in: text, quotations: &quotationsCache))
        }
        let stretches = Self.stretches(text)
        // A reported run has at most a third German words, so three foreign ones at least: English
        // spelling is asked only inside stretches of words that have them.
        var foreignInStretch = [Int](repeating: 0, count: (stretches.max() ?? -1) + 1)
        for (index, stretch) in stretches.enumerated() where stretch >= 0 && german[index] == false { foreignInStretch[stretch] += 1 }
        // The word tokens, and for each whether it may be part of a run at all; tokens that are no
        // words neither extend nor end a run.
        let words = text.tokens.indices.filter { text.tokens[$0].kind == .word }
        let eligible = words.map { foreignInStretch[stretches[$0]] >= 3 && text.isAnalysable($0) }
        // Whether words[k - 1] and words[k] may stand in one run: both eligible, in one stretch.
        func joined(_ k: Int) -> Bool {
            k > 0 && eligible[k - 1] && eligible[k] && stretches[words[k - 1]] == stretches[words[k]]
        }
        let seeds = Self.seeds(words.map { german[$0] == true }, capitalized: words.map { Self.isCapitalizedLikeAName($0, text) },
                               eligible: eligible, joined: joined)
        // English spelling is asked lazily: a run is found from a seed, extended both ways while the
        // words are English, and judged whole, in text order. A run without a seed is not reported
        // whatever it holds, so its words need no question.
        var english = [Bool?](repeating: nil, count: words.count)
        func isEnglish(_ k: Int) -> Bool {
            if let known = english[k] { return known }
            let answer = self.isEnglish(words[k], text)
            english[k] = answer
            return answer
        }
        var k = 0
        while k < words.count {
            guard seeds[k], isEnglish(k) else {
                k += 1
                continue
            }
            var first = k
            while joined(first), isEnglish(first - 1) { first -= 1 }
            var last = k
            while last + 1 < words.count, joined(last + 1), isEnglish(last + 1) { last += 1 }
            judge(words[first...last])
            k = last + 1
        }
        if let source = input.source {
            // A copied phrase or word inside a reported run or phrase is part of that finding. Runs,
            // phrases and words are each found in text order and do not overlap among themselves.
            var reported = result.map { $0.start..<$0.end }
            func isNew(_ finding: QAFinding) -> Bool { !reported.anyOverlaps(finding.start..<finding.end) }
            result += copiedPhrases(text, source: source, input: input, german: german, isEnglish: { self.isEnglish($0, text) },
                                    quotations: &quotationsCache).filter(isNew)
            reported = result.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
            result += copiedWords(text, source: source, input: input).filter(isNew)
            // A sentence copied whole is one finding, whatever parts of it the rules above reported.
            let sentences = copiedSentences(text, source: source, input: input, german: german, quotations: &quotationsCache)
            if !sentences.isEmpty {
                let spans = sentences.map { $0.start..<$0.end }
                result = result.filter { !spans.anyOverlaps($0.start..<$0.end) } + sentences
            }
        }
        return result
    }

    /// Whether a range of `text` lies in what is copied as it must be: a web address, a hashtag or a
    /// tag ("https://…/intuitive-machines", "#science", "<div id=sec7>"). Found on the first question:
    /// most texts are never asked.
    private func copiedAsIs(in text: QAText) -> (Range<Int>) -> Bool {
        var found: (chunks: WebAddressChunks, tags: [Range<Int>])?
        return { range in
            let spans = found ?? (WebAddressChunks(text.scalars), self.tags.tags(in: text.scalars).map(\.range))
            found = spans
            return spans.chunks.isInsideAddress(range) || spans.chunks.isInsideHashtag(range) || spans.tags.anyOverlaps(range)
        }
    }

    /// The fewest English words, not German ones, a copied sentence must have: "Manchester United."
    /// copied is a name.
    static let englishWordsInCopiedSentence = 2

    /// Target sentences that are a compared source sentence unchanged ("She was elected in 2019."
    /// left as it stands), with `englishWordsInCopiedSentence` English words German does not know,
    /// one of them in lower case, outside web addresses, hashtags and tags (copied as they must be). The words shared with German ("was", "in") keep such a sentence
    /// from being a run of English, yet copied whole it is untranslated.
    ///
    /// - Complexity: O(t + s) for t target and s source tokens (each compared scope's sentences are
    ///   hashed once).
    private func copiedSentences(_ text: QAText, source: QAText, input: QAInput, german: [Bool?],
                                 quotations: inout [Range<Int>]?) -> [QAFinding] {
        func keys(_ side: QAText, _ tokens: Range<Int>) -> [String] {
            tokens.filter { side.tokens[$0].kind != .punctuation }.map { side.lowercased($0) }
        }
        var scopeSentences: [Range<Int>: Set<[String]>] = [:]
        var result: [QAFinding] = []
        let isCopiedAsIs = copiedAsIs(in: text)
        for sentence in text.sentences.indices {
            let tokens = text.tokenRange(ofSentence: sentence)
            let words = tokens.filter { text.tokens[$0].kind == .word }
            let foreign = words.filter { german[$0] == false && isEnglish($0, text) && !isCopiedAsIs(text.tokens[$0].scalars) }
            guard foreign.count >= Self.englishWordsInCopiedSentence,
                  foreign.contains(where: { text.words[$0].unicodeScalars.first?.properties.isLowercase == true }),
                  let first = tokens.first(where: { text.tokens[$0].kind != .punctuation }),
                  let last = tokens.last(where: { text.tokens[$0].kind != .punctuation }) else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: sentence)
            if scope.isEmpty { continue }
            if scopeSentences[scope] == nil {
                scopeSentences[scope] = Set((source.sentenceOfToken[scope.lowerBound]...source.sentenceOfToken[scope.upperBound - 1])
                    .map { keys(source, source.tokenRange(ofSentence: $0)) })
            }
            guard scopeSentences[scope]?.contains(keys(text, tokens)) == true else { continue }
            let range = text.tokens[first].scalars.lowerBound..<text.tokens[last].scalars.upperBound
            result.append(finding(range, in: text, quotations: &quotations).adding(" (the source sentence, copied unchanged)"))
        }
        return result
    }

    /// The finding for English text at `range`: a warning, or a note when it is quoted (`singleQuoted`:
    /// between single quotation marks, which `QuotationSpans` leaves out as apostrophes) or fills a
    /// parenthesis.
    func finding(_ range: Range<Int>, in text: QAText, quotations: inout [Range<Int>]?, singleQuoted: Bool = false) -> QAFinding {
        // A quoted English phrase is usually deliberate (a song, a slogan, a quoted remark).
        let spans = quotations ?? QuotationSpans.all(in: text)
        quotations = spans
        let quoted = singleQuoted || spans.anyOverlaps(range.lowerBound..<(range.lowerBound + 1))
        // So is a whole parenthesis of English: the original term beside its rendering
        // ("des plötzlichen Säuglingstods (sudden infant death)"), or what an acronym stands for.
        let glossed = !quoted && Self.fillsParenthesis(range, text.scalars)
        let note = quoted ? " (quoted: deliberate?)" : glossed ? " (in parentheses: the original beside its rendering?)" : ""
        return text.finding(Self.check, range, severity: quoted || glossed ? .info : nil,
                            message: "English text left untranslated: \"\(text.string(range))\"" + note)
    }

    /// Whether word tokens `tokens`, without the German words at either end (`isGerman`: the "in"
    /// of "in Newport on the Levee"), are a name with short words between its capitalized ones:
    /// capitalized first and last, and every lower-case word between of three letters or fewer
    /// ("on", "the", "of", "and").
    private func isName(_ tokens: ArraySlice<Int>, besides isGerman: (Int) -> Bool, _ text: QAText) -> Bool {
        guard let first = tokens.firstIndex(where: { !isGerman($0) }), let last = tokens.lastIndex(where: { !isGerman($0) }),
              Self.isCapitalizedLikeAName(tokens[first], text), Self.isCapitalizedLikeAName(tokens[last], text) else { return false }
        return tokens[first...last].allSatisfy { Self.isCapitalizedLikeAName($0, text) || text.tokens[$0].scalars.count <= 3 }
    }

    /// Whether a word is capitalized the way names and titles are: an initial capital, not a word
    /// written all in capitals. "FUCKING SUCKS AND I HATE IT", copied from a shouting review, is
    /// English text, not a title.
    static func isCapitalizedLikeAName(_ index: Int, _ text: QAText) -> Bool {
        guard text.isCapitalized(index) else { return false }
        // Capitalized: its first scalar is an upper-case letter; a name has a lower-case one after it.
        let scalars = text.scalars[text.tokens[index].scalars].dropFirst()
        return scalars.isEmpty || scalars.contains(where: \.properties.isLowercase)
    }

    /// Per word whether it lies in a stretch of joined words that could be a reported run: of
    /// `minimumRun` words or more, at most a third German, fewer than half capitalized. Such a stretch
    /// has 2·length − 3·German − 2·capitalized ≥ 1, so a word is a seed when the best sum of that
    /// weight over joined words around it reaches 1 (a necessary condition: most German text has no
    /// seed at all, and its words need no English question).
    ///
    /// - Complexity: O(n): the best sums ending at and starting from each word, in one pass each way.
    private static func seeds(_ german: [Bool], capitalized: [Bool], eligible: [Bool], joined: (Int) -> Bool) -> [Bool] {
        let count = german.count
        let weight = (0..<count).map { 2 - (german[$0] ? 3 : 0) - (capitalized[$0] ? 2 : 0) }
        var ending = [Int](repeating: 0, count: count)
        for k in 0..<count { ending[k] = weight[k] + (joined(k) ? max(0, ending[k - 1]) : 0) }
        var starting = [Int](repeating: 0, count: count)
        for k in stride(from: count - 1, through: 0, by: -1) {
            starting[k] = weight[k] + (k + 1 < count && joined(k + 1) ? max(0, starting[k + 1]) : 0)
        }
        return (0..<count).map { eligible[$0] && ending[$0] + starting[$0] - weight[$0] >= 1 }
    }

    /// Per token whether it is a German word (nil for tokens that are no words).
    private func germanWords(_ text: QAText) -> [Bool?] {
        text.tokens.indices.map { index in
            text.tokens[index].kind == .word ? spelling.isTargetWord(text.words[index], capitalizedByPosition: text.startsSentence[index]) : nil
        }
    }

    /// Per token the number of its stretch of words joined by single spaces, or by one comma,
    /// semicolon, colon or sentence end and a space (an English sentence or clause left in a German
    /// paragraph is one run, "The minister said, however, that …"), or -1 for tokens that are no words.
    /// A run still ends at the first German word.
    private static func stretches(_ text: QAText) -> [Int] {
        var result = [Int](repeating: -1, count: text.tokens.count)
        var current = -1
        var previousWord = -1
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            defer { previousWord = index }
            let joined = previousWord >= 0 && index - previousWord <= 2
                && text.scalars[text.tokens[previousWord].scalars.upperBound..<text.tokens[index].scalars.lowerBound].allSatisfy {
                    $0 == " " || (index - previousWord == 2 && Self.joiningPunctuation.contains($0))
                }
            if !joined { current += 1 }
            result[index] = current
        }
        return result
    }

    private static let joiningPunctuation: Set<Unicode.Scalar> = [",", ";", ":", ".", "!", "?"]

    private func isEnglish(_ index: Int, _ text: QAText) -> Bool {
        let word = text.words[index]
        return spelling.source.accepts(word) || (text.startsSentence[index] && spelling.source.accepts(word.lowercased()))
    }

    /// Lower-case words of five or more letters that stand in the compared source sentences, are
    /// English and not German: "sie diskutierten die issues". Notes (info): a single such word is
    /// as often a loanword or a German form Hunspell lacks ("evaluative") or a quoted title; on
    /// MQM-annotated TED output raters marked 2 of 14. Words of a web address, a hashtag or a tag
    /// are copied as they must be ("https://…/intuitive-machines", "#science", "<div id=sec7>").
    private func copiedWords(_ text: QAText, source: QAText, input: QAInput) -> [QAFinding] {
        var result: [QAFinding] = []
        let isCopiedAsIs = copiedAsIs(in: text)
        // The source words each target sentence is compared with, as a set per scope: a comparable
        // source is one scope for every sentence, and scanning it per word would be quadratic.
        var scopeWords: [Range<Int>: Set<String>] = [:]
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let word = text.words[index]
            guard text.tokens[index].scalars.count >= 5, word.unicodeScalars.first?.properties.isLowercase == true,
                  text.isAnalysable(index), !exempt.contains(word) else { continue }
            let scope = input.sourceTokens(comparedWithTargetSentence: text.sentenceOfToken[index])
            if scopeWords[scope] == nil { scopeWords[scope] = Set(scope.map { source.words[$0] }) }
            guard scopeWords[scope]?.contains(word) == true,
                  !spelling.target.accepts(word), spelling.source.accepts(word),
                  !isCopiedAsIs(text.tokens[index].scalars) else { continue }
            result.append(text.finding(Self.check, text.tokens[index].scalars, severity: .info,
                                       message: "\"\(word)\" is the English word of the source: left untranslated?"))
        }
        return result
    }
}
