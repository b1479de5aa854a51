
/// Word-level answers that the sessions of one batch share: Hunspell's verdicts,
/// compound splits, typo corrections, the analysis of the texts' words (`WordAnalyzer`) and the
/// sentence aligner's word features, each a pure function of the word.
///
/// Why: a session's cost is the first sight of each word, and every thread has its own session (their
/// Hunspell, ICU and Snowball handles are not thread-safe), so without sharing, a word both threads
/// meet is analysed twice: on 2 cores that was a third more CPU time than one thread needed. A session
/// still asks its own cache first and takes the lock only on a miss.
public final class QAWordMemos: Sendable {
    let targetSpelling = WordMemo<Bool>()
    let sourceSpelling = WordMemo<Bool>()
    let compounds = WordMemo<[String]?>()
    let typos = WordMemo<[String]>()
    /// `WordAnalyzer`'s answers for the target's and the source's words (`QAResources`' analyzers).
    let targetWords = WordMemo<WordAnalysis>()
    let sourceWords = WordMemo<WordAnalysis>()
    /// The sentence aligner's analysis of words (`FeatureExtractor`).
    let wordFeatures = WordFeatureMemo()

    public init() {}
}

/// A word → answer table behind a lock.
final class WordMemo<Value: Sendable>: Sendable {
    private let table = Locked<[String: Value]>([:])

    func value(_ word: String) -> Value? {
        table.withLock { $0[word] }
    }

    func store(_ value: Value, for word: String) {
        table.withLock { $0[word] = value }
    }

    /// The answer for `word`: from the caller's own cache, else from `shared`, else computed and kept in
    /// both. A session's caches stay lock-free; only its misses take the lock.
    static func answer(_ word: String, local: inout [String: Value], shared: WordMemo?, compute: () -> Value) -> Value {
        if let known = local[word] { return known }
        if let known = shared?.value(word) {
            local[word] = known
            return known
        }
        let computed = compute()
        local[word] = computed
        shared?.store(computed, for: word)
        return computed
    }
}
