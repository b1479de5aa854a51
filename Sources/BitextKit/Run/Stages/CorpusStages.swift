/// The stages of a corpus run, each reading and writing files in a `CorpusWorkFolder`, so that a
/// scheduler (`workflow/Snakefile`: Snakemake, locally or on Slurm) can run them as separate jobs:
///
/// 1. `prepare` per shard of each side: read, set aside misplaced articles, normalize, split, keys.
/// 2. `pair` once, streaming the keys of all shards (never the text); each German shard's pairs go to a file of their own.
/// 3. `align` per German shard: align its pairs, check its articles, render their report files,
///    learn the term extractors' vocabulary.
/// 4. `mergeVocabulary` once; 5. `countTerms` per German shard; 6. `rankGlossary` once.
/// 7. `merge` once: the run-wide files, and every shard's files copied into the output folder.
///
/// Each stage calls the same `CollectionRunner` and `RunGlossary` steps that `bitext run` composes in
/// one process, and every merge is by counts or by pairing order, so the output is the same bytes.
public struct CorpusStages {
    public let runner: CollectionRunner
    public let work: CorpusWorkFolder

    public init(runner: CollectionRunner, work: CorpusWorkFolder) {
        self.runner = runner
        self.work = work
    }

    /// Prepares shard `shard` of `shards` of one side's input (a folder of text files or of JSON Lines shards).
    /// Returns the shard's summary (its files set aside are listed there, not thrown).
    @discardableResult
    public func prepare(input: String, side: Language, shard: Int, shards: Int) throws -> ShardSummary {
        var collection = try ArticleCollection.read(input, shard: shard, of: shards)
        let unreadable = collection.skipped.map(\.description)
        try collection.setAsideMisplaced(expected: side, others: side == .de ? [.en] : [.de])
        let prepared = try runner.prepare(collection, language: side)
        let keys = try runner.keys(of: prepared, language: side)
        try StageFiles.writeLines(zip(prepared, collection.texts).lazy.map {
            StagedArticle(prepared: $0.0, original: String(decoding: $0.1, as: UTF8.self), provenance: collection.provenance[$0.0.name])
        }, to: work.articles(side, shard))
        try StageFiles.writeLines(keys, to: work.keys(side, shard))
        var summary = ShardSummary(side: side, shard: shard, shards: shards)
        summary.names = collection.names
        summary.unreadable = unreadable
        summary.misplaced = collection.skipped.dropFirst(unreadable.count).map(\.description)
        summary.edits = prepared.map(RunOverview.Edits.init)
        try StageFiles.write(summary, to: work.shardSummary(side, shard))
        return summary
    }

    /// Pairs the articles of all shards from their keys, streamed from the prepare files (German keys
    /// three times, English keys once; `DocumentPairer.pair(streaming:options:)`), and writes each
    /// German shard's pairs to a file of its own, so that an align job reads only its pairs.
    @discardableResult
    public func pair(shards: Int) throws -> PairSummary {
        var summaries: [Language: [ShardSummary]] = [:]
        for side in [Language.de, .en] {
            for shard in 0..<shards {
                summaries[side, default: []].append(try StageFiles.read(ShardSummary.self, from: work.shardSummary(side, shard)))
            }
        }
        let german = summaries[.de] ?? [], english = summaries[.en] ?? []
        let germanNames = german.flatMap(\.names), englishNames = english.flatMap(\.names)
        let pairing = try runner.pair(streaming: StagedKeys(work: work, shards: shards))
        let bases = RunReport.alignmentBases(pairing.pairs.map { (germanNames[$0.german], englishNames[$0.english]) })
        let germanStarts = Self.starts(german)
        var byShard = [[Int]](repeating: [], count: shards)
        for (index, pair) in pairing.pairs.enumerated() {
            guard let shard = Self.shard(of: pair.german, starts: germanStarts) else {
                throw InputError(file: work.shardSummary(.de, shards - 1), reason: .malformed(line: 1, column: 1, message: "fewer names than keys"))
            }
            byShard[shard].append(index)
        }
        for shard in 0..<shards {
            try StageFiles.writeLines(byShard[shard].lazy.map {
                let pair = pairing.pairs[$0]
                return StagedPair(index: $0, pair: pair, germanName: germanNames[pair.german], englishName: englishNames[pair.english], base: bases[$0])
            }, to: work.pairs(shard))
        }
        var overview = RunOverview()
        overview.germanCount = germanNames.count
        overview.englishCount = englishNames.count
        overview.unpaired = pairing.unpairedGerman.map { RunOverview.Unpaired(name: germanNames[$0.index], bestScore: $0.bestScore) }
            + pairing.unpairedEnglish.map { RunOverview.Unpaired(name: englishNames[$0.index], bestScore: $0.bestScore) }
        overview.unpairedGerman = pairing.unpairedGerman.count
        overview.skipped = german.flatMap(\.unreadable) + german.flatMap(\.misplaced) + english.flatMap(\.unreadable) + english.flatMap(\.misplaced)
        overview.edits = (german + english).flatMap(\.edits)
        let summary = PairSummary(overview: overview, germanStarts: germanStarts, englishStarts: Self.starts(english),
                                  qaBases: RunReport.qaBases(germanNames), pairCount: pairing.pairs.count)
        try StageFiles.write(summary, to: work.pairSummary)
        return summary
    }

    /// Aligns the pairs of German shard `shard`, checks its articles, writes their report files and
    /// learns the vocabulary of their aligned text.
    public func align(shard: Int, progress: @Sendable (RunProgress) -> Void = { _ in }) throws {
        let summary = try StageFiles.read(PairSummary.self, from: work.pairSummary)
        let first = summary.germanStarts[shard], end = summary.germanStarts[shard + 1]
        var german: [PreparedArticle] = [], originals: [[UInt8]] = [], provenance: [String?] = []
        try StageFiles.forEachLine(StagedArticle.self, in: work.articles(.de, shard)) {
            german.append($0.prepared)
            originals.append(Array($0.original.utf8))
            provenance.append($0.provenance)
        }
        var pairs: [(offset: Int, element: DocumentPair)] = []
        var bases: [Int: String] = [:]
        try StageFiles.forEachLine(StagedPair.self, in: work.pairs(shard)) { staged in
            guard (first..<end).contains(staged.pair.german) else {
                throw InputError(file: work.pairs(shard), reason: .malformed(line: pairs.count + 1, column: 1, message: "pair \(staged.index) is not of this shard"))
            }
            pairs.append((staged.index, staged.pair))
            bases[staged.index] = staged.base
        }
        let english = try englishPartners(Set(pairs.map(\.element.english)), starts: summary.englishStarts)
        let chunk = try runner.alignAndCheck(pairs: pairs, german: CollectionRunner.ChunkArticles(first: first, prepared: german, originals: originals),
                                             english: CollectionRunner.ChunkArticles(english.mapValues { ($0.prepared, $0.original) }),
                                             progress: progress)
        var files: [String] = []
        let folder = work.files(shard)
        for (index, pair) in chunk.aligned {
            guard let base = bases[index], let partner = english[pair.english] else { continue }
            for file in RunReport.alignmentFiles(pair, german: german[pair.german - first], english: partner.prepared, base: base,
                                                 options: runner.options) {
                try StageFiles.writeAtomically(file.bytes, to: folder + "/" + file.path)
                files.append(file.path)
            }
        }
        var rows: [RunOverview.QARow] = []
        for (position, report) in chunk.qa.enumerated() {
            let base = summary.qaBases[first + position]
            for file in RunReport.qaFiles(report, base: base) {
                try StageFiles.writeAtomically(file.bytes, to: folder + "/" + file.path)
                files.append(file.path)
            }
            rows.append(RunOverview.QARow(report, base: base))
        }
        try StageFiles.writeLines(chunk.aligned.map {
            AlignedRow(index: $0.index, mode: $0.pair.mode, modeReason: $0.pair.modeReason, linkedBeads: $0.pair.linkedBeads.count)
        }, to: work.aligned(shard))
        try StageFiles.writeLines(chunk.aligned.compactMap { item in
            english[item.pair.english].map { AlignedUnits(index: item.index, units: RunReport.alignedUnits(item.pair, german: german[item.pair.german - first],
                                                                                                             english: $0.prepared, options: runner.options)) }
        }, to: work.alignedUnits(shard))
        try StageFiles.writeLines(chunk.aligned.flatMap { item -> [BitextSegment] in
            guard let partner = english[item.pair.english] else { return [] }
            return BitextSegment.segments(of: item.pair, german: StagedArticleView(prepared: german[item.pair.german - first],
                                                                                   provenance: provenance[item.pair.german - first]),
                                          english: StagedArticleView(prepared: partner.prepared, provenance: partner.provenance))
        }, to: work.segments(shard))
        try StageFiles.writeLines(rows, to: work.qaRows(shard))
        try StageFiles.writeLines(chunk.glossaryInputs, to: work.glossaryInput(shard))
        let builder = try GlossaryBuilder(knowledge: runner.knowledge)
        try StageFiles.write(try RunGlossary.learn(chunk.glossaryInputs, builder: builder), to: work.shardVocabulary(shard))
        try StageFiles.writeAtomically(Array(files.map { $0 + "\n" }.joined().utf8), to: work.fileList(shard))
    }

    /// Merges the vocabularies of all German shards.
    public func mergeVocabulary(shards: Int) throws {
        var vocabulary = RunGlossary.Vocabulary()
        for shard in 0..<shards { vocabulary.merge(try StageFiles.read(RunGlossary.Vocabulary.self, from: work.shardVocabulary(shard))) }
        try StageFiles.write(vocabulary, to: work.vocabulary)
    }

    /// Counts the terms of German shard `shard`'s pairs with the merged vocabulary.
    public func countTerms(shard: Int) throws {
        let vocabulary = try StageFiles.read(RunGlossary.Vocabulary.self, from: work.vocabulary)
        let inputs = try StageFiles.readLines(RunGlossary.Input.self, from: work.glossaryInput(shard))
        let counts = try RunGlossary.count(inputs, vocabulary: vocabulary, builder: try GlossaryBuilder(knowledge: runner.knowledge))
        try StageFiles.writeLines(GlossaryStatistics.StoredLine.self, to: work.counts(shard)) { try counts.forEachStoredLine($0) }
    }

    /// Merges the term counts of all shards and ranks them once. Each shard's counts are read twice:
    /// first their terms (so every term's corpus-wide first occurrence is known), then the term pairs,
    /// of which only those the ranking can use are kept (`RunGlossary.Counts.StoredMerge`).
    @discardableResult
    public func rankGlossary(shards: Int) throws -> Glossary {
        let builder = try GlossaryBuilder(knowledge: runner.knowledge)
        var merge = RunGlossary.Counts.StoredMerge(builder: builder)
        for terms in [true, false] {
            let pass = terms ? GlossaryStatistics.StoredMerge.isTermPassLine : GlossaryStatistics.StoredMerge.isPairPassLine
            for shard in 0..<shards {
                let path = work.counts(shard)
                var line = 0
                do {
                    merge.startChunk()
                    try StageFiles.forEachLine(GlossaryStatistics.StoredLine.self, in: path, selecting: pass) { position, stored in
                        line = position + 1
                        if terms { try merge.addTermLine(stored, chunk: shard) } else { try merge.addPairLine(stored, chunk: shard) }
                    }
                    if terms { try merge.endTermChunk() }
                } catch let error as GlossaryStatistics.StoredLineError {
                    throw InputError(file: path, reason: .malformed(line: max(line, 1), column: 1, message: "not glossary counts of this bitext: \(error.message)"))
                }
            }
        }
        let glossary = RunGlossary.rank(merge.counts, builder: builder)
        try StageFiles.write(glossary, to: work.glossary)
        return glossary
    }

    /// Writes the run's output: the run-wide files, then every shard's report files.
    ///
    /// Holds the pairs' rows and `aligned.tmx`'s units of all shards at once (a few KB per pair).
    public func merge(shards: Int, to sink: RunFileSink) throws -> RunOverview {
        let summary = try StageFiles.read(PairSummary.self, from: work.pairSummary)
        var overview = summary.overview
        var placed = [StagedPair?](repeating: nil, count: summary.pairCount)
        for shard in 0..<shards {
            try StageFiles.forEachLine(StagedPair.self, in: work.pairs(shard)) { pair in
                guard placed.indices.contains(pair.index) else {
                    throw InputError(file: work.pairs(shard), reason: .malformed(line: 1, column: 1, message: "pair \(pair.index) of \(summary.pairCount)"))
                }
                placed[pair.index] = pair
            }
        }
        let staged = try placed.enumerated().map { index, pair in
            guard let pair else { throw InputError(file: work.pairSummary, reason: .malformed(line: 1, column: 1, message: "pair \(index) is in no shard's pairs")) }
            return pair
        }
        var rows = [AlignedRow?](repeating: nil, count: staged.count)
        var units = [String](repeating: "", count: staged.count)
        for shard in 0..<shards {
            try StageFiles.forEachLine(AlignedRow.self, in: work.aligned(shard)) { rows[$0.index] = $0 }
            try StageFiles.forEachLine(AlignedUnits.self, in: work.alignedUnits(shard)) { units[$0.index] = $0.units }
            overview.qa += try StageFiles.readLines(RunOverview.QARow.self, from: work.qaRows(shard))
        }
        overview.pairs = try staged.map { pair in
            guard let row = rows[pair.index] else {
                throw InputError(file: work.pairSummary, reason: .malformed(line: 1, column: 1, message: "pair \(pair.index) was not aligned by any shard"))
            }
            return RunOverview.PairRow(german: pair.germanName, english: pair.englishName, score: pair.pair.score, mode: row.mode,
                                       modeReason: row.modeReason, linkedBeads: row.linkedBeads,
                                       evidence: RunOverview.shownEvidence(pair.pair.evidence), base: pair.base)
        }
        let glossary = try StageFiles.read(Glossary.self, from: work.glossary)
        for shard in 0..<shards {
            let list = work.fileList(shard)
            guard let listed = FileBytes.read(path: list) else { throw InputError(file: list, reason: .missing) }
            for path in String(decoding: listed, as: UTF8.self).split(separator: "\n") {
                let file = work.files(shard) + "/" + path
                guard let bytes = FileBytes.read(path: file) else { throw InputError(file: file, reason: .missing) }
                try sink.write(String(path), bytes)
            }
        }
        try RunReport.writeSummary(overview, glossary: glossary, alignedUnits: units, options: runner.options, to: sink)
        return overview
    }

    /// Writes the corpus builders' files (`CorpusExport`) from every German shard's sentence pairs, in
    /// shard order (German articles in order, each pair's beads in order).
    public func exportCorpus(shards: Int, filters: BitextFilters, to sink: RunFileSink) throws -> CorpusExport.Tally {
        try CorpusExport(filters: filters).export({ body in
            for shard in 0..<shards { try StageFiles.forEachLine(BitextSegment.self, in: work.segments(shard), body) }
        }, to: sink)
    }

    /// The English articles with the given indices, read from the shards that hold them.
    private func englishPartners(_ needed: Set<Int>, starts: [Int]) throws -> [Int: (prepared: PreparedArticle, original: [UInt8], provenance: String?)] {
        var found: [Int: (prepared: PreparedArticle, original: [UInt8], provenance: String?)] = [:]
        for shard in 0..<(starts.count - 1) where needed.contains(where: { (starts[shard]..<starts[shard + 1]).contains($0) }) {
            try StageFiles.forEachLine(StagedArticle.self, in: work.articles(.en, shard), only: { needed.contains(starts[shard] + $0) }) {
                found[starts[shard] + $0] = ($1.prepared, Array($1.original.utf8), $1.provenance)
            }
        }
        return found
    }

    /// The shard whose articles `index` is among.
    private static func shard(of index: Int, starts: [Int]) -> Int? {
        let shard = starts.dropFirst().partitionPoint { $0 <= index } - 1
        return shard < starts.count - 1 && (starts[shard]..<starts[shard + 1]).contains(index) ? shard : nil
    }

    /// Where each shard's articles start in the whole side, and the total at the end.
    private static func starts(_ summaries: [ShardSummary]) -> [Int] {
        var starts = [0]
        for summary in summaries { starts.append(starts[starts.count - 1] + summary.names.count) }
        return starts
    }
}

/// The prepare stage's key files as the pairer reads them: German shards in order, then English ones.
struct StagedKeys: PairingKeySource {
    let work: CorpusWorkFolder
    let shards: Int

    func forEachGerman(_ body: (ArticleKeys) throws -> Void) throws { try forEach(.de, body) }

    func forEachEnglish(_ body: (ArticleKeys) throws -> Void) throws { try forEach(.en, body) }

    private func forEach(_ side: Language, _ body: (ArticleKeys) throws -> Void) throws {
        for shard in 0..<shards {
            try StageFiles.forEachLine(in: work.keys(side, shard), parse: { line throws(ArticleKeys.LineError) in try ArticleKeys(jsonLine: line) },
                                       mapError: { ($0.column, $0.message) }, body)
        }
    }
}
