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
///
/// The lexicon and curated glossary take seconds to load, so a stage loads them (`loadRunner()`) only
/// after it has read and checked the work files it can check without them: a damaged work folder
/// fails at once, and the stages that only merge files (`mergeVocabulary`, `merge`,
/// `exportCorpus`) never load them.
public struct CorpusStages {
    public let options: RunOptions
    public let work: CorpusWorkFolder
    private let knowledge: () throws -> TermKnowledge

    /// `knowledge` loads the lexicon and curated glossary; each stage calls it at most once.
    public init(options: RunOptions, work: CorpusWorkFolder, knowledge: @escaping () throws -> TermKnowledge) {
        self.options = options
        self.work = work
        self.knowledge = knowledge
    }

    private func loadRunner() throws -> CollectionRunner {
        CollectionRunner(knowledge: try knowledge(), options: options)
    }

    /// Prepares shard `shard` of `shards` of one side's input (a folder of text files or of JSON Lines shards).
    /// Returns the shard's summary (its files set aside are listed there, not thrown).
    @discardableResult
    public func prepare(input: String, side: Language, shard: Int, shards: Int) throws -> ShardSummary {
        var collection = try ArticleCollection.read(input, shard: shard, of: shards)
        let unreadable = collection.skipped.map(\.description)
        try collection.setAsideMisplaced(expected: side, others: side == .de ? [.en] : [.de])
        let runner = try loadRunner()
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
                let path = work.shardSummary(side, shard)
                let summary = try StageFiles.read(ShardSummary.self, from: path)
                guard summary.side == side, summary.shard == shard, summary.shards == shards else {
                    throw Self.bad(path, line: 1, "made for \(summary.side.rawValue) shard \(summary.shard) of \(summary.shards), "
                                   + "not \(side.rawValue) shard \(shard) of \(shards)")
                }
                summaries[side, default: []].append(summary)
            }
        }
        let german = summaries[.de] ?? [], english = summaries[.en] ?? []
        let germanNames = german.flatMap(\.names), englishNames = english.flatMap(\.names)
        let pairing = try loadRunner().pair(streaming: StagedKeys(work: work, articles: summaries.mapValues { $0.map(\.names.count) }))
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

    /// Aligns the pairs of German shard `shard` of `shards`, checks its articles, writes their report
    /// files and learns the vocabulary of their aligned text.
    ///
    /// Every article index and file name read from the work folder is checked against the pair
    /// stage's summary before use: the runner indexes arrays with them, and the names become paths.
    public func align(shard: Int, shards: Int, progress: @Sendable (RunProgress) -> Void = { _ in }) throws {
        let summary = try pairSummary(shards: shards)
        let first = summary.germanStarts[shard], end = summary.germanStarts[shard + 1]
        var german: [PreparedArticle] = [], originals: [[UInt8]] = [], provenance: [String?] = []
        try forEachArticle(.de, shard: shard, count: end - first) { _, article in
            german.append(article.prepared)
            originals.append(Array(article.original.utf8))
            provenance.append(article.provenance)
        }
        var pairs: [(offset: Int, element: DocumentPair)] = []
        var bases: [Int: String] = [:]
        var lines: [Int: Int] = [:]
        let path = work.pairs(shard), englishCount = summary.englishStarts[shards]
        try StageFiles.forEachLine(StagedPair.self, in: path, only: { _ in true }) { position, staged in
            let line = position + 1
            guard (0..<summary.pairCount).contains(staged.index) else {
                throw Self.bad(path, line: line, "pair \(staged.index), but the pair stage made \(summary.pairCount) pair(s)")
            }
            if let earlier = lines.updateValue(line, forKey: staged.index) {
                throw Self.bad(path, line: line, "pair \(staged.index) again (first on line \(earlier))")
            }
            guard (first..<end).contains(staged.pair.german) else {
                throw Self.bad(path, line: line, "pair \(staged.index) is not of this shard")
            }
            guard (0..<englishCount).contains(staged.pair.english) else {
                throw Self.bad(path, line: line, "pair \(staged.index) names English article \(staged.pair.english) of \(englishCount)")
            }
            if let problem = StageFiles.pathProblem(staged.base) {
                throw Self.bad(path, line: line, "field \"base\" is not a file name inside the work folder: \(problem.message) at its character \(problem.column)")
            }
            pairs.append((staged.index, staged.pair))
            bases[staged.index] = staged.base
        }
        let english = try englishPartners(Set(pairs.map(\.element.english)), starts: summary.englishStarts)
        let runner = try loadRunner()
        let chunk = try runner.alignAndCheck(pairs: pairs, german: CollectionRunner.ChunkArticles(first: first, prepared: german, originals: originals),
                                             english: CollectionRunner.ChunkArticles(english.mapValues { ($0.prepared, $0.original) }),
                                             progress: progress)
        var files: [String] = []
        let folder = work.files(shard)
        for (index, pair) in chunk.aligned {
            guard let base = bases[index], let partner = english[pair.english] else { continue }
            for file in RunReport.alignmentFiles(pair, german: german[pair.german - first], english: partner.prepared, base: base,
                                                 options: options) {
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
                                                                                                             english: $0.prepared, options: options)) }
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
        _ = try pairSummary(shards: shards)
        var vocabulary = RunGlossary.Vocabulary()
        for shard in 0..<shards { vocabulary.merge(try StageFiles.read(RunGlossary.Vocabulary.self, from: work.shardVocabulary(shard))) }
        try StageFiles.write(vocabulary, to: work.vocabulary)
    }

    /// Counts the terms of German shard `shard`'s pairs with the merged vocabulary.
    public func countTerms(shard: Int) throws {
        let vocabulary = try StageFiles.read(RunGlossary.Vocabulary.self, from: work.vocabulary)
        let inputs = try StageFiles.readLines(RunGlossary.Input.self, from: work.glossaryInput(shard))
        let counts = try RunGlossary.count(inputs, vocabulary: vocabulary, builder: try GlossaryBuilder(knowledge: try knowledge()))
        try StageFiles.writeLines(GlossaryStatistics.StoredLine.self, to: work.counts(shard), writing: { $0.writeJSON(to: &$1) }) {
            try counts.forEachStoredLine($0)
        }
    }

    /// Merges the term counts of all shards and ranks them once. Each shard's counts are read twice:
    /// first their terms (so every term's corpus-wide first occurrence is known), then the term pairs,
    /// of which only those the ranking can use are kept (`RunGlossary.Counts.StoredMerge`).
    @discardableResult
    public func rankGlossary(shards: Int) throws -> Glossary {
        _ = try pairSummary(shards: shards)
        let builder = try GlossaryBuilder(knowledge: try knowledge())
        var merge = RunGlossary.Counts.StoredMerge(builder: builder)
        for terms in [true, false] {
            let pass = terms ? GlossaryStatistics.StoredMerge.isTermPassLine : GlossaryStatistics.StoredMerge.isPairPassLine
            for shard in 0..<shards {
                let path = work.counts(shard)
                var line = 0
                do {
                    merge.startChunk()
                    try StageFiles.forEachLine(in: path, selecting: pass, parse: { bytes throws(JSONLineError) in
                        try GlossaryStatistics.StoredLine(jsonLine: bytes)
                    }) { number, stored in
                        line = number
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
    ///
    /// Each pair must be in exactly one shard's pairs, with exactly one aligned row and one TMX units
    /// record from that shard's align stage; a file name of a shard's file list must be a path inside
    /// its files folder (`StageFiles.pathProblem`).
    public func merge(shards: Int, to sink: RunFileSink) throws -> RunOverview {
        let summary = try pairSummary(shards: shards)
        var overview = summary.overview
        // Pairs by index, with their shard and line, in a dictionary: the summary's count sizes nothing
        // before the shards' files bear it out.
        var placed: [Int: (pair: StagedPair, shard: Int, line: Int)] = [:]
        for shard in 0..<shards {
            let path = work.pairs(shard)
            try StageFiles.forEachLine(StagedPair.self, in: path, only: { _ in true }) { position, pair in
                guard (0..<summary.pairCount).contains(pair.index) else {
                    throw Self.bad(path, line: position + 1, "pair \(pair.index), but the pair stage made \(summary.pairCount) pair(s)")
                }
                if let earlier = placed.updateValue((pair, shard, position + 1), forKey: pair.index) {
                    throw Self.bad(path, line: position + 1, "pair \(pair.index) again (first in \(work.pairs(earlier.shard)) on line \(earlier.line))")
                }
            }
        }
        let staged = try (0..<summary.pairCount).map { index in
            guard let pair = placed[index] else { throw Self.bad(work.pairSummary, line: 1, "pair \(index) is in no shard's pairs") }
            return pair
        }
        /// Places record `value` of pair `index` from `path`'s line `line`, written by shard `shard`'s align stage.
        func claim<T>(_ slots: inout [T?], _ value: T, index: Int, shard: Int, path: String, line: Int) throws {
            guard slots.indices.contains(index), staged[index].shard == shard else {
                throw Self.bad(path, line: line, "pair \(index) is not among this shard's pairs")
            }
            guard slots[index] == nil else { throw Self.bad(path, line: line, "pair \(index) again") }
            slots[index] = value
        }
        var rows = [AlignedRow?](repeating: nil, count: staged.count)
        var units = [String?](repeating: nil, count: staged.count)
        for shard in 0..<shards {
            let aligned = work.aligned(shard), unitsPath = work.alignedUnits(shard)
            try StageFiles.forEachLine(AlignedRow.self, in: aligned, only: { _ in true }) { position, row in
                try claim(&rows, row, index: row.index, shard: shard, path: aligned, line: position + 1)
            }
            try StageFiles.forEachLine(AlignedUnits.self, in: unitsPath, only: { _ in true }) { position, record in
                try claim(&units, record.units, index: record.index, shard: shard, path: unitsPath, line: position + 1)
            }
            let qa = try StageFiles.readLines(RunOverview.QARow.self, from: work.qaRows(shard))
            let articles = summary.germanStarts[shard + 1] - summary.germanStarts[shard]
            guard qa.count == articles else {
                throw Self.bad(work.qaRows(shard), line: 1, "\(qa.count) QA row(s), but the shard has \(articles) German article(s)")
            }
            overview.qa += qa
        }
        overview.pairs = try staged.map { pair, shard, line in
            guard let row = rows[pair.index] else {
                throw Self.bad(work.pairs(shard), line: line, "pair \(pair.index) has no row in \(work.aligned(shard))")
            }
            guard units[pair.index] != nil else {
                throw Self.bad(work.pairs(shard), line: line, "pair \(pair.index) has no TMX units in \(work.alignedUnits(shard))")
            }
            return RunOverview.PairRow(german: pair.germanName, english: pair.englishName, score: pair.pair.score, mode: row.mode,
                                       modeReason: row.modeReason, linkedBeads: row.linkedBeads,
                                       evidence: RunOverview.shownEvidence(pair.pair.evidence), base: pair.base)
        }
        let glossary = try StageFiles.read(Glossary.self, from: work.glossary)
        for shard in 0..<shards {
            let list = work.fileList(shard)
            let listed = try FileBytes.readRegular(path: list)
            var lines = String(decoding: listed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            for (number, path) in lines.enumerated() {
                if let problem = StageFiles.pathProblem(String(path)) {
                    throw InputError(file: list, reason: .malformed(line: number + 1, column: problem.column,
                                                                    message: "not a file name inside the work folder: \(problem.message)"))
                }
                if let problem = StageFiles.linkProblem(String(path), in: work.files(shard)) {
                    throw InputError(file: list, reason: .malformed(line: number + 1, column: 1,
                                                                    message: "names a file merge does not copy: \(problem)"))
                }
                let file = work.files(shard) + "/" + path
                let bytes = try FileBytes.readRegular(path: file)
                try sink.write(String(path), bytes)
            }
        }
        try RunReport.writeSummary(overview, glossary: glossary, alignedUnits: units.lazy.map { $0 ?? "" }, options: options, to: sink)
        return overview
    }

    /// Writes the corpus builders' files (`CorpusExport`) from every German shard's sentence pairs, in
    /// shard order (German articles in order, each pair's beads in order).
    public func exportCorpus(shards: Int, filters: BitextFilters, to sink: RunFileSink) throws -> CorpusExport.Tally {
        _ = try pairSummary(shards: shards)
        return try CorpusExport(filters: filters).export({ body in
            for shard in 0..<shards { try StageFiles.forEachLine(BitextSegment.self, in: work.segments(shard), body) }
        }, to: sink)
    }

    /// The English articles with the given indices, read from the shards that hold them (each shard
    /// file checked to hold the articles the pair stage counted in it, so none is missing).
    private func englishPartners(_ needed: Set<Int>, starts: [Int]) throws -> [Int: (prepared: PreparedArticle, original: [UInt8], provenance: String?)] {
        var found: [Int: (prepared: PreparedArticle, original: [UInt8], provenance: String?)] = [:]
        for shard in 0..<(starts.count - 1) where needed.contains(where: { (starts[shard]..<starts[shard + 1]).contains($0) }) {
            try forEachArticle(.en, shard: shard, count: starts[shard + 1] - starts[shard], only: { needed.contains(starts[shard] + $0) }) {
                found[starts[shard] + $0] = ($1.prepared, Array($1.original.utf8), $1.provenance)
            }
        }
        return found
    }

    /// Calls `body` with the position and record of each article of a side's shard whose position
    /// `only` accepts, after checking that the file holds `count` articles, as the pair stage
    /// counted: the runner indexes its arrays by these positions.
    private func forEachArticle(_ side: Language, shard: Int, count: Int, only: (Int) -> Bool = { _ in true },
                                _ body: (Int, StagedArticle) throws -> Void) throws {
        let path = work.articles(side, shard)
        var records = 0, emptyLine: Int?
        try StageFiles.forEachLine(StagedArticle.self, in: path, only: { position in
            if position != records, emptyLine == nil { emptyLine = records + 1 }
            records += 1
            return position < count && only(position)
        }, body)
        if let emptyLine { throw Self.bad(path, line: emptyLine, "an empty line among the articles") }
        guard records == count else {
            throw Self.bad(path, line: min(records, count) + 1, "\(records) article(s), but the pair stage counted \(count) in this shard")
        }
    }

    /// The pair stage's summary, checked to be of `shards` shards and consistent in itself: the
    /// stages index arrays with its article starts and write files named by its QA report names.
    private func pairSummary(shards: Int) throws -> PairSummary {
        let path = work.pairSummary
        let summary = try StageFiles.read(PairSummary.self, from: path)
        guard summary.germanStarts.count == shards + 1 else {
            throw Self.bad(path, line: 1, "made for \(max(summary.germanStarts.count - 1, 0)) shard(s), not \(shards)")
        }
        for starts in [summary.germanStarts, summary.englishStarts] {
            guard starts.count == shards + 1, starts[0] == 0, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw Self.bad(path, line: 1, "article counts per shard that do not add up")
            }
        }
        guard summary.qaBases.count == summary.germanStarts[shards], summary.pairCount >= 0 else {
            throw Self.bad(path, line: 1, "\(summary.qaBases.count) QA report name(s) for \(summary.germanStarts[shards]) German article(s)")
        }
        for (number, base) in summary.qaBases.enumerated() {
            if let problem = StageFiles.pathProblem(base) {
                throw Self.bad(path, line: 1, "QA report name \(number + 1) is not a file name inside the work folder: \(problem.message) at its character \(problem.column)")
            }
        }
        return summary
    }

    /// A stage file whose record `line` contradicts the rest of the work folder.
    private static func bad(_ path: String, line: Int, _ message: String) -> InputError {
        InputError(file: path, reason: .malformed(line: line, column: 1, message: message))
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
/// Each file must hold the keys of as many articles as its shard's summary names: the pair stage
/// looks up the names of the pairer's article indices.
struct StagedKeys: PairingKeySource {
    let work: CorpusWorkFolder
    /// Per side, the article count of each shard.
    let articles: [Language: [Int]]

    func forEachGerman(_ body: (ArticleKeys) throws -> Void) throws { try forEach(.de, body) }

    func forEachEnglish(_ body: (ArticleKeys) throws -> Void) throws { try forEach(.en, body) }

    private func forEach(_ side: Language, _ body: (ArticleKeys) throws -> Void) throws {
        for (shard, expected) in (articles[side] ?? []).enumerated() {
            let path = work.keys(side, shard)
            var count = 0, last = 0
            try StageFiles.forEachLine(in: path, parse: { line throws(JSONLineError) in try ArticleKeys(jsonLine: line) }) { line, keys in
                count += 1
                last = line
                guard count <= expected else {
                    throw InputError(file: path, reason: .malformed(line: line, column: 1, message: "more keys than the \(expected) article(s) of the shard's summary"))
                }
                try body(keys)
            }
            guard count == expected else {
                throw InputError(file: path, reason: .malformed(line: last + 1, column: 1,
                                                                message: "keys of \(count) article(s), but the shard's summary names \(expected)"))
            }
        }
    }
}
