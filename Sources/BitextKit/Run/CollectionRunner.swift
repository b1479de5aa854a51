import Dispatch

/// Progress of a long run, reported to the caller (the library never prints).
public struct RunProgress: Sendable {
    public let stage: String
    public let done: Int
    public let total: Int
}

/// The whole job over two folders: normalize and split every article, pair the collections, align
/// each pair (as a translation or as comparable reports), build a glossary from the aligned segments,
/// check every German article (QA, against its best English partner), and hand the results to `RunReport`.
///
/// The job is a composition of steps that also run one by one over the shards of a large corpus
/// (`bitext stage …`, `workflow/Snakefile`): `prepare` per shard, `pair` over the keys of all shards,
/// `alignAndCheck` per chunk of German articles, then `RunGlossary`'s learn, count and rank. `run`
/// composes them in one process over one chunk, so both give the same bytes.
///
/// Work is spread over `jobs` threads; results are placed by index, so the output is the same
/// whatever the job count.
public struct CollectionRunner {
    /// The German-English lexicon, curated glossary and helpers; its lexicon also pairs and aligns.
    public let knowledge: TermKnowledge
    public let options: RunOptions
    private var lexicon: Lexicon { knowledge.lexicon }

    public init(knowledge: TermKnowledge, options: RunOptions) {
        self.knowledge = knowledge
        self.options = options
    }

    /// Runs the job.
    ///
    /// - Complexity: linear in the total text size for preparation and alignment (banded DP), plus
    ///   the pairer's candidate search (see `DocumentPairer`).
    public func run(german: ArticleCollection, english: ArticleCollection,
                    progress: @Sendable (RunProgress) -> Void = { _ in }) throws -> RunResult {
        let germanArticles = try prepare(german, language: lexicon.source, progress: progress)
        let englishArticles = try prepare(english, language: lexicon.target, progress: progress)
        progress(RunProgress(stage: "pairing", done: 0, total: 1))
        var corpus = PairingCorpus()
        for keys in try keys(of: germanArticles, language: lexicon.source) { corpus.add(keys, german: true) }
        for keys in try keys(of: englishArticles, language: lexicon.target) { corpus.add(keys, german: false) }
        let pairing = pair(corpus)
        progress(RunProgress(stage: "pairing", done: 1, total: 1))
        let chunk = try alignAndCheck(pairs: Array(pairing.pairs.enumerated()),
                                      german: ChunkArticles(first: 0, prepared: germanArticles, originals: german.texts),
                                      english: ChunkArticles(first: 0, prepared: englishArticles, originals: english.texts), progress: progress)
        progress(RunProgress(stage: "building the glossary", done: 0, total: 1))
        let builder = try GlossaryBuilder(knowledge: knowledge)
        let vocabulary = try RunGlossary.learn(chunk.glossaryInputs, builder: builder)
        let glossary = RunGlossary.rank(try RunGlossary.count(chunk.glossaryInputs, vocabulary: vocabulary, builder: builder, wholeCorpus: true), builder: builder)
        progress(RunProgress(stage: "building the glossary", done: 1, total: 1))
        return RunResult(german: germanArticles, english: englishArticles, skipped: german.skipped + english.skipped,
                         pairing: pairing, aligned: chunk.aligned.map(\.pair), glossary: glossary, qa: chunk.qa)
    }

    /// The pairing keys of prepared (normalized) articles: the prepare stage's second half.
    public func keys(of articles: [PreparedArticle], language: Language) throws -> [ArticleKeys] {
        try DocumentPairer(lexicon: lexicon).keys(of: articles.map { Array($0.text.utf8) }, language: language, jobs: options.jobs, normalize: false)
    }

    /// Pairs the articles whose keys `corpus` holds (German then English, in article order).
    public func pair(_ corpus: PairingCorpus) -> PairingResult {
        var pairingOptions = options.pairing
        pairingOptions.normalizeInput = false  // `prepare` normalized every article already
        return DocumentPairer(lexicon: lexicon).pair(corpus, options: pairingOptions)
    }

    /// Pairs the articles whose keys `source` streams (the pair stage of a corpus run); the same
    /// result as `pair(_:)` on a corpus of the same keys.
    public func pair(streaming source: some PairingKeySource) throws -> PairingResult {
        var pairingOptions = options.pairing
        pairingOptions.normalizeInput = false
        return try DocumentPairer(lexicon: lexicon).pair(streaming: source, options: pairingOptions)
    }

    /// The articles of one side a chunk works on, by their index in the whole collection.
    public struct ChunkArticles: Sendable {
        /// The articles' indices, ascending.
        let indices: [Int]
        private let prepared: [Int: PreparedArticle]
        /// The files as the user wrote them (QA points into them).
        private let originals: [Int: [UInt8]]

        /// Articles `first`, `first + 1`, … of the collection.
        public init(first: Int, prepared: [PreparedArticle], originals: [[UInt8]]) {
            self.init(Dictionary(uniqueKeysWithValues: zip(prepared, originals).enumerated().map { (first + $0.offset, $0.element) }))
        }

        /// Articles that need not be contiguous (the English partners of a chunk's pairs).
        public init(_ articles: [Int: (PreparedArticle, [UInt8])]) {
            indices = articles.keys.sorted()
            prepared = articles.mapValues(\.0)
            originals = articles.mapValues(\.1)
        }

        subscript(index: Int) -> PreparedArticle {
            guard let article = prepared[index] else { preconditionFailure("article \(index) is not in the chunk") }
            return article
        }

        func original(_ index: Int) -> [UInt8] { originals[index] ?? [] }
    }

    /// What one chunk of German articles yields.
    public struct ChunkResult: Sendable {
        /// The chunk's pairs, aligned, with their place in the pairing order.
        public let aligned: [(index: Int, pair: AlignedPair)]
        /// One QA report per German article of the chunk, in article order.
        public let qa: [RunQAReport]
        /// The glossary's share of the chunk's pairs.
        public let glossaryInputs: [RunGlossary.Input]
    }

    /// Aligns the pairs whose German article is in `german` (each with its place in the pairing
    /// order; `english` holds their partners) and checks every German article of the chunk.
    public func alignAndCheck(pairs: [(offset: Int, element: DocumentPair)], german: ChunkArticles, english: ChunkArticles,
                              progress: @Sendable (RunProgress) -> Void = { _ in }) throws -> ChunkResult {
        let aligned = try align(pairs.map(\.element), german, english, progress: progress)
        let indexed = zip(pairs.map(\.offset), aligned).map { (index: $0.0, pair: $0.1) }
        let qa = try check(german, english, aligned, progress: progress)
        let inputs = indexed.map { RunGlossary.Input(pair: $0.index, aligned: $0.pair, german: german[$0.pair.german], english: english[$0.pair.english]) }
        return ChunkResult(aligned: indexed, qa: qa, glossaryInputs: inputs)
    }

    /// QA of every German article as the user wrote it (findings point into their file), with the
    /// English article of its best pair as source; translations are checked sentence by sentence,
    /// comparable partners as a whole, unpaired articles on their own. Spread over `jobs` threads
    /// like `QABatch`: a session per thread and relation, word-level answers shared. Each report is
    /// rendered where it is made (`RunQAReport`), so the articles' analyses are not held to the end.
    private func check(_ german: ChunkArticles, _ english: ChunkArticles, _ aligned: [AlignedPair],
                       progress: @Sendable (RunProgress) -> Void) throws -> [RunQAReport] {
        var best: [Int: AlignedPair] = [:]
        for pair in aligned where pair.pair.score > (best[pair.german]?.pair.score ?? -1) { best[pair.german] = pair }
        let partners = best
        let glossary = QAGlossary(knowledge.curated, verbForms: knowledge.verbForms)
        let lexicon = self.lexicon
        let memos = QAWordMemos()
        let count = german.indices.count
        let counter = ProgressCounter(total: count)
        let slots = ParallelSlots<Result<RunQAReport, Error>>.fill(count: count, jobs: options.jobs) { _, positions, slots in
            var session: QASession?
            for position in positions {
                let index = german.indices[position]
                slots[position] = Result {
                    let pair = partners[index]
                    let comparable = pair?.mode != .parallel
                    // The run's lexicon already holds the dictionaries and the curated glossary: no second
                    // load. The session aligns nothing itself (the run's beads come with each article).
                    let checker = try session ?? QASession(checks: QARegistry.checks, source: .en, target: .de, glossary: glossary,
                                                           relation: .comparable, lexicon: lexicon, memos: memos)
                    session = checker
                    let source = pair.map { (name: english[$0.english].name, bytes: english.original($0.english)) }
                    // The run's own sentences and beads (German → English, so swapped): QA aligns nothing again.
                    let prepared = QAPreparedAlignment(
                        targetSentences: german[index].originalSentences,
                        sourceSentences: pair.map { english[$0.english].originalSentences },
                        beads: comparable ? nil : pair?.beads.map { QABead(source: $0.target, target: $0.source) })
                    return RunQAReport(try checker.check(name: german[index].name, target: german.original(index), source: source, prepared: prepared))
                }
                progress(RunProgress(stage: "checking German articles", done: counter.increment(), total: count))
            }
        }
        return try slots.map { try ($0 ?? .failure(PairingError.internalGap)).get() }
    }

    /// Normalizes and splits every article of `collection`: the prepare stage's first half.
    public func prepare(_ collection: ArticleCollection, language: Language,
                        progress: @Sendable (RunProgress) -> Void = { _ in }) throws -> [PreparedArticle] {
        let stage = "preparing \(language.rawValue) articles"
        let counter = ProgressCounter(total: collection.texts.count)
        let slots = ParallelSlots<Result<PreparedArticle, Error>>.fill(count: collection.texts.count, jobs: options.jobs) { _, indices, slots in
            do {
                let normalizer = try Normalizer(language: language)
                let splitter = try SentenceSplitter(language: language)
                for index in indices {
                    slots[index] = Result {
                        try PreparedArticle.prepare(name: collection.names[index], bytes: collection.texts[index], language: language,
                                                    normalizer: normalizer, splitter: splitter)
                    }
                    progress(RunProgress(stage: stage, done: counter.increment(), total: collection.texts.count))
                }
            } catch {
                for index in indices { slots[index] = .failure(error) }
            }
        }
        return try slots.map { try ($0 ?? .failure(PairingError.internalGap)).get() }
    }

    private func align(_ pairs: [DocumentPair], _ german: ChunkArticles, _ english: ChunkArticles,
                       progress: @Sendable (RunProgress) -> Void) throws -> [AlignedPair] {
        let lexicon = self.lexicon, mode = options.mode
        let counter = ProgressCounter(total: pairs.count)
        let slots = ParallelSlots<Result<AlignedPair, Error>>.fill(count: pairs.count, jobs: options.jobs) { _, indices, slots in
            do {
                let extractor = try FeatureExtractor(lexicon: lexicon)
                for index in indices {
                    slots[index] = Result {
                        try Self.align(pairs[index], german[pairs[index].german], english[pairs[index].english], extractor: extractor, mode: mode)
                    }
                    progress(RunProgress(stage: "aligning pairs", done: counter.increment(), total: pairs.count))
                }
            } catch {
                for index in indices { slots[index] = .failure(error) }
            }
        }
        return try slots.map { try ($0 ?? .failure(PairingError.internalGap)).get() }
    }

    private static func align(_ pair: DocumentPair, _ german: PreparedArticle, _ english: PreparedArticle,
                              extractor: FeatureExtractor, mode: TextRelation) throws -> AlignedPair {
        var chosen = mode
        var reason = "as requested"
        var matches: [AlignmentBead] = []
        if mode != .parallel {
            matches = ComparableMatcher().match(source: try extractor.sourceSide(german.sentences),
                                                target: try extractor.targetSide(english.sentences), keyCount: extractor.keyCount)
        }
        if mode == .auto {
            let decision = TranslationTest.decide(matches, sourceCount: german.sentences.count, targetCount: english.sentences.count)
            chosen = decision.relation
            reason = "decided: " + decision.evidence
        }
        let beads = chosen == .parallel ? try SentenceAligner().align(source: german.sentences, target: english.sentences, extractor: extractor) : matches
        return AlignedPair(german: pair.german, english: pair.english, pair: pair, mode: chosen, modeReason: reason, beads: beads)
    }
}

/// Everything a run produced, for `RunReport` to render.
public struct RunResult: Sendable {
    public let german: [PreparedArticle]
    public let english: [PreparedArticle]
    public let skipped: [InputError]
    public let pairing: PairingResult
    public let aligned: [AlignedPair]
    public let glossary: Glossary
    /// One QA report per German article, in article order.
    public let qa: [RunQAReport]
}

/// A thread-safe counter for progress reports.
final class ProgressCounter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var done = 0
    let total: Int

    init(total: Int) {
        self.total = total
    }

    func increment() -> Int {
        lock.wait()
        defer { lock.signal() }
        done += 1
        return done
    }
}
