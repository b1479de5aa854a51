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
        var pairingOptions = options.pairing
        pairingOptions.normalizeInput = false  // `prepare` normalized every article already
        let pairing = try DocumentPairer(lexicon: lexicon).pair(german: germanArticles.map { Array($0.text.utf8) },
                                                               english: englishArticles.map { Array($0.text.utf8) }, options: pairingOptions)
        progress(RunProgress(stage: "pairing", done: 1, total: 1))
        let aligned = try align(pairing.pairs, germanArticles, englishArticles, progress: progress)
        progress(RunProgress(stage: "building the glossary", done: 0, total: 1))
        let glossary = try buildGlossary(aligned, germanArticles, englishArticles)
        progress(RunProgress(stage: "building the glossary", done: 1, total: 1))
        let qa = try check(german, english, aligned, germanArticles, englishArticles, progress: progress)
        return RunResult(german: germanArticles, english: englishArticles, skipped: german.skipped + english.skipped,
                         pairing: pairing, aligned: aligned, glossary: glossary, qa: qa)
    }

    /// QA of every German article as the user wrote it (findings point into their file), with the
    /// English article of its best pair as source; translations are checked sentence by sentence,
    /// comparable partners as a whole, unpaired articles on their own. Spread over `jobs` threads
    /// like `QABatch`: a session per thread and relation, word-level answers shared.
    private func check(_ german: ArticleCollection, _ english: ArticleCollection, _ aligned: [AlignedPair],
                       _ germanArticles: [PreparedArticle], _ englishArticles: [PreparedArticle],
                       progress: @Sendable (RunProgress) -> Void) throws -> [QAReportDocument] {
        var best: [Int: AlignedPair] = [:]
        for pair in aligned where pair.pair.score > (best[pair.german]?.pair.score ?? -1) { best[pair.german] = pair }
        let partners = best
        let glossary = QAGlossary(knowledge.curated)
        let lexicon = self.lexicon
        let memos = QAWordMemos()
        let counter = ProgressCounter(total: german.texts.count)
        let slots = ParallelSlots<Result<QAReportDocument, Error>>.fill(count: german.texts.count, jobs: options.jobs) { _, indices, slots in
            var session: QASession?
            for index in indices {
                slots[index] = Result {
                    let pair = partners[index]
                    let comparable = pair?.mode != .parallel
                    // The run's lexicon already holds the dictionaries and the curated glossary: no second
                    // load. The session aligns nothing itself (the run's beads come with each article).
                    let checker = try session ?? QASession(checks: QARegistry.checks, source: .en, target: .de, glossary: glossary,
                                                           relation: .comparable, lexicon: lexicon, memos: memos)
                    session = checker
                    let source = pair.map { (name: english.names[$0.english], bytes: english.texts[$0.english]) }
                    // The run's own sentences and beads (German → English, so swapped): QA aligns nothing again.
                    let prepared = QAPreparedAlignment(
                        targetSentences: germanArticles[index].originalSentences,
                        sourceSentences: pair.map { englishArticles[$0.english].originalSentences },
                        beads: comparable ? nil : pair?.beads.map { QABead(source: $0.target, target: $0.source) })
                    return try checker.check(name: german.names[index], target: german.texts[index], source: source, prepared: prepared)
                }
                progress(RunProgress(stage: "checking German articles", done: counter.increment(), total: german.texts.count))
            }
        }
        return try slots.map { try ($0 ?? .failure(PairingError.internalGap)).get() }
    }

    /// The glossary from translations' aligned segments and from comparable articles as wholes (the
    /// builder's comparable mode also counts terms that co-occur in an article pair, which sentence
    /// matches alone miss). When both kinds occur, the two glossaries are merged, translations first.
    private func buildGlossary(_ aligned: [AlignedPair], _ german: [PreparedArticle], _ english: [PreparedArticle]) throws -> Glossary {
        let translations = aligned.filter { $0.mode == .parallel }
        let comparable = aligned.filter { $0.mode != .parallel }
        var glossary = Glossary()
        if !translations.isEmpty {
            let pairs = translations.flatMap { pair in
                pair.linkedBeads.map { bead in
                    SentencePair(german: bead.source.map { german[pair.german].sentences[$0] }.joined(separator: " "),
                                 english: bead.target.map { english[pair.english].sentences[$0] }.joined(separator: " "))
                }
            }
            glossary = try GlossaryBuilder(knowledge: knowledge).build(pairs: pairs)
        }
        if !comparable.isEmpty {
            let articles = comparable.map { ArticlePair(german: german[$0.german].sentences, english: english[$0.english].sentences) }
            glossary = glossary.adding(try GlossaryBuilder(knowledge: knowledge).build(articles: articles, mode: .comparable))
        }
        return glossary
    }

    private func prepare(_ collection: ArticleCollection, language: Language, progress: @Sendable (RunProgress) -> Void) throws -> [PreparedArticle] {
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

    private func align(_ pairs: [DocumentPair], _ german: [PreparedArticle], _ english: [PreparedArticle],
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
    public let qa: [QAReportDocument]
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
