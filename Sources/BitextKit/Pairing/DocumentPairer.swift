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
        let lexicon = self.lexicon
        var space = PairingKeySpace()
        let germanFeatures = try features(of: german, language: lexicon.source, jobs: options.jobs,
                                          normalize: options.normalizeInput, space: &space)
        let englishFeatures = try features(of: english, language: lexicon.target, jobs: options.jobs,
                                           normalize: options.normalizeInput, space: &space)
        let weights = KeyWeights(space: space, collections: [germanFeatures, englishFeatures])
        var index = ArticleKeyIndex(documents: englishFeatures, keyCount: space.count)
        let germanWeighted = germanFeatures.map(weights.weighted)
        let englishWeighted = englishFeatures.map(weights.weighted)

        var candidates: [(german: Int, english: Int, similarity: PairSimilarity)] = []
        let probeLimit = max(8, Int(Double(english.count) * Self.maxProbeDocumentFrequency))
        for (g, document) in germanWeighted.enumerated() {
            var matcher = CoverageMatcher(german: document)
            for e in index.candidates(for: germanFeatures[g], weights: weights, probeKeys: Self.probeKeys,
                                      maxPostings: probeLimit, limit: Self.candidatesPerArticle) {
                let similarity = matcher.similarity(englishWeighted[e])
                if similarity.value > 0 { candidates.append((g, e, similarity)) }
            }
        }
        let calibration = PairScoreCalibration(candidates: candidates.map { ($0.german, $0.english, $0.similarity.value) },
                                               germanCount: german.count, englishCount: english.count)
        var scored = candidates.map { candidate in
            (candidate.german, candidate.english,
             calibration.score(candidate.similarity.value, german: candidate.german, english: candidate.english),
             candidate.similarity)
        }
        scored.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }

        var pairs: [DocumentPair] = []
        var usedGerman = Set<Int>(), usedEnglish = Set<Int>()
        var bestGerman = [Double](repeating: 0, count: german.count)
        var bestEnglish = [Double](repeating: 0, count: english.count)
        for (g, e, score, similarity) in scored {
            bestGerman[g] = max(bestGerman[g], score)
            bestEnglish[e] = max(bestEnglish[e], score)
            guard score >= options.minScore else { continue }
            if options.oneToOne && (usedGerman.contains(g) || usedEnglish.contains(e)) { continue }
            usedGerman.insert(g)
            usedEnglish.insert(e)
            let evidence = PairEvidence(shared: germanFeatures[g], englishFeatures[e], space: space, weights: weights)
            pairs.append(DocumentPair(german: g, english: e, score: score, similarity: similarity, evidence: evidence))
        }
        return PairingResult(
            pairs: pairs,
            unpairedGerman: german.indices.filter { !usedGerman.contains($0) }.map { ($0, bestGerman[$0]) },
            unpairedEnglish: english.indices.filter { !usedEnglish.contains($0) }.map { ($0, bestEnglish[$0]) }
        )
    }

    private typealias Extracted = (units: [DocumentKeyExtractor.FoundUnit], words: Int)
    /// Articles extracted in parallel before their keys are interned; bounds the memory held by raw units.
    static let extractionChunk = 512

    /// Extracts the units of `texts` chunk by chunk (in parallel within a chunk) and interns them.
    private func features(of texts: [[UInt8]], language: Language, jobs: Int, normalize: Bool,
                          space: inout PairingKeySpace) throws -> [DocumentFeatures] {
        var result: [DocumentFeatures] = []
        result.reserveCapacity(texts.count)
        var start = 0
        while start < texts.count {
            let chunk = Array(texts[start..<min(texts.count, start + Self.extractionChunk)])
            for extracted in try extract(chunk, language: language, jobs: jobs, normalize: normalize) {
                result.append(intern(extracted, into: &space))
            }
            start += Self.extractionChunk
        }
        return result
    }

    private func extract(_ texts: [[UInt8]], language: Language, jobs: Int, normalize: Bool) throws -> [Extracted] {
        let lexicon = self.lexicon
        let results = ParallelSlots<Result<Extracted, Error>>.fill(count: texts.count, jobs: jobs) { _, indices, slots in
            do {
                let extractor = try DocumentKeyExtractor(language: language, lexicon: lexicon)
                let normalizer = normalize ? try Normalizer(language: language) : nil
                for index in indices {
                    slots[index] = Result {
                        guard let normalizer else { return try extractor.units(of: texts[index]) }
                        let text = try normalizer.normalize(String(decoding: texts[index], as: UTF8.self)).text
                        return try extractor.units(of: Array(text.utf8))
                    }
                }
            } catch {
                for index in indices { slots[index] = .failure(error) }
            }
        }
        return try results.map { try ($0 ?? .failure(PairingError.internalGap)).get() }
    }

    /// Interns keys and lays units out by key position; a unit repeated in an article counts once.
    private func intern(_ item: Extracted, into space: inout PairingKeySpace) -> DocumentFeatures {
        var seenUnits = Set<[Int32]>()
        var units: [[Int32]] = []
        var surfaceOf: [Int32: Int32] = [:]
        for unit in item.units {
            let ids = Array(Set(unit.keys.map { space.id(of: $0) })).sorted()
            guard seenUnits.insert(ids).inserted else { continue }
            units.append(ids)
            let surface = space.surfaceID(of: unit.surface)
            for id in ids where surfaceOf[id] == nil { surfaceOf[id] = surface }
        }
        var features = DocumentFeatures()
        features.keys = surfaceOf.keys.sorted()
        features.keySurfaces = features.keys.map { surfaceOf[$0] ?? 0 }
        var position: [Int32: Int32] = [:]
        for (index, key) in features.keys.enumerated() { position[key] = Int32(index) }
        for ids in units {
            features.unitKeys.append(contentsOf: ids.compactMap { position[$0] })
            features.unitStarts.append(Int32(features.unitKeys.count))
        }
        features.wordCount = item.words
        return features
    }
}

public enum PairingError: Error, CustomStringConvertible {
    case internalGap

    public var description: String { "pairing: a worker left a document unprocessed" }
}
