import Foundation
import Testing
@testable import BitextKit

/// The pieces the corpus stages add: glossary counts and vocabularies that merge into the whole
/// corpus's, JSON Lines (gzip) shards with provenance, and the corpus builders' filters.
@Suite struct CorpusStageTests {
    static let comparableArticles = [
        ArticlePair(german: ["Die Botschaft in Warschau bleibt geschlossen.", "Der Botschafter sprach über die Ausweisung von Diplomaten."],
                    english: ["The ambassador spoke about the expulsion of diplomats.", "Officials gave no date."]),
        ArticlePair(german: ["Beide Länder wollen ihre Botschaften wieder öffnen."], english: ["Both countries want to reopen their embassies."]),
        ArticlePair(german: ["Wenn die Ausweisung zurückgenommen wird, öffnet die Botschaft.", "Die Diplomaten kehren nach Warschau zurück."],
                    english: ["If the expulsion is reversed, the embassy opens.", "The diplomats return to Warsaw."]),
    ]

    static func lexicon() throws -> Lexicon {
        try GlossaryExtractionTests.lexicon([("Botschaft", "embassy"), ("Ausweisung", "expulsion"), ("Diplomat", "diplomat")])
    }

    static func builder() throws -> GlossaryBuilder {
        try GlossaryBuilder(knowledge: TermKnowledge(lexicon: try lexicon()))
    }

    /// Sentence pairs numbered as `bitext run` numbers them (article `item`, bead `sentence`).
    static func ordered(_ pairs: [SentencePair], item: Int) -> [(order: UInt64, pair: SentencePair)] {
        pairs.enumerated().map { (GlossaryStatistics.order(item: item, sentence: $0.offset), $0.element) }
    }

    /// The same articles in two chunks, counted apart (in reverse order): each chunk's statistics,
    /// and its stored lines (sorted keys, slashes unescaped, as the stages write them).
    static func chunkCounts(mode: TextRelation, builder: GlossaryBuilder) throws -> [(statistics: GlossaryStatistics, lines: [Data])] {
        let pairer = try ArticleSentencePairer(lexicon: try Self.lexicon())
        let chunks = [[2], [0, 1]]
        var vocabulary = TermVocabulary()
        for chunk in chunks {
            var part = TermVocabulary()
            try builder.learn(articles: chunk.map { Self.comparableArticles[$0] }, into: &part)
            vocabulary.merge(part)
        }
        builder.use(vocabulary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try chunks.map { chunk in
            let pairs = try chunk.flatMap { Self.ordered(try pairer.pairs(Self.comparableArticles[$0], mode: mode), item: $0) }
            let articles = mode == .comparable ? chunk.map { (GlossaryStatistics.articleOrder(item: $0), Self.comparableArticles[$0]) } : []
            let counts = try builder.statistics(sentencePairs: pairs, articles: articles, mode: mode)
            var lines: [Data] = []
            try counts.forEachStoredLine { lines.append(try encoder.encode($0)) }
            return (counts, lines)
        }
    }

    @Test(arguments: [TextRelation.parallel, .comparable])
    func countsOfChunksMergeIntoTheWholeCorpusGlossary(mode: TextRelation) throws {
        let whole = try Self.builder().build(articles: Self.comparableArticles, mode: mode)
        let builder = try Self.builder()
        let chunks = try Self.chunkCounts(mode: mode, builder: builder)
        var merged = chunks[0].statistics
        merged.merge(chunks[1].statistics)
        #expect(!whole.entries.isEmpty)
        #expect(builder.rank(merged) == whole)
    }

    /// The ranking stage's merge of stored counts, in two passes over each chunk's lines, keeps only
    /// the pairs ranking reads: in comparable mode not the pairs without lexical evidence (Botschaft
    /// and "officials"), which are most of them; the glossary is the whole corpus's all the same.
    @Test(arguments: [TextRelation.parallel, .comparable])
    func storedCountsMergeKeepingOnlyWhatRankingReads(mode: TextRelation) throws {
        let whole = try Self.builder().build(articles: Self.comparableArticles, mode: mode)
        let builder = try Self.builder()
        let chunks = try Self.chunkCounts(mode: mode, builder: builder)
        var merge = GlossaryStatistics.StoredMerge(mode: mode, keeps: builder.rankReads(mode))
        for (terms, selects) in [(true, GlossaryStatistics.StoredMerge.isTermPassLine), (false, GlossaryStatistics.StoredMerge.isPairPassLine)] {
            for (chunk, counts) in chunks.enumerated() {
                for line in counts.lines where selects(ArraySlice(line)) {
                    let stored = try JSONDecoder().decode(GlossaryStatistics.StoredLine.self, from: line)
                    if terms { try merge.addTermLine(stored, chunk: chunk) } else { try merge.addPairLine(stored, chunk: chunk) }
                }
            }
        }
        var everything = chunks[0].statistics
        everything.merge(chunks[1].statistics)
        #expect(builder.rank(merge.statistics) == whole)
        #expect(merge.statistics.units == everything.units)
        if mode == .comparable {
            #expect(merge.statistics.pairs.count * 2 < everything.pairs.count)
            let kept = merge.statistics
            func ids(_ statistics: GlossaryStatistics) throws -> (Int, Int) {
                (try #require(statistics.german.id(ofKey: "botschaft")), try #require(statistics.english.id(ofKey: "official")))
            }
            #expect(try everything.cooccurrence(german: ids(everything).0, english: ids(everything).1) != nil)
            #expect(try kept.cooccurrence(german: ids(kept).0, english: ids(kept).1) == nil)
        } else {
            #expect(merge.statistics.pairs.count == everything.pairs.count)
        }
    }

    @Test func vocabulariesMergeInAnyOrder() throws {
        let builder = try Self.builder()
        var a = TermVocabulary(), b = TermVocabulary(), all = TermVocabulary()
        try builder.learn(articles: Array(Self.comparableArticles.prefix(1)), into: &a)
        try builder.learn(articles: Array(Self.comparableArticles.dropFirst()), into: &b)
        try builder.learn(articles: Self.comparableArticles, into: &all)
        var ab = a, ba = b
        ab.merge(b)
        ba.merge(a)
        #expect(ab == all && ba == all)
    }

    /// The same vocabulary is the same bytes, whatever the order its set of words iterates in (the
    /// workflow's vocabulary files differed from run to run, a set being written in hash order).
    @Test func equalVocabulariesAreWrittenAlike() throws {
        let words = (0..<64).map { "wort\($0)" }
        var small = TermVocabulary(), large = TermVocabulary()
        small.germanLowercase = Set(words)
        var reserved = Set<String>(minimumCapacity: 4096)
        reserved.formUnion(words.reversed())
        large.germanLowercase = reserved
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = try encoder.encode(small)
        let largeBytes = try encoder.encode(large)
        #expect(small == large && bytes == largeBytes)
        #expect(try JSONDecoder().decode(TermVocabulary.self, from: bytes) == small)
    }

    @Test func jsonLinesShardsAreArticlesWithProvenance() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-jsonl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let records = """
            {"id": "a1", "text": "Die Brücke ist fertig.", "url": "https://example.org/a1", "date": "2026-01-02"}
            {"id": "a2", "text": "Der Hafen streikt."}
            {"id": "a3", "text": "   "}

            """
        try Data(records.utf8).write(to: folder.appendingPathComponent("part-0.jsonl"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", folder.appendingPathComponent("part-0.jsonl").path]
        try gzip.run()
        gzip.waitUntilExit()
        try FileManager.default.moveItem(at: folder.appendingPathComponent("part-0.jsonl.gz"), to: folder.appendingPathComponent("part-1.jsonl.gz"))
        try Data("Ein Text für sich.\n".utf8).write(to: folder.appendingPathComponent("z.txt"))
        let whole = try ArticleCollection.read(folder.path)
        let stem = folder.path + "/"
        #expect(whole.names == [stem + "part-0.jsonl/a1", stem + "part-0.jsonl/a2", stem + "part-1.jsonl.gz/a1", stem + "part-1.jsonl.gz/a2", stem + "z.txt"])
        #expect(whole.provenance[stem + "part-1.jsonl.gz/a1"] == #"{"date":"2026-01-02","url":"https:\/\/example.org\/a1"}"#)
        #expect(whole.provenance[stem + "part-0.jsonl/a2"] == nil)
        #expect(whole.skipped.map(\.reason) == [.empty, .empty])
        // Shards are consecutive runs of the files: together, the whole folder in order.
        let shards = try (0..<2).map { try ArticleCollection.read(folder.path, shard: $0, of: 2) }
        #expect(shards.flatMap(\.names) == whole.names)
        #expect(shards.flatMap(\.texts) == whole.texts)
    }

    static func segment(_ german: String, _ english: String, score: Double = 0.9) -> BitextSegment {
        BitextSegment(german: german, english: english, score: score, germanDocument: "de/a.txt", englishDocument: "en/a.txt",
                      germanProvenance: nil, englishProvenance: nil)
    }

    @Test(arguments: [
        ("Die Brücke wurde am Montag eröffnet.", "The bridge was opened on Monday.", 0.9, nil),
        ("Die Brücke wurde am Montag eröffnet.", "The bridge was opened on Monday.", 0.2, "score"),
        ("Ja.", "The bridge was opened on Monday after years of delays.", 0.9, "length-ratio"),
        ("The bridge was opened and the city is happy with it.", "The bridge was opened and the city is happy.", 0.9, "language"),
    ] as [(String, String, Double, String?)])
    func filtersSayWhyASegmentIsLeftOut(german: String, english: String, score: Double, reason: String?) throws {
        var filters = BitextFilters()
        filters.minimumScore = 0.5
        #expect(try CorpusExport(filters: filters).rejection(Self.segment(german, english, score: score)) == reason)
    }
}
