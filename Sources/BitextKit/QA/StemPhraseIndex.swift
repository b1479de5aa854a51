/// Where each stem stands among a text's words, so that a phrase of stems is found by looking up its
/// first stem instead of scanning the text.
///
/// Why: `term-consistency` looks for every glossary term in every document; scanning the document
/// once per term made QA of a run with the curated glossary (250 terms) three quarters term matching.
/// Positions count words only (punctuation and numbers are skipped), as the phrases do.
struct StemPhraseIndex {
    /// Token index of each word.
    let words: [Int]
    /// Stem of each word, parallel to `words`.
    let stems: [String]
    private let positions: [String: [Int]]
    /// Per word, its sentence, and whether it closes a clause: a punctuation mark or the end of its
    /// sentence follows it (where a main clause puts a separable verb's particle, "wies … aus.").
    private let sentences: [Int]
    private let closesClause: [Bool]

    /// - Parameters:
    ///   - tokenStems: per token its stem, "" for tokens that are not words.
    ///   - tokens: the tokens, for what follows each word.
    ///   - sentenceOfToken: per token the index of its sentence.
    init(tokenStems: [String], tokens: [WordToken], sentenceOfToken: [Int]) {
        var words: [Int] = [], stems: [String] = [], positions: [String: [Int]] = [:]
        var sentences: [Int] = [], closesClause: [Bool] = []
        for (token, stem) in tokenStems.enumerated() where !stem.isEmpty {
            positions[stem, default: []].append(words.count)
            words.append(token)
            stems.append(stem)
            sentences.append(sentenceOfToken[token])
            let next = token + 1
            closesClause.append(next == tokens.count || tokens[next].kind == .punctuation || sentenceOfToken[next] != sentenceOfToken[token])
        }
        self.words = words
        self.stems = stems
        self.positions = positions
        self.sentences = sentences
        self.closesClause = closesClause
    }

    /// The word positions where `phrase` starts, its stems on consecutive words, in text order.
    func occurrences(of phrase: [String]) -> [Int] {
        guard let first = phrase.first, let starts = positions[first] else { return [] }
        return starts.filter { start in
            start + phrase.count <= stems.count && phrase.indices.allSatisfy { stems[start + $0] == phrase[$0] }
        }
    }

    /// The word ranges of `phrase`, in text order; with a `particle` (a stem), each reaching on to the
    /// first word of that stem after it in the same sentence that closes a clause, and occurrences
    /// without one left out ("wies" of "wies … aus" with "aus").
    ///
    /// - Complexity: O(occurrences of the phrase's first stem and of the particle × log), whatever the
    ///   sentences' length.
    func spans(of phrase: [String], closedBy particle: String?) -> [Range<Int>] {
        let starts = occurrences(of: phrase)
        guard let particle else { return starts.map { $0..<($0 + phrase.count) } }
        let closing = (positions[particle] ?? []).filter { closesClause[$0] }
        return starts.compactMap { start in
            let after = closing.partitionPoint { $0 < start + phrase.count }
            guard after < closing.count, sentences[closing[after]] == sentences[start] else { return nil }
            return start..<(closing[after] + 1)
        }
    }

    /// Whether `phrase` (closed by `particle`, see `spans(of:closedBy:)`) occurs with all its words
    /// inside the token range `tokens`.
    func contains(_ phrase: [String], closedBy particle: String?, within tokens: Range<Int>) -> Bool {
        spans(of: phrase, closedBy: particle).contains { span in
            tokens.contains(words[span.lowerBound]) && tokens.contains(words[span.upperBound - 1])
        }
    }
}
