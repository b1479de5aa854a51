/// Finds the correction of a single typing slip: a word the dictionary accepts that is one letter
/// inserted, deleted or replaced, or two neighbours swapped, away from an unknown word, with at
/// least two letters after the change ("Empfinflichkeit" → "Empfindlichkeit"), or a lost first
/// letter ("rzte" → "Ärzte"). Changes at the end of a word ("astrophysikalische" →
/// "astrophysikalisch") are inflection, and changes of the first letter make other words ("kalben" →
/// "salben"): neither counts. "ss" for "ß" and back counts as one slip ("grosse" → "große").
///
/// Generating the candidates and asking the (cached) dictionary is much cheaper than Hunspell's own
/// suggestion search, which takes tens of milliseconds per German word; results are cached per
/// word, since a batch meets the same unknown words again and again. Not thread-safe.
final class TypoCorrector {
    let speller: Hunspell
    /// Rules out candidates whose changed letters make a run no known word has, before Hunspell is
    /// asked (nil: every candidate is asked).
    let letterRuns: LetterGrams?
    private var cache: [String: [String]] = [:]
    /// Corrections shared with the other threads of a batch (`QAWordMemos`), asked after `cache`.
    let shared: WordMemo<[String]>?
    /// Letters tried for insertions and replacements (the language's `alphabet`, `spelling-morphology.txt`).
    let alphabet: [Unicode.Scalar]

    init(speller: Hunspell, alphabet: [Unicode.Scalar], letterRuns: LetterGrams? = nil, shared: WordMemo<[String]>? = nil) {
        self.speller = speller
        self.letterRuns = letterRuns
        self.shared = shared
        self.alphabet = alphabet
    }

    /// The single-slip corrections of `word` the dictionary accepts, in a fixed order: ß/ss, a lost
    /// first letter, then swaps, deletions, replacements and insertions inside the word.
    ///
    /// - Complexity: O(n · a) candidates of n letters each for n letters and an alphabet of a
    ///   letters; only those the letter-run table allows cost a dictionary look-up. Words longer than
    ///   `WordToken.longestAnalysedWord` get none, which bounds the search.
    func corrections(of word: String) -> [String] {
        WordMemo.answer(word, local: &cache, shared: shared) { search(word) }
    }

    private func search(_ word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)
        let n = scalars.count
        guard n >= 3, n <= WordToken.longestAnalysedWord else { return [] }
        var result: [String] = []
        // The word's own unknown letter runs: a slip at letters a..<b (an insertion: a == b) can only
        // repair runs that reach into it, so a candidate that leaves one elsewhere is no word either,
        // and a word with unknown runs far apart has no single-slip correction at all.
        let unknownRuns = letterRuns?.unknownRuns(in: scalars) ?? []
        func mayRepair(_ a: Int, _ b: Int) -> Bool {
            unknownRuns.allSatisfy { $0 >= a + 2 - LetterGrams.order && $0 <= b + 1 }
        }
        /// Asks the dictionary about `candidate`, whose letters in `changed` differ from the word's.
        func attempt(_ candidate: [Unicode.Scalar], changed: Range<Int>, capitalize: Bool = false) {
            if let letterRuns, !letterRuns.allows(candidate, changed: changed) { return }
            var candidate = candidate
            if capitalize, let first = candidate.first, let upper = String(first).uppercased().unicodeScalars.first { candidate[0] = upper }
            let text = UTF8Scalars.string(candidate)
            if speller.acceptsUncached(text) { result.append(text) }
        }
        // "ss" for "ß" and the reverse ("grosse" → "große", "daß" → "dass"): spelling rules, not slips.
        for i in 0..<max(0, n - 1) where scalars[i] == "s" && scalars[i + 1] == "s" && mayRepair(i, i + 2) {
            attempt(Array(scalars[0..<i]) + ["ß"] + Array(scalars[(i + 2)...]), changed: i..<(i + 1))
        }
        for i in 0..<n where scalars[i] == "ß" && mayRepair(i, i + 1) {
            attempt(Array(scalars[0..<i]) + ["s", "s"] + Array(scalars[(i + 1)...]), changed: i..<(i + 2))
        }
        // The candidates that differ in one letter are made in one buffer per position, that letter
        // overwritten in turn: most are ruled out by the letter runs alone, and a copy of the word
        // for each cost more than the test.
        // A lost first letter, typically a broken umlaut ("rzte" → "Ärzte", "hnliches" → "ähnliches").
        if mayRepair(0, 0) {
            var prefixed = [scalars[0]] + scalars
            for letter in alphabet {
                prefixed[0] = letter
                attempt(prefixed, changed: 0..<1)
                attempt(prefixed, changed: 0..<1, capitalize: true)
            }
        }
        // Slips inside the word: never the first letter (that makes another word, "kalben"/"salben"),
        // and at least two letters after the change (endings are inflection).
        for i in 1..<max(1, n - 3) where mayRepair(i, i + 2) {
            var swapped = scalars
            swapped.swapAt(i, i + 1)
            if swapped != scalars { attempt(swapped, changed: i..<(i + 2)) }
        }
        for i in 1..<max(1, n - 2) where mayRepair(i, i + 1) {
            var deleted = scalars
            deleted.remove(at: i)
            attempt(deleted, changed: i..<i)
            var replaced = scalars
            for letter in alphabet where letter != scalars[i] {
                replaced[i] = letter
                attempt(replaced, changed: i..<(i + 1))
            }
        }
        for i in 1..<max(1, n - 1) where mayRepair(i, i) {
            var inserted = scalars
            inserted.insert(scalars[i], at: i)
            for letter in alphabet {
                inserted[i] = letter
                attempt(inserted, changed: i..<(i + 1))
            }
        }
        return result
    }
}
