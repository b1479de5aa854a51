/// Where the stages of a corpus run keep what they hand each other, under one work folder:
///
/// ```
/// prepare/de-0003.articles.jsonl   prepared articles of German shard 3 (text, sentences, edits, the original, provenance)
/// prepare/de-0003.keys.jsonl       their pairing keys
/// prepare/de-0003.summary.json     names, skipped files, normalizer edits of the shard
/// pair/de-0003.pairs.jsonl         the pairs of German shard 3's articles, in pairing order, with their file names
/// pair/summary.json                what the index page says about articles, unpaired and skipped files
/// align/de-0003.*                  per German shard: aligned rows, TMX units, QA rows, glossary input, vocabulary,
///                                  sentence pairs for the corpus export, files/
/// vocabulary.json                  the merged vocabulary of the term extractors
/// glossary/de-0003.counts.jsonl    term counts of the shard's pairs (JSON Lines: `GlossaryStatistics.forEachStoredLine`)
/// glossary.json                    the ranked glossary
/// ```
public struct CorpusWorkFolder: Sendable {
    public let root: String

    public init(_ root: String) {
        self.root = root
    }

    /// "de-0003".
    public static func shardName(_ side: Language, _ shard: Int) -> String {
        let number = String(shard)
        return "\(side.rawValue)-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
    }

    public func articles(_ side: Language, _ shard: Int) -> String { path("prepare", Self.shardName(side, shard) + ".articles.jsonl") }
    public func keys(_ side: Language, _ shard: Int) -> String { path("prepare", Self.shardName(side, shard) + ".keys.jsonl") }
    public func shardSummary(_ side: Language, _ shard: Int) -> String { path("prepare", Self.shardName(side, shard) + ".summary.json") }
    /// The pairs whose German article is in shard `shard`, in pairing order.
    public func pairs(_ shard: Int) -> String { path("pair", Self.shardName(.de, shard) + ".pairs.jsonl") }
    public var pairSummary: String { path("pair", "summary.json") }
    public func aligned(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".aligned.jsonl") }
    public func alignedUnits(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".units.jsonl") }
    public func qaRows(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".qa.jsonl") }
    public func glossaryInput(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".glossary-input.jsonl") }
    /// The aligned sentence pairs of the shard's translations, for the corpus export.
    public func segments(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".segments.jsonl") }
    public func shardVocabulary(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".vocabulary.json") }
    /// The per-pair and per-article report files of a German shard, as they go into the output folder.
    public func files(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".files") }
    /// The list of `files(shard)`, relative paths, written last (the align stage's completion mark).
    public func fileList(_ shard: Int) -> String { path("align", Self.shardName(.de, shard) + ".files.txt") }
    public var vocabulary: String { path("vocabulary.json") }
    public func counts(_ shard: Int) -> String { path("glossary", Self.shardName(.de, shard) + ".counts.jsonl") }
    public var glossary: String { path("glossary.json") }

    private func path(_ parts: String...) -> String {
        ([root] + parts).joined(separator: "/")
    }
}

/// A prepared article as the prepare stage stores it: with the text as the user wrote it (QA points
/// into it) and, for articles read from JSON Lines, the record's other fields as provenance.
public struct StagedArticle: Sendable, Codable {
    public let prepared: PreparedArticle
    public let original: String
    public let provenance: String?
}

/// What the prepare stage knows about its shard as a whole.
public struct ShardSummary: Sendable, Codable {
    public var side: Language
    public var shard: Int
    public var shards: Int
    public var names: [String] = []
    /// Files that could not be read (empty, binary, invalid UTF-8), as one-line descriptions.
    public var unreadable: [String] = []
    /// Articles in the other language, set aside.
    public var misplaced: [String] = []
    public var edits: [RunOverview.Edits] = []
}

/// One pair as the pair stage stores it, with its place in the pairing order and the base name of
/// its alignment files.
public struct StagedPair: Sendable, Codable {
    public let index: Int
    public let pair: DocumentPair
    public let germanName: String
    public let englishName: String
    public let base: String
}

/// The pair stage's summary: the index page's article counts, unpaired and skipped files, edits;
/// where each shard's articles start in the collection; the QA report names of German articles.
public struct PairSummary: Sendable, Codable {
    public var overview: RunOverview
    public var germanStarts: [Int]
    public var englishStarts: [Int]
    public var qaBases: [String]
    /// Pairs in all shards' pair files.
    public var pairCount: Int
}

/// An aligned pair as the align stage stores it for the merge.
public struct AlignedRow: Sendable, Codable {
    public let index: Int
    public let mode: TextRelation
    public let modeReason: String
    public let linkedBeads: Int
}

/// A pair's translation units for `aligned.tmx`, with its place in the pairing order.
public struct AlignedUnits: Sendable, Codable {
    public let index: Int
    public let units: String
}
