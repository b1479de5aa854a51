/// One aligned sentence pair of a translation, as corpus builders take it away: the two sides (a
/// bead's sentences joined), the aligner's confidence, and where it comes from.
public struct BitextSegment: Sendable, Codable {
    public let german: String
    public let english: String
    /// The bead's confidence in [0, 1].
    public let score: Double
    public let germanDocument: String
    public let englishDocument: String
    /// The documents' JSON Lines metadata (`StagedArticle.provenance`), when they came from records.
    public let germanProvenance: String?
    public let englishProvenance: String?

    /// The linked beads of a translation; comparable pairs give none (their matches are no translations).
    public static func segments(of pair: AlignedPair, german: StagedArticleView, english: StagedArticleView) -> [BitextSegment] {
        guard pair.mode == .parallel else { return [] }
        return pair.linkedBeads.map { bead in
            BitextSegment(german: bead.source.map { german.prepared.sentences[$0] }.joined(separator: " "),
                          english: bead.target.map { english.prepared.sentences[$0] }.joined(separator: " "),
                          score: bead.confidence, germanDocument: german.prepared.name, englishDocument: english.prepared.name,
                          germanProvenance: german.provenance, englishProvenance: english.provenance)
        }
    }
}

/// A prepared article with its provenance, as the align stage has it at hand.
public struct StagedArticleView: Sendable {
    public let prepared: PreparedArticle
    public let provenance: String?
}

/// The filters corpus builders expect, applied in this order; every segment left out is listed with
/// its reason (`CorpusExport.rejected`), none is dropped silently.
public struct BitextFilters: Sendable {
    /// Bead confidence below which a segment is left out.
    public var minimumScore = 0.0
    /// Longer side's length over the shorter's (in characters) above which a segment is left out.
    public var maximumLengthRatio = 3.0
    /// Leave out a segment whose German side reads as English or whose English side reads as German
    /// (by function words, `LanguageCheck`; a sentence needs two such words and their dominance).
    public var languageCheck = true

    public init() {}
}

/// Writes the corpus files from the segments of all shards, in shard order: `bitext.tsv` (German,
/// English, score, German document, English document, provenance), `bitext.de` and `bitext.en`
/// (one segment per line, line n of one the translation of line n of the other: Moses style), and
/// `rejected.tsv` (the same columns and the reason). Exact duplicates (after collapsing whitespace)
/// keep their first occurrence.
///
/// Memory: a 64-bit hash per kept segment for the duplicate test.
public struct CorpusExport {
    public let filters: BitextFilters
    private let germanCheck: LanguageCheck
    private let englishCheck: LanguageCheck

    public init(filters: BitextFilters) throws {
        self.filters = filters
        germanCheck = try LanguageCheck(expected: .de, others: [.en])
        englishCheck = try LanguageCheck(expected: .en, others: [.de])
    }

    /// Counts of what was kept and left out, by reason.
    public struct Tally: Sendable {
        public var kept = 0
        public var rejected: [String: Int] = [:]

        public init() {}
    }

    /// Why `segment` is left out, or nil to keep it (the duplicate test is `export`'s).
    public func rejection(_ segment: BitextSegment) -> String? {
        if segment.score < filters.minimumScore { return "score" }
        let de = segment.german.count, en = segment.english.count
        if de == 0 || en == 0 || Double(max(de, en)) / Double(min(de, en)) > filters.maximumLengthRatio { return "length-ratio" }
        if filters.languageCheck,
           germanCheck.misplaced(Array(segment.german.utf8), minimumEvidence: 2) != nil
            || englishCheck.misplaced(Array(segment.english.utf8), minimumEvidence: 2) != nil {
            return "language"
        }
        return nil
    }

    /// Filters and writes `segments` (streamed, in order) to `sink`.
    public func export(_ segments: (((BitextSegment) throws -> Void) throws -> Void), to sink: RunFileSink) throws -> Tally {
        var tally = Tally()
        var seen = Set<Int>()
        try sink.write("bitext.tsv", Array("german\tenglish\tscore\tgerman_document\tenglish_document\tprovenance\n".utf8))
        try sink.write("rejected.tsv", Array("german\tenglish\tscore\tgerman_document\tenglish_document\tprovenance\treason\n".utf8))
        try sink.write("bitext.de", [])
        try sink.write("bitext.en", [])
        try segments { segment in
            var reason = rejection(segment)
            let de = Self.collapsed(segment.german), en = Self.collapsed(segment.english)
            if reason == nil {
                var hasher = Hasher()
                hasher.combine(de)
                hasher.combine(en)
                if !seen.insert(hasher.finalize()).inserted { reason = "duplicate" }
            }
            let row = [de, en, JSONLine.format(segment.score, decimals: 4), Self.field(segment.germanDocument), Self.field(segment.englishDocument),
                       Self.field(Self.provenance(segment))].joined(separator: "\t")
            if let reason {
                tally.rejected[reason, default: 0] += 1
                try sink.append("rejected.tsv", Array((row + "\t" + reason + "\n").utf8))
            } else {
                tally.kept += 1
                try sink.append("bitext.tsv", Array((row + "\n").utf8))
                try sink.append("bitext.de", Array((de + "\n").utf8))
                try sink.append("bitext.en", Array((en + "\n").utf8))
            }
        }
        return tally
    }

    /// One line: tabs, line breaks and runs of spaces become single spaces.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func field(_ text: String) -> String { collapsed(text) }

    private static func provenance(_ segment: BitextSegment) -> String {
        switch (segment.germanProvenance, segment.englishProvenance) {
        case (nil, nil): return ""
        case let (german, english): return "{\"de\":\(german ?? "null"),\"en\":\(english ?? "null")}"
        }
    }
}
