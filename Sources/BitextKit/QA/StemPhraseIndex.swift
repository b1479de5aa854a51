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

    /// - Parameter stems: per token its stem, "" for tokens that are not words.
    init(tokenStems: [String]) {
        var words: [Int] = [], stems: [String] = [], positions: [String: [Int]] = [:]
        for (token, stem) in tokenStems.enumerated() where !stem.isEmpty {
            positions[stem, default: []].append(words.count)
            words.append(token)
            stems.append(stem)
        }
        self.words = words
        self.stems = stems
        self.positions = positions
    }

    /// The word positions where `phrase` starts, its stems on consecutive words, in text order.
    func occurrences(of phrase: [String]) -> [Int] {
        guard let first = phrase.first, let starts = positions[first] else { return [] }
        return starts.filter { start in
            start + phrase.count <= stems.count && phrase.indices.allSatisfy { stems[start + $0] == phrase[$0] }
        }
    }

    /// Whether `phrase` occurs with all its words inside the token range `tokens`.
    func contains(_ phrase: [String], within tokens: Range<Int>) -> Bool {
        occurrences(of: phrase).contains { start in
            tokens.contains(words[start]) && tokens.contains(words[start + phrase.count - 1])
        }
    }
}
