/// Pairs German and English articles that report the same events.
///
/// 1. Each article becomes evidence units with pairing keys (`DocumentKeyExtractor`), in parallel.
/// 2. Keys are weighted by rarity across both collections (idf) and by kind (names and numbers count
///    more); a pair's similarity is the mutual weighted coverage of their units (`CoverageMatcher`).
/// 3. Candidates come from an inverted index over the English articles, probed with each German
///    article's rarest keys, so cost grows with the number of articles times a bounded candidate
///    list, not with the product of the collection sizes.
/// 4. Candidates are scored by coverage and calibrated against each article's neighbourhood
///    (`PairScoreCalibration`), so an article without a counterpart is left unpaired rather than
///    matched to its least-bad partner.
/// 5. One-to-one: greedy assignment by descending score; many: every pair above the threshold.
public final class DocumentPairer {
    /// Keys of an article used to look up candidates: its rarest ones.
    static let probeKeys = 32
    /// Candidates per German article scored exactly.
    static let candidatesPerArticle = 24
    /// A key shared by more than this share of articles is too common to look up candidates with.
    static let maxProbeDocumentFrequency = 0.02

    private let lexicon: Lexicon

    /// - Parameter lexicon: German → English lexicon (empty works: names, numbers and cognates only).
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Pairs the German texts with the English ones.
    ///
    /// - Complexity: O((G + E) · L) for extraction over articles of length L, plus
    ///   O(G · (probeKeys · postings + candidates · K)) for scoring; memory O((G + E) · K).
    public func pair(german: [TextFile], english: [TextFile], options: PairingOptions) throws -> PairingResult {
        try pair(german: german.map(\.bytes), english: english.map(\.bytes), options: options)
    }

    /// Pairs texts given as bytes, which must be well-formed UTF-8 (an `ArticleCollection`'s, validated
    /// when read).
    package func pair(german: [[UInt8]], english: [[UInt8]], options: PairingOptions) throws -> PairingResult {
        var corpus = PairingCorpus()
        for (texts, language) in [(german, lexicon.source), (english, lexicon.target)] {
            var start = 0
            while start < texts.count {
                let chunk = Array(texts[start..<min(texts.count, start + Self.extractionChunk)])
                for keys in try keys(of: chunk, language: language, jobs: options.jobs, normalize: options.normalizeInput) {
                    corpus.add(keys, german: language == lexicon.source)
                }
                start += Self.extractionChunk
            }
        }
        return pair(corpus, options: options)
    }

    /// Pairs the articles of `corpus` (their keys, collected in article order, German first).
    ///
    /// - Complexity: O(G · (probeKeys · postings + candidates · K)); memory O((G + E) · K).
    public func pair(_ corpus: PairingCorpus, options: PairingOptions) -> PairingResult {
        let german = corpus.german
        var frequency = DocumentFrequency()
        for document in german { frequency.count(document) }
        for document in corpus.english { frequency.count(document) }
        return pair(space: corpus.space, frequency: frequency, english: corpus.english, germanCount: german.count,
                    german: { body in for (g, document) in german.enumerated() { body(g, document) } }, options: options)
    }

    /// Pairs the articles whose keys `source` reads, holding the English articles' features and each
    /// German article's bounded candidate list, not the German features: German keys are read three
    /// times (key space and frequencies, candidates, the chosen pairs' evidence), English keys once.
    /// The key space is built in the same order as `PairingCorpus`'s, so the result is the same.
    ///
    /// - Complexity: as `pair(_:options:)`; memory O(E · K + G · candidatesPerArticle + distinct keys).
    public func pair(streaming source: some PairingKeySource, options: PairingOptions) throws -> PairingResult {
        var space = PairingKeySpace()
        var frequency = DocumentFrequency()
        var germanCount = 0
        try source.forEachGerman {
            frequency.count(space.features(of: $0))
            germanCount += 1
        }
        var english: [DocumentFeatures] = []
        try source.forEachEnglish { english.append(space.features(of: $0)) }
        for features in english { frequency.count(features) }
        let lookup = space
        var failure: Error?
        let result = pair(space: space, frequency: frequency, english: english, germanCount: germanCount, german: { body in
            guard failure == nil else { return }
            var interned = lookup
            var g = 0
            do {
                try source.forEachGerman { keys in
                    let features = interned.features(of: keys)
                    guard g < germanCount, interned.count == lookup.count else { throw PairingError.sourceChanged }
                    body(g, features)
                    g += 1
                }
                if g != germanCount { throw PairingError.sourceChanged }
            } catch {
                failure = error
            }
        }, options: options)
        if let failure { throw failure }
        return result
    }

    /// The pairing steps over German features visited in order by `german` (twice: candidates, then
    /// the chosen pairs' evidence).
    private func pair(space: PairingKeySpace, frequency: DocumentFrequency, english englishFeatures: [DocumentFeatures], germanCount: Int,
                      german: (_ body: (Int, DocumentFeatures) -> Void) -> Void, options: PairingOptions) -> PairingResult {
        let weights = KeyWeights(space: space, frequency: frequency)
        var index = ArticleKeyIndex(documents: englishFeatures, keyCount: space.count)
        let englishWeighted = englishFeatures.map(weights.weighted)

        var candidates: [(german: Int, english: Int, similarity: PairSimilarity)] = []
        let probeLimit = max(8, Int(Double(englishFeatures.count) * Self.maxProbeDocumentFrequency))
        german { g, features in
            var matcher = CoverageMatcher(german: weights.weighted(features))
            for e in index.candidates(for: features, weights: weights, probeKeys: Self.probeKeys,
                                      maxPostings: probeLimit, limit: Self.candidatesPerArticle) {
                let similarity = matcher.similarity(englishWeighted[e])
                if similarity.value > 0 { candidates.append((g, e, similarity)) }
            }
        }
        let calibration = PairScoreCalibration(candidates: candidates.map { ($0.german, $0.english, $0.similarity.value) },
                                               germanCount: germanCount, englishCount: englishFeatures.count)
        var scored = candidates.map { candidate in
            (candidate.german, candidate.english,
             calibration.score(candidate.similarity.value, german: candidate.german, english: candidate.english),
             candidate.similarity)
        }
        candidates = []
        scored.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }

        var chosen: [(german: Int, english: Int, score: Double, similarity: PairSimilarity)] = []
        var usedGerman = Set<Int>(), usedEnglish = Set<Int>()
        var bestGerman = [Double](repeating: 0, count: germanCount)
        var bestEnglish = [Double](repeating: 0, count: englishFeatures.count)
        for (g, e, score, similarity) in scored {
            bestGerman[g] = max(bestGerman[g], score)
            bestEnglish[e] = max(bestEnglish[e], score)
            guard score >= options.minScore else { continue }
            if options.oneToOne && (usedGerman.contains(g) || usedEnglish.contains(e)) { continue }
            usedGerman.insert(g)
            usedEnglish.insert(e)
            chosen.append((g, e, score, similarity))
        }
        var chosenOf: [Int: [Int]] = [:]
        for (position, pair) in chosen.enumerated() { chosenOf[pair.german, default: []].append(position) }
        var evidence = [PairEvidence](repeating: PairEvidence(), count: chosen.count)
        german { g, features in
            for position in chosenOf[g] ?? [] {
                evidence[position] = PairEvidence(shared: features, englishFeatures[chosen[position].english], space: space, weights: weights)
            }
        }
        return PairingResult(
            pairs: chosen.indices.map {
                DocumentPair(german: chosen[$0].german, english: chosen[$0].english, score: chosen[$0].score,
                             similarity: chosen[$0].similarity, evidence: evidence[$0])
            },
            unpairedGerman: (0..<germanCount).filter { !usedGerman.contains($0) }.map { ($0, bestGerman[$0]) },
            unpairedEnglish: englishFeatures.indices.filter { !usedEnglish.contains($0) }.map { ($0, bestEnglish[$0]) }
        )
    }

    /// Articles extracted in parallel at a time by `pair(german:english:options:)`; bounds the memory held by raw units.
    static let extractionChunk = 512

    /// The pairing keys of each text (well-formed UTF-8), extracted in parallel (the prepare stage of a corpus run).
    package func keys(of texts: [[UInt8]], language: Language, jobs: Int, normalize: Bool) throws -> [ArticleKeys] {
        let lexicon = self.lexicon
        let results = ParallelSlots<Result<ArticleKeys, Error>>.fill(count: texts.count, jobs: jobs) { _, indices, slots in
            do {
                let extractor = try DocumentKeyExtractor(language: language, lexicon: lexicon)
                let normalizer = normalize ? try Normalizer(language: language) : nil
                for index in indices {
                    slots[index] = Result {
                        guard let normalizer else { return ArticleKeys(try extractor.units(of: texts[index])) }
                        let text = try normalizer.normalize(String(decoding: texts[index], as: UTF8.self)).text
                        return ArticleKeys(try extractor.units(of: Array(text.utf8)))
                    }
                }
            } catch {
                for index in indices { slots[index] = .failure(error) }
            }
        }
        return try results.map { try ($0 ?? .failure(PairingError.internalGap)).get() }
    }
}

public enum PairingError: Error, CustomStringConvertible {
    case internalGap
    /// A `PairingKeySource` gave other keys when read again.
    case sourceChanged

    public var description: String {
        switch self {
        case .internalGap: return "pairing: a worker left a document unprocessed"
        case .sourceChanged: return "pairing: the German articles' keys changed while they were read"
        }
    }
}
