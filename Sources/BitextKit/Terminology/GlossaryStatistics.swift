/// The counts a glossary is ranked from, over units of text: aligned sentence pairs, and in
/// comparable mode whole article pairs (`GlossaryBuilder`). Per term: its first occurrence, its
/// surface forms and base forms with counts, and the number of units it occurs in; per German-English
/// term pair that shares a unit: the number of units they share and the first sentence pairs showing
/// both (the contexts); the German words the artifact screen flagged, with their findings.
///
/// Statistics of separate chunks of a corpus merge (`merge`) into exactly the statistics of the
/// whole, in any order: counts add up, and every "first" is decided by the unit's `order`, a
/// number that places it in the whole corpus (`order(item:sentence:)`, `articleOrder(item:)`). So
/// the corpus-scale stages count per chunk and rank once, and `bitext run` ranks the same numbers.
public struct GlossaryStatistics: Sendable {
    /// One distinct term (by lemma key) of one language.
    struct Term: Sendable, Codable {
        let key: String
        /// The occurrence seen first (in unit order): lexical evidence compares its stems and words.
        var occurrence: TermOccurrence
        var firstSeen: UInt64
        /// Surface forms and how often each occurs.
        var forms: [String: Int] = [:]
        /// Units the term occurs in.
        var units = 0

        /// Base forms met, with counts (one per key almost always; names keep their surface forms).
        var bases: [String: Int] = [:]

        /// The form to show: the most frequent base form, then the shortest, then the first in
        /// code-point order.
        var baseForm: String {
            bases.max { a, b in
                if a.value != b.value { return a.value < b.value }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key > b.key
            }?.key ?? key
        }
    }

    /// A German word the artifact screen flagged, with the QA finding, from the unit placed first.
    struct Flag: Sendable, Codable {
        let order: UInt64
        let finding: String
    }

    /// A sentence pair that shows a term pair, placed by the order of its unit.
    struct Context: Sendable {
        let order: UInt64
        let pair: SentencePair
    }

    /// What is known about a German and an English term that share units.
    struct Cooccurrence: Sendable {
        var joint = 0
        /// The first `maxContexts` sentence-pair units both occur in.
        var contexts: [Context] = []
        /// From the first article unit both occur in: the first German sentence with the German term
        /// and the first English sentence with the English term (shown when no sentence pair has both).
        var articleContext: Context?

        mutating func merge(_ other: Cooccurrence, maxContexts: Int) {
            joint += other.joint
            if !other.contexts.isEmpty { contexts = Self.first(maxContexts, of: contexts, other.contexts) }
            if let theirs = other.articleContext, theirs.order < (articleContext?.order ?? .max) { articleContext = theirs }
        }

        /// The first `limit` contexts of `a` and `b` by order, ties in the order of `a` then `b`: what a
        /// stable sort of `a + b` gives. Counting and merging keep every list in order, so one pass
        /// over both makes it; a list out of order (a damaged counts file) is sorted.
        ///
        /// Why: sorting the joined lists made three arrays per merged pair, 7 % of the corpus glossary
        /// step's CPU time (2.7 million pair lines at 3,000 articles per side).
        private static func first(_ limit: Int, of a: [Context], _ b: [Context]) -> [Context] {
            func isOrdered(_ list: [Context]) -> Bool {
                for k in list.indices.dropFirst() where list[k - 1].order > list[k].order { return false }
                return true
            }
            guard isOrdered(a), isOrdered(b) else { return Array((a + b).sorted { $0.order < $1.order }.prefix(limit)) }
            if a.isEmpty, b.count <= limit { return b }
            var result: [Context] = []
            result.reserveCapacity(max(0, min(limit, a.count + b.count)))
            var i = 0, j = 0
            while result.count < limit, i < a.count || j < b.count {
                if j == b.count || (i < a.count && a[i].order <= b[j].order) {
                    result.append(a[i])
                    i += 1
                } else {
                    result.append(b[j])
                    j += 1
                }
            }
            return result
        }
    }

    /// The terms of one language, numbered in the order they were first added.
    struct TermTable: Sendable {
        private(set) var terms: [Term] = []
        private var ids: [String: Int] = [:]

        init(terms: [Term] = []) {
            self.terms = terms
            for (id, term) in terms.enumerated() { ids[term.key] = id }
        }

        func id(ofKey key: String) -> Int? { ids[key] }

        /// Counts one occurrence in unit `order`; returns the term's id.
        mutating func count(_ occurrence: TermOccurrence, order: UInt64) -> Int {
            guard let id = ids[occurrence.key] else {
                ids[occurrence.key] = terms.count
                terms.append(Term(key: occurrence.key, occurrence: occurrence, firstSeen: order, forms: [occurrence.surface: 1],
                                  bases: [occurrence.base: 1]))
                return terms.count - 1
            }
            terms[id].forms[occurrence.surface, default: 0] += 1
            terms[id].bases[occurrence.base, default: 0] += 1
            if order < terms[id].firstSeen {
                terms[id].occurrence = occurrence
                terms[id].firstSeen = order
            }
            return id
        }

        mutating func addUnit(to id: Int) { terms[id].units += 1 }

        /// Adds `term`'s counts; returns its id here.
        mutating func merge(_ term: Term) -> Int {
            guard let id = ids[term.key] else {
                ids[term.key] = terms.count
                terms.append(term)
                return terms.count - 1
            }
            for (form, count) in term.forms { terms[id].forms[form, default: 0] += count }
            for (base, count) in term.bases { terms[id].bases[base, default: 0] += count }
            terms[id].units += term.units
            if term.firstSeen < terms[id].firstSeen {
                terms[id].occurrence = term.occurrence
                terms[id].firstSeen = term.firstSeen
            }
            return id
        }
    }

    public let mode: TextRelation
    /// Contexts kept per term pair.
    public let maxContexts: Int
    /// Units counted (the total of the association measures).
    private(set) var units = 0
    private(set) var german = TermTable()
    private(set) var english = TermTable()
    /// Per term pair (German id << 32 | English id).
    private(set) var pairs: [UInt64: Cooccurrence] = [:]
    /// German words (lower case) the artifact screen flagged (`TermArtifactScreen`).
    private(set) var flagged: [String: Flag] = [:]

    /// The flagged words with their findings: a term with one of them is a suspect, not an entry.
    var flaggedWords: [String: String] { flagged.mapValues(\.finding) }

    public init(mode: TextRelation, maxContexts: Int) {
        self.mode = mode
        self.maxContexts = maxContexts
    }

    /// The order of sentence pair `sentence` of item `item` (an article pair, or one sentence pair
    /// with `sentence` 0): items in order, sentence pairs in order within an item.
    public static func order(item: Int, sentence: Int) -> UInt64 {
        UInt64(item) << 24 | UInt64(sentence)
    }

    /// The item a sentence pair's `order` belongs to (an article pair, or one lone sentence pair).
    static func item(of order: UInt64) -> UInt64 { order >> 24 }

    /// The order of article pair `item` as a unit of its own: after every sentence pair.
    public static func articleOrder(item: Int) -> UInt64 {
        1 << 63 | UInt64(item)
    }

    static func code(_ german: Int, _ english: Int) -> UInt64 { UInt64(german) << 32 | UInt64(english) }

    func cooccurrence(german: Int, english: Int) -> Cooccurrence? { pairs[Self.code(german, english)] }

    /// Whether the counts of the pair of German term `german` and English term `english` (ids in
    /// `statistics`) are kept (`GlossaryBuilder.rankReads`). Ids, not the terms: a `Term` passed by
    /// value is a copy of its strings and tables, once per pair met.
    typealias PairRule = (_ german: Int, _ english: Int, _ statistics: GlossaryStatistics) -> Bool

    /// Decides once per term pair whether it is counted at all: the pairs `keeps` rejects
    /// (`GlossaryBuilder.rankReads`) are left out as they are met, not after counting.
    ///
    /// Why: in comparable mode every German term of an article pair co-occurs with every English
    /// term, and most such pairs lack the lexical evidence the mode requires, so the ranking never
    /// reads them; counting them all took `bitext run --mode comparable` on 300 synthetic article
    /// pairs to a peak of 777 MB, against 368 MB without them.
    ///
    /// Only for units counted in corpus order (`order` never decreasing), so that a term's first
    /// occurrence, which `keeps` judges, is final when its first pair is met; as `bitext run` counts
    /// its one chunk. A corpus run's chunks decide on pairs when they merge (`StoredMerge`).
    struct PairFilter {
        let keeps: PairRule
        /// The pairs `keeps` rejected, so that a pair met again is not judged again.
        private var rejected = Set<UInt64>()

        init(keeps: @escaping PairRule) {
            self.keeps = keeps
        }

        /// Whether a pair not counted yet, `code` of the terms `german` and `english` of `statistics`, is counted.
        mutating func admits(_ code: UInt64, _ german: Int, _ english: Int, in statistics: GlossaryStatistics) -> Bool {
            guard !rejected.contains(code) else { return false }
            if keeps(german, english, statistics) { return true }
            rejected.insert(code)
            return false
        }
    }

    /// Counts one aligned sentence pair with its term candidates; with `filter`, only the pairs it admits.
    mutating func addSentencePair(_ pair: SentencePair, order: UInt64, german g: [TermOccurrence], english e: [TermOccurrence],
                                  filter: inout PairFilter?) {
        let (germanIDs, englishIDs) = addUnit(order: order, german: g, english: e)
        for gid in germanIDs {
            for eid in englishIDs {
                let code = Self.code(gid, eid)
                if pairs[code] == nil, filter != nil, !filter!.admits(code, gid, eid, in: self) { continue }
                pairs[code, default: Cooccurrence()].joint += 1
                if pairs[code]?.contexts.count ?? 0 < maxContexts {
                    pairs[code, default: Cooccurrence()].merge(Cooccurrence(contexts: [Context(order: order, pair: pair)]), maxContexts: maxContexts)
                }
            }
        }
    }

    /// Counts an article pair as one unit (comparable mode); `german` and `english` hold the term
    /// candidates of each of its sentences. With `filter`, only the pairs it admits.
    mutating func addArticle(_ article: ArticlePair, order: UInt64, german g: [[TermOccurrence]], english e: [[TermOccurrence]],
                             filter: inout PairFilter?) {
        let (germanIDs, englishIDs) = addUnit(order: order, german: g.flatMap { $0 }, english: e.flatMap { $0 })
        guard !germanIDs.isEmpty, !englishIDs.isEmpty else { return }
        let firstGerman = Self.firstSentence(of: g), firstEnglish = Self.firstSentence(of: e)
        for gid in germanIDs {
            for eid in englishIDs {
                let code = Self.code(gid, eid)
                if pairs[code] == nil, filter != nil, !filter!.admits(code, gid, eid, in: self) { continue }
                pairs[code, default: Cooccurrence()].joint += 1
                guard pairs[code]?.articleContext == nil, let s = firstGerman[german.terms[gid].key],
                      let t = firstEnglish[english.terms[eid].key] else { continue }
                pairs[code]?.articleContext = Context(order: order, pair: SentencePair(german: article.german[s], english: article.english[t]))
            }
        }
    }

    /// Records the artifact screen's findings on the unit (or item) placed at `order`: of two findings
    /// on one word the one placed first is kept, so chunks merge to what the whole corpus gives.
    mutating func flag(_ words: [String: String], order: UInt64) {
        for (word, finding) in words { keepFirst(word, Flag(order: order, finding: finding)) }
    }

    private mutating func keepFirst(_ word: String, _ flag: Flag) {
        if let known = flagged[word], known.order <= flag.order { return }
        flagged[word] = flag
    }

    /// Adds `other`'s counts (statistics of another chunk of the same corpus, built with the same mode).
    ///
    /// - Complexity: O(terms + pairs of `other`).
    public mutating func merge(_ other: GlossaryStatistics) {
        units += other.units
        for (word, flag) in other.flagged { keepFirst(word, flag) }
        let germanIDs = other.german.terms.map { german.merge($0) }
        let englishIDs = other.english.terms.map { english.merge($0) }
        for (code, theirs) in other.pairs {
            let mapped = Self.code(germanIDs[Int(code >> 32)], englishIDs[Int(code & 0xFFFF_FFFF)])
            pairs[mapped, default: Cooccurrence()].merge(theirs, maxContexts: maxContexts)
        }
    }

    /// Counts the unit and its terms; returns the distinct term ids of each side, in first-occurrence order.
    /// The ids of the unit's distinct German and English terms, in order of first occurrence. A set
    /// tells a repeat: searching the ids found so far was quadratic in a unit of many terms (one
    /// sentence pair of 800 KB, its splitting failed: 11 s).
    private mutating func addUnit(order: UInt64, german g: [TermOccurrence], english e: [TermOccurrence]) -> ([Int], [Int]) {
        units += 1
        var germanIDs: [Int] = [], englishIDs: [Int] = []
        var seen = Set<Int>()
        for occurrence in g where !occurrence.key.isEmpty {
            let id = german.count(occurrence, order: order)
            if seen.insert(id).inserted {
                germanIDs.append(id)
                german.addUnit(to: id)
            }
        }
        seen.removeAll(keepingCapacity: true)
        for occurrence in e where !occurrence.key.isEmpty {
            let id = english.count(occurrence, order: order)
            if seen.insert(id).inserted {
                englishIDs.append(id)
                english.addUnit(to: id)
            }
        }
        return (germanIDs, englishIDs)
    }

    /// Per term key, the first sentence it occurs in.
    private static func firstSentence(of sentences: [[TermOccurrence]]) -> [String: Int] {
        var first: [String: Int] = [:]
        for (index, occurrences) in sentences.enumerated() {
            for occurrence in occurrences where first[occurrence.key] == nil { first[occurrence.key] = index }
        }
        return first
    }
}

/// Stored as JSON Lines, one small record per line: a head, the terms, the pairs, the flags.
/// Encoding the whole statistics as one JSON value built Foundation's tree of it in memory (564 MB
/// for the counts of 250 article pairs); line by line, writing and reading hold one record at a time.
/// Every text is stored once: contexts refer to the sentences by number, each sentence line coming
/// before the first pair that shows it (a sentence pair is a context of hundreds of term pairs).
extension GlossaryStatistics {
    /// One line of the stored form; exactly one field is set.
    struct StoredLine: Codable {
        var head: Head?
        var german: Term?
        var english: Term?
        var sentence: String?
        var pair: StoredPair?
        var flag: StoredFlag?
    }

    struct Head: Codable {
        let mode: TextRelation
        let maxContexts: Int
        let units: Int
    }

    /// A term pair: ids into the term lists; contexts as [order, German sentence, English sentence].
    struct StoredPair: Codable {
        let german: Int
        let english: Int
        let joint: Int
        let contexts: [[UInt64]]
        let articleContext: [UInt64]?
    }

    struct StoredFlag: Codable {
        let word: String
        let flag: Flag
    }

    /// Calls `body` with the stored lines, head first. Pairs come in code order and sentences in the
    /// order pairs first show them, so equal statistics give equal lines.
    func forEachStoredLine(_ body: (StoredLine) throws -> Void) rethrows {
        try body(StoredLine(head: Head(mode: mode, maxContexts: maxContexts, units: units)))
        for term in german.terms { try body(StoredLine(german: term)) }
        for term in english.terms { try body(StoredLine(english: term)) }
        var sentenceIDs: [String: UInt64] = [:]
        for code in pairs.keys.sorted() {
            let counts = pairs[code]!
            func id(_ sentence: String) throws -> UInt64 {
                if let known = sentenceIDs[sentence] { return known }
                let id = UInt64(sentenceIDs.count)
                sentenceIDs[sentence] = id
                try body(StoredLine(sentence: sentence))
                return id
            }
            func stored(_ context: Context) throws -> [UInt64] { [context.order, try id(context.pair.german), try id(context.pair.english)] }
            let pair = StoredPair(german: Int(code >> 32), english: Int(code & 0xFFFF_FFFF), joint: counts.joint, contexts: try counts.contexts.map(stored),
                                  articleContext: try counts.articleContext.map(stored))
            try body(StoredLine(pair: pair))
        }
        for word in flagged.keys.sorted() { try body(StoredLine(flag: StoredFlag(word: word, flag: flagged[word]!))) }
    }

    /// Merges the stored statistics of many chunks, keeping of the term pairs only those `keeps`
    /// accepts (`GlossaryBuilder.rankReads`), in two passes over each chunk's lines: the first
    /// (`addTermLine`, the lines `isTermPassLine` selects) merges heads, terms and flags, so that every
    /// term's corpus-wide first occurrence is known before the second (`addPairLine`, the other
    /// lines) decides on the pairs. A kept pair gets exactly the counts and contexts `merge` gives it.
    ///
    /// Holds the merged terms, the kept pairs, and one chunk's sentences.
    /// - Complexity: O(lines); `keeps` runs once per stored pair line.
    struct StoredMerge {
        private(set) var statistics: GlossaryStatistics
        /// Per chunk, the merged id of each of its German and English terms, in stored order.
        private var germanIDs: [[Int]] = []
        private var englishIDs: [[Int]] = []
        private var sentences: [String] = []
        private let keeps: PairRule

        init(mode: TextRelation, keeps: @escaping PairRule) {
            statistics = GlossaryStatistics(mode: mode, maxContexts: 0)
            self.keeps = keeps
        }

        /// Whether the first pass reads `line` (the bytes of a stored line): heads, terms and flags.
        /// Stored lines are JSON objects of one field (sorted keys), so the field's name starts it.
        static func isTermPassLine(_ line: ArraySlice<UInt8>) -> Bool {
            termPassStarts.contains { line.starts(with: $0) }
        }

        /// The starts of the first pass's lines, as bytes: compared with a `String`'s UTF-8 view,
        /// every line of every pass took 3.6 % of the glossary step (generic `starts(with:)`).
        private static let headStart = Array("{\"head\":".utf8)
        private static let termPassStarts = [headStart] + ["{\"german\":", "{\"english\":", "{\"flag\":"].map { Array($0.utf8) }

        /// Whether the second pass reads `line`: heads, sentences and pairs.
        static func isPairPassLine(_ line: ArraySlice<UInt8>) -> Bool {
            line.starts(with: headStart) || !isTermPassLine(line)
        }

        /// First pass: adds a head, term or flag line of chunk `chunk` (chunks numbered from 0 in the
        /// order of their first lines).
        mutating func addTermLine(_ line: StoredLine, chunk: Int) throws(StoredLineError) {
            if let head = line.head {
                guard head.mode == statistics.mode else { throw StoredLineError("counts of \(head.mode) pairs where \(statistics.mode) pairs belong") }
                guard chunk == germanIDs.count else { throw StoredLineError("two heads for one kind of pairs") }
                if chunk == 0 { statistics = GlossaryStatistics(mode: head.mode, maxContexts: head.maxContexts) }
                guard head.maxContexts == statistics.maxContexts else { throw StoredLineError("counts kept with another number of contexts") }
                statistics.units += head.units
                germanIDs.append([])
                englishIDs.append([])
            } else if chunk != germanIDs.count - 1 {
                throw StoredLineError("counts that do not start with a head line")
            } else if let term = line.german {
                germanIDs[chunk].append(statistics.german.merge(term))
            } else if let term = line.english {
                englishIDs[chunk].append(statistics.english.merge(term))
            } else if let stored = line.flag {
                statistics.keepFirst(stored.word, stored.flag)
            } else {
                throw StoredLineError("a line of no known kind")
            }
        }

        /// Second pass: adds a head, sentence or pair line of chunk `chunk`, after the first pass
        /// read every chunk.
        mutating func addPairLine(_ line: StoredLine, chunk: Int) throws(StoredLineError) {
            if line.head != nil {
                sentences = []
            } else if let sentence = line.sentence {
                sentences.append(sentence)
            } else if let pair = line.pair {
                guard germanIDs.indices.contains(chunk), pair.german < germanIDs[chunk].count, pair.english < englishIDs[chunk].count else {
                    throw StoredLineError("a pair of terms not listed before it")
                }
                let german = germanIDs[chunk][pair.german], english = englishIDs[chunk][pair.english]
                guard keeps(german, english, statistics) else { return }
                // A static function of the sentences: an instance method passed to `map` copied the whole merge per line.
                let sentences = sentences
                func context(_ stored: [UInt64]) throws(StoredLineError) -> Context { try Self.context(stored, in: sentences) }
                let theirs = Cooccurrence(joint: pair.joint, contexts: try pair.contexts.map(context), articleContext: try pair.articleContext.map(context))
                statistics.pairs[GlossaryStatistics.code(german, english), default: Cooccurrence()].merge(theirs, maxContexts: statistics.maxContexts)
            } else {
                throw StoredLineError("a line of no known kind")
            }
        }

        private static func context(_ stored: [UInt64], in sentences: [String]) throws(StoredLineError) -> Context {
            guard stored.count == 3, stored[1] < sentences.count, stored[2] < sentences.count else {
                throw StoredLineError("a context is [order, German sentence, English sentence] of sentences listed before it")
            }
            return Context(order: stored[0], pair: SentencePair(german: sentences[Int(stored[1])], english: sentences[Int(stored[2])]))
        }
    }

    struct StoredLineError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
