/// A text under QA (the target, or its source): its analysis (`AnalysedText`: sentences, tokens and
/// what each word is) over the user's own text, not a normalized one, so that every finding points
/// back at the characters it is about and the checks see the text as written (stray spaces included).
///
/// Built once per text; checks only read it.
public struct QAText: Sendable {
    public let analysis: AnalysedText
    public var name: String { analysis.name }
    public var language: Language { analysis.language }
    public let bytes: [UInt8]
    public let scalars: [Unicode.Scalar]
    public var tokens: [WordToken] { analysis.tokens }
    /// The text of each token as written (same indices as `tokens`).
    public let words: [String]
    public var sentences: [SentenceSpan] { analysis.sentences }
    /// For each token, the index of the sentence containing it.
    public let sentenceOfToken: [Int]
    /// For each token, whether it is the first word of a sentence or of a quotation, where German
    /// and English capitalize any word.
    public let startsSentence: [Bool]
    /// For each token, whether it is a word whose first letter is upper case (`isCapitalized`): the
    /// checks ask about every token, several of them more than once, and a Unicode property lookup
    /// is done once per distinct word here.
    private let capitalized: [Bool]
    /// Per vocabulary entry (`AnalysedText.vocabulary`), its text lower-cased as written: the checks
    /// compare most tokens regardless of case, several of them more than once, and a word's analysis
    /// has it lower-cased already (`WordAnalysis.lower`) unless the analysis shortened the word (an
    /// English possessive is analysed without its ending).
    private let lowerEntries: [String]
    /// Stretches repeated in a loop (`RepetitionLoops`), found before any word-level analysis so that
    /// the checks that look words up skip them: a looped "word" of a thousand letters is no word.
    let loops: [RepetitionLoops.Loop]
    private let lineStarts: LineStarts

    /// A text whose analysis covers `bytes` (valid UTF-8, not normalized).
    ///
    /// - Complexity: O(n) in the length of the text.
    package init(analysis: AnalysedText, bytes: [UInt8]) {
        self.analysis = analysis
        self.bytes = bytes
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        scalars.append(contentsOf: analysis.text.unicodeScalars)
        self.scalars = scalars
        lineStarts = LineStarts(scalars)
        loops = RepetitionLoops.loops(in: scalars)
        let tokens = analysis.tokens
        words = tokens.indices.map { analysis.analysis(ofToken: $0).text }
        let capitalizedEntries = analysis.vocabulary.map { $0.text.unicodeScalars.first?.properties.isUppercase ?? false }
        capitalized = tokens.indices.map { tokens[$0].kind == .word && capitalizedEntries[Int(analysis.words[$0])] }
        // An entry's tokens are all of one kind (`TextAnalyzer` keys entries by kind and text).
        var wordEntries = [Bool](repeating: false, count: analysis.vocabulary.count)
        for (token, entry) in zip(tokens, analysis.words) where token.kind == .word { wordEntries[Int(entry)] = true }
        lowerEntries = analysis.vocabulary.indices.map { entry in
            let word = analysis.vocabulary[entry]
            // `base` is the text or a shorter prefix of it, so equal lengths mean equal strings.
            return wordEntries[entry] && word.base.utf8.count == word.text.utf8.count ? word.lower : word.text.lowercased()
        }
        let sentences = analysis.sentences
        var sentenceOfToken: [Int] = []
        var startsSentence: [Bool] = []
        sentenceOfToken.reserveCapacity(tokens.count)
        startsSentence.reserveCapacity(tokens.count)
        var sentence = 0
        var previousSentence = -1
        var previousToken: WordToken?
        for token in tokens {
            while sentence + 1 < sentences.count, sentences[sentence].scalars.upperBound <= token.scalars.lowerBound { sentence += 1 }
            let first = sentence != previousSentence
            let afterOpener = previousToken.map { Self.opensClause(scalars[$0.scalars.lowerBound]) } ?? true
            let afterLineBreak = previousToken.map { Self.hasLineBreak(scalars, $0.scalars.upperBound..<token.scalars.lowerBound) } ?? true
            startsSentence.append(first || afterOpener || afterLineBreak)
            sentenceOfToken.append(sentence)
            if token.kind != .punctuation { previousSentence = sentence }
            previousToken = token
        }
        self.sentenceOfToken = sentenceOfToken
        self.startsSentence = startsSentence
    }

    /// The characters of a scalar range.
    public func string(_ range: Range<Int>) -> String {
        UTF8Scalars.string(scalars[range])
    }

    /// The 1-based line and column of a scalar offset.
    ///
    /// - Complexity: O(log lines).
    public func position(ofScalar offset: Int) -> (line: Int, column: Int) {
        lineStarts.position(ofScalar: offset)
    }

    /// The scalar range of the line containing `offset`, without its line feed.
    public func lineRange(containing offset: Int) -> Range<Int> {
        lineStarts.range(ofLine: lineStarts.line(ofScalar: offset))
    }

    /// The scalar ranges of all lines, without line feeds.
    public var lineRanges: [Range<Int>] {
        lineStarts.offsets.indices.map(lineStarts.range(ofLine:))
    }

    /// The indices of the tokens of sentence `index`.
    ///
    /// - Complexity: O(log n), whatever the sentence's length: checks ask for the source sentences of
    ///   every target number or word, and one long sentence would otherwise make that quadratic.
    public func tokenRange(ofSentence index: Int) -> Range<Int> {
        firstToken(ofSentenceAtLeast: index)..<firstToken(ofSentenceAtLeast: index + 1)
    }

    /// The first token whose sentence is `index` or later (tokens are in text order).
    private func firstToken(ofSentenceAtLeast index: Int) -> Int {
        sentenceOfToken.partitionPoint { $0 < index }
    }

    /// Whether token `index` is a word the word-level checks (spelling, compounds, language) should
    /// look up: not longer than `WordToken.longestAnalysedWord` and not inside a loop.
    ///
    /// - Complexity: O(log k) for k loops.
    public func isAnalysable(_ index: Int) -> Bool {
        let range = tokens[index].scalars
        return range.count <= WordToken.longestAnalysedWord && !isInLoop(range)
    }

    /// Whether a scalar range overlaps a loop.
    ///
    /// - Complexity: O(log k) for k loops (they are in text order and do not overlap).
    func isInLoop(_ range: Range<Int>) -> Bool {
        let first = loops.partitionPoint { $0.range.upperBound <= range.lowerBound }
        return first < loops.count && loops[first].range.overlaps(range)
    }

    /// Token `index` lower-cased as written ("Norway’s" → "norway’s").
    public func lowercased(_ index: Int) -> String {
        lowerEntries[Int(analysis.words[index])]
    }

    /// The distinct tokens of the text, lower-cased as written.
    public var lowercasedVocabulary: [String] { lowerEntries }

    /// Whether token `index` is a word written with a capital first letter.
    public func isCapitalized(_ index: Int) -> Bool {
        capitalized[index]
    }

    /// Punctuation after which the next word is capitalized like a sentence start: quotes, colons,
    /// dashes and brackets that open a clause.
    private static func opensClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", "\u{201E}", "\u{201C}", "\"", "\u{00BB}", "\u{00AB}", "(", "[", "\u{2013}", "\u{2014}", "-", "\u{2022}", "*", ".", "!", "?": return true
        default: return false
        }
    }

    private static func hasLineBreak(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        scalars[range].contains("\n")
    }
}
