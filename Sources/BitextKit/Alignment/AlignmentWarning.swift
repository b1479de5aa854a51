/// Problems with a pair of inputs that do not stop the alignment but make its result doubtful.
public enum AlignmentWarning: Sendable, Equatable, CustomStringConvertible {
    /// A side has no sentences: every sentence of the other side is left unaligned.
    case emptySide(file: String)
    /// One side is many times longer than the other (in characters): probably not a translation.
    case sizeMismatch(source: String, target: String, ratio: Double)
    /// Both sides look like the same language (by the function words only one of the languages has).
    case sameLanguage(file: String, looksLike: Language, expected: Language)
    /// A side is an XML document (a TMX, an XLIFF), not the text of an article: its markup is aligned as words.
    case markup(file: String)

    /// Function words of the other language that make a side suspect: a warning asks for less evidence
    /// than setting an article aside does (`LanguageCheck.minimumEvidence`).
    package static let minimumLanguageEvidence = 5

    /// Sides whose character counts differ more than this are flagged.
    public static let maximumSizeRatio = 3.0

    public var description: String {
        switch self {
        case .emptySide(let file): return "\(file): no sentences; nothing to align"
        case let .sizeMismatch(source, target, ratio):
            return "\(source) and \(target) differ in length by a factor of \(Int(ratio.rounded())); are they really a translation pair?"
        case let .sameLanguage(file, looksLike, expected):
            return "\(file) looks like \(looksLike.rawValue), not \(expected.rawValue); check --langs"
        case .markup(let file):
            return "\(file) is an XML document, not the text of an article; its markup is aligned as text"
        }
    }

    /// Whether a text opens as an XML document does: an XML declaration or a document type.
    static func startsXMLDocument(_ text: String) -> Bool {
        let head = text.drop { $0.isWhitespace }.prefix(9).lowercased()
        return head.hasPrefix("<?xml") || head.hasPrefix("<!doctype")
    }

    /// The warnings for a pair of documents.
    public static func check(source: AlignmentDocument, target: AlignmentDocument) throws -> [AlignmentWarning] {
        var warnings: [AlignmentWarning] = []
        for document in [source, target] where document.sentences.allSatisfy({ $0.isEmpty }) {
            warnings.append(.emptySide(file: document.name))
        }
        for document in [source, target] where document.sentences.first(where: { !$0.isEmpty }).map(Self.startsXMLDocument) == true {
            warnings.append(.markup(file: document.name))
        }
        let s = source.sentences.reduce(0) { $0 + $1.unicodeScalars.count }
        let t = target.sentences.reduce(0) { $0 + $1.unicodeScalars.count }
        if s > 0, t > 0 {
            let ratio = Double(max(s, t)) / Double(min(s, t))
            if ratio > maximumSizeRatio { warnings.append(.sizeMismatch(source: source.name, target: target.name, ratio: ratio)) }
        }
        if source.language != target.language {
            // The language guess of folder reading (`LanguageCheck`): function words of one language only.
            for document in [source, target] {
                let other = document.language == source.language ? target.language : source.language
                let bytes = Array(document.sentences.prefix(2000).joined(separator: "\n").utf8)
                if let found = try LanguageCheck(expected: document.language, others: [other]).misplaced(bytes, minimumEvidence: Self.minimumLanguageEvidence) {
                    warnings.append(.sameLanguage(file: document.name, looksLike: found.language, expected: document.language))
                }
            }
        }
        return warnings
    }
}
