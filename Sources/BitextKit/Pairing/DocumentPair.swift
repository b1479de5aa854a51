/// Why two articles were paired: the shared evidence that carried the score, strongest first.
public struct PairEvidence: Sendable {
    /// Names as written on each side ("Medwedew" / "Medvedev").
    public var names: [(german: String, english: String)] = []
    public var numbers: [String] = []
    /// Translated key terms ("Botschaft" / "embassy").
    public var terms: [(german: String, english: String)] = []
}

/// A German article paired with an English one.
public struct DocumentPair: Sendable, Codable {
    public let german: Int
    public let english: Int
    /// Calibrated score in [0, 1]: how distinctly these two belong together (see `PairScoreCalibration`).
    public let score: Double
    /// How much of each article the other covers, before calibration.
    public let similarity: PairSimilarity
    public let evidence: PairEvidence
}

/// The outcome of pairing two collections.
public struct PairingResult: Sendable {
    public let pairs: [DocumentPair]
    /// Articles with no partner above the threshold (indices into the inputs), each with its best
    /// candidate's score for the report.
    public let unpairedGerman: [(index: Int, bestScore: Double)]
    public let unpairedEnglish: [(index: Int, bestScore: Double)]
}

/// How to pair.
public struct PairingOptions: Sendable {
    /// Each article in at most one pair (a global assignment), or every pair above the threshold.
    public var oneToOne = true
    /// Calibrated score below which a candidate pair is rejected.
    public var minScore = PairScoreCalibration.defaultThreshold
    /// Worker threads for feature extraction.
    public var jobs = 2
    /// Run each article through the `Normalizer` first: a scraped page's navigation, source lists and
    /// markup would otherwise count as content the other article fails to cover. Off for text that
    /// is normalized already (`CollectionRunner`).
    public var normalizeInput = true

    public init() {}
}

/// Stored with each name and term pair as a two-element array.
extension PairEvidence: Codable {
    private enum CodingKeys: String, CodingKey {
        case names, numbers, terms
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pairs = { (key: CodingKeys) throws -> [(german: String, english: String)] in
            try container.decode([[String]].self, forKey: key).map { pair in
                guard pair.count == 2 else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "expected a German and an English word")
                }
                return (pair[0], pair[1])
            }
        }
        names = try pairs(.names)
        numbers = try container.decode([String].self, forKey: .numbers)
        terms = try pairs(.terms)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(names.map { [$0.german, $0.english] }, forKey: .names)
        try container.encode(numbers, forKey: .numbers)
        try container.encode(terms.map { [$0.german, $0.english] }, forKey: .terms)
    }
}
