/// What the run's `pairs.tsv` and `index.html` say, without the articles' text: one row per pair,
/// per article its normalizer edits, per German article its QA counts. Built in one piece by
/// `bitext run`, or stage by stage from the files of a corpus run (`CorpusStages`), and rendered by
/// the same code either way.
public struct RunOverview: Sendable, Codable {
    /// One aligned pair, in pairing order.
    public struct PairRow: Sendable, Codable {
        public var german: String
        public var english: String
        public var score: Double
        public var mode: TextRelation
        public var modeReason: String
        public var linkedBeads: Int
        /// The shared evidence as shown on the index page.
        public var evidence: String
        /// `alignments/<german>__<english>`, unique within the run.
        public var base: String
    }

    /// An article without partner and its best candidate's score.
    public struct Unpaired: Sendable, Codable {
        public var name: String
        public var bestScore: Double
    }

    /// An article's normalizer edits.
    public struct Edits: Sendable, Codable {
        public var name: String
        public var count: Int
        /// "rule count" per rule, by rule id.
        public var byRule: String

        init(_ article: PreparedArticle) {
            name = article.name
            count = article.edits.count
            var counts: [String: Int] = [:]
            for edit in article.edits { counts[edit.rule, default: 0] += 1 }
            byRule = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
    }

    /// A German article's QA report in numbers.
    public struct QARow: Sendable, Codable {
        public var name: String
        /// `qa/<german>`, unique within the run.
        public var base: String
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// Findings per check id.
        public var perCheck: [String: Int]

        init(_ report: RunQAReport, base: String) {
            name = report.name
            self.base = base
            let count = { (severity: QASeverity) in report.findings.filter { $0.severity == severity }.count }
            errors = count(.error)
            warnings = count(.warning)
            infos = count(.info)
            var perCheck: [String: Int] = [:]
            for finding in report.findings { perCheck[finding.check, default: 0] += 1 }
            self.perCheck = perCheck
        }
    }

    public var germanCount = 0
    public var englishCount = 0
    public var pairs: [PairRow] = []
    /// German articles without partner, then English ones.
    public var unpaired: [Unpaired] = []
    /// How many of `unpaired` are German.
    public var unpairedGerman = 0
    /// Files left out, as one-line descriptions: German then English, each side's unreadable files
    /// before its misplaced ones.
    public var skipped: [String] = []
    /// German articles, then English ones.
    public var edits: [Edits] = []
    /// One row per German article, in article order.
    public var qa: [QARow] = []

    public init() {}

    /// The evidence column of the index page: up to eight names, numbers and terms.
    static func shownEvidence(_ evidence: PairEvidence) -> String {
        (evidence.names.map { "\($0.german)/\($0.english)" } + evidence.numbers + evidence.terms.map { "\($0.german)/\($0.english)" })
            .prefix(8).joined(separator: ", ")
    }
}
