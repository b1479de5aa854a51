/// Problems with a pair of inputs that do not stop the alignment but make its result doubtful.
public enum AlignmentWarning: Sendable, Equatable, CustomStringConvertible {
    /// A side has no sentences: every sentence of the other side is left unaligned.
    case emptySide(file: String)
    /// One side is many times longer than the other (in characters): probably not a translation.
    case sizeMismatch(source: String, target: String, ratio: Double)
    /// Both sides look like the same language (by their share of each language's stop words).
    case sameLanguage(file: String, looksLike: Language, expected: Language)

    /// Sides whose character counts differ more than this are flagged.
    public static let maximumSizeRatio = 3.0

    public var description: String {
        switch self {
        case .emptySide(let file): return "\(file): no sentences; nothing to align"
        case let .sizeMismatch(source, target, ratio):
            return "\(source) and \(target) differ in length by a factor of \(Int(ratio.rounded())); are they really a translation pair?"
        case let .sameLanguage(file, looksLike, expected):
            return "\(file) looks like \(looksLike.rawValue), not \(expected.rawValue); check --langs"
        }
    }

    /// The warnings for a pair of documents.
    public static func check(source: AlignmentDocument, target: AlignmentDocument) throws -> [AlignmentWarning] {
        var warnings: [AlignmentWarning] = []
        for document in [source, target] where document.sentences.allSatisfy({ $0.isEmpty }) {
            warnings.append(.emptySide(file: document.name))
        }
        let s = source.sentences.reduce(0) { $0 + $1.unicodeScalars.count }
        let t = target.sentences.reduce(0) { $0 + $1.unicodeScalars.count }
        if s > 0, t > 0 {
            let ratio = Double(max(s, t)) / Double(min(s, t))
            if ratio > maximumSizeRatio { warnings.append(.sizeMismatch(source: source.name, target: target.name, ratio: ratio)) }
        }
        if source.language != target.language {
            let languages = [source.language, target.language]
            let stopWords = try languages.map { try StopWords.load($0) }
            for document in [source, target] {
                let shares = stopWords.map { share(of: $0, in: document.sentences) }
                let other = languages[document.language == languages[0] ? 1 : 0]
                let ownShare = shares[languages.firstIndex(of: document.language) ?? 0]
                let otherShare = shares[languages.firstIndex(of: other) ?? 1]
                if otherShare > 2 * ownShare, otherShare > 0.1 {
                    warnings.append(.sameLanguage(file: document.name, looksLike: other, expected: document.language))
                }
            }
        }
        return warnings
    }

    /// Fewer words than this are too little evidence to guess a language from.
    static let minimumWordsForLanguageGuess = 20

    /// The share of words (letter runs, lower-cased) that are stop words of a language; 0 for texts
    /// too short to tell.
    private static func share(of stopWords: StopWords, in sentences: [String]) -> Double {
        var words = 0
        var hits = 0
        for sentence in sentences.prefix(2000) {
            for word in sentence.lowercased().split(whereSeparator: { !$0.isLetter }) {
                words += 1
                if stopWords.contains(String(word)) { hits += 1 }
            }
        }
        return words >= minimumWordsForLanguageGuess ? Double(hits) / Double(words) : 0
    }
}
