/// The run's glossary, in the three steps a corpus run spreads over chunks: learn the vocabulary
/// (per chunk, merged), count terms (per chunk, with the merged vocabulary; counts merged), rank
/// once. Translations and comparable pairs make two glossaries with their own vocabularies and
/// counts, merged at the end with translations first, so `bitext run` and the stages agree.
public enum RunGlossary {
    /// What an aligned pair gives the glossary: a translation its aligned sentence pairs; comparable
    /// reports their matched sentence pairs and the two articles as a whole (comparable mode counts
    /// article-level co-occurrence too).
    public struct Input: Sendable, Codable {
        /// The pair's place in the pairing order.
        public let pair: Int
        public let comparable: Bool
        public let sentencePairs: [SentencePair]
        /// The articles' sentences; comparable pairs only.
        public let article: ArticlePair?

        public init(pair index: Int, aligned: AlignedPair, german: PreparedArticle, english: PreparedArticle) {
            pair = index
            comparable = aligned.mode != .parallel
            sentencePairs = aligned.linkedBeads.map { bead in
                SentencePair(german: bead.source.map { german.sentences[$0] }.joined(separator: " "),
                             english: bead.target.map { english.sentences[$0] }.joined(separator: " "))
            }
            article = comparable ? ArticlePair(german: german.sentences, english: english.sentences) : nil
        }
    }

    /// A vocabulary per kind of pair.
    public struct Vocabulary: Sendable, Codable {
        public var translations = TermVocabulary()
        public var comparable = TermVocabulary()

        public init() {}

        public mutating func merge(_ other: Vocabulary) {
            translations.merge(other.translations)
            comparable.merge(other.comparable)
        }
    }

    /// Term counts per kind of pair.
    public struct Counts: Sendable {
        public var translations: GlossaryStatistics
        public var comparable: GlossaryStatistics

        public init(maxContexts: Int = 3) {
            translations = GlossaryStatistics(mode: .parallel, maxContexts: maxContexts)
            comparable = GlossaryStatistics(mode: .comparable, maxContexts: maxContexts)
        }
    }

    /// The corpus-wide pass over one chunk's inputs.
    public static func learn(_ inputs: [Input], builder: GlossaryBuilder) throws -> Vocabulary {
        var vocabulary = Vocabulary()
        try builder.learn(sentencePairs: inputs.filter { !$0.comparable }.flatMap(\.sentencePairs), into: &vocabulary.translations)
        try builder.learn(articles: inputs.compactMap(\.article), into: &vocabulary.comparable)
        return vocabulary
    }

    /// The term counts of one chunk's inputs, extracted with the whole corpus's `vocabulary`.
    ///
    /// - Parameter wholeCorpus: the inputs are the whole corpus (`bitext run`), so the counts need
    ///   only the term pairs `rank` reads (`GlossaryBuilder.statistics(…onlyRankedPairs:)`); a corpus
    ///   run's chunks keep every pair, decided on when they merge.
    /// - Throws: what the artifact screen's QA pass throws (`TermKnowledge.screen`).
    public static func count(_ inputs: [Input], vocabulary: Vocabulary, builder: GlossaryBuilder, wholeCorpus: Bool = false) throws -> Counts {
        let sorted = inputs.sorted { $0.pair < $1.pair }
        builder.use(vocabulary.translations)
        let translations = try builder.statistics(sentencePairs: sorted.filter { !$0.comparable }.flatMap { input in
            input.sentencePairs.enumerated().map { (GlossaryStatistics.order(item: input.pair, sentence: $0.offset), $0.element) }
        }, mode: .parallel, onlyRankedPairs: wholeCorpus)
        builder.use(vocabulary.comparable)
        let comparableInputs = sorted.filter(\.comparable)
        let comparable = try builder.statistics(sentencePairs: comparableInputs.flatMap { input in
            input.sentencePairs.enumerated().map { (GlossaryStatistics.order(item: input.pair, sentence: $0.offset), $0.element) }
        }, articles: comparableInputs.compactMap { input in
            input.article.map { (GlossaryStatistics.articleOrder(item: input.pair), $0) }
        }, mode: .comparable, onlyRankedPairs: wholeCorpus)
        return Counts(translations: translations, comparable: comparable)
    }

    /// The glossary from the whole corpus's counts: translations' entries first, then comparable
    /// pairs' entries not already present.
    public static func rank(_ counts: Counts, builder: GlossaryBuilder) -> Glossary {
        builder.rank(counts.translations).adding(builder.rank(counts.comparable))
    }
}

extension RunGlossary.Counts {
    init(translations: GlossaryStatistics, comparable: GlossaryStatistics) {
        self.translations = translations
        self.comparable = comparable
    }
}

extension RunGlossary.Counts {
    /// The stored lines of both statistics (`GlossaryStatistics.forEachStoredLine`): translations',
    /// then comparable pairs', each from its head line.
    func forEachStoredLine(_ body: (GlossaryStatistics.StoredLine) throws -> Void) rethrows {
        try translations.forEachStoredLine(body)
        try comparable.forEachStoredLine(body)
    }
}

extension RunGlossary.Counts {
    /// Merges the stored counts of many chunks (`forEachStoredLine`) in two passes over each chunk's
    /// lines (`GlossaryStatistics.StoredMerge`), keeping of the term pairs only those `rank` reads
    /// (`GlossaryBuilder.rankReads`): the same glossary as merging everything, with memory for the
    /// terms, the pairs that can make entries, and one chunk's sentences.
    struct StoredMerge {
        private var parts: [GlossaryStatistics.StoredMerge]
        /// The statistics the current chunk's lines belong to: one more with every head line.
        private var part = -1

        init(builder: GlossaryBuilder) {
            parts = [TextRelation.parallel, .comparable].map { GlossaryStatistics.StoredMerge(mode: $0, keeps: builder.rankReads($0)) }
        }

        /// The merged counts, after both passes.
        var counts: RunGlossary.Counts { RunGlossary.Counts(translations: parts[0].statistics, comparable: parts[1].statistics) }

        /// Starts a chunk's lines in either pass.
        mutating func startChunk() { part = -1 }

        /// First pass: a line `GlossaryStatistics.StoredMerge.isTermPassLine` selects, of chunk `chunk`.
        mutating func addTermLine(_ line: GlossaryStatistics.StoredLine, chunk: Int) throws(GlossaryStatistics.StoredLineError) {
            try parts[try route(line)].addTermLine(line, chunk: chunk)
        }

        /// Ends a chunk's first pass: its lines held both statistics.
        func endTermChunk() throws(GlossaryStatistics.StoredLineError) {
            guard part == parts.count - 1 else { throw Self.missing }
        }

        /// Second pass: a line `GlossaryStatistics.StoredMerge.isPairPassLine` selects, of chunk `chunk`.
        mutating func addPairLine(_ line: GlossaryStatistics.StoredLine, chunk: Int) throws(GlossaryStatistics.StoredLineError) {
            try parts[try route(line)].addPairLine(line, chunk: chunk)
        }

        private mutating func route(_ line: GlossaryStatistics.StoredLine) throws(GlossaryStatistics.StoredLineError) -> Int {
            if line.head != nil { part += 1 }
            guard parts.indices.contains(part) else { throw part < 0 ? GlossaryStatistics.StoredLineError("counts that do not start with a head line") : Self.missing }
            return part
        }

        private static let missing = GlossaryStatistics.StoredLineError("counts need the translations' and then the comparable pairs' statistics")
    }
}
