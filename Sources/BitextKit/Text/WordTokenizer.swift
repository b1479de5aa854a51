/// A word-level token with its class and its position in the text.
public struct WordToken: Sendable, Equatable, Codable {
    /// What ICU's word rules say the token is.
    public enum Kind: String, Sendable, Codable {
        /// Letters (possibly with digits or internal apostrophes): "Botschaft", "EU", "G7".
        case word
        /// A number as ICU sees it: "2019", "3,5", "1.000".
        case number
        /// Punctuation or a symbol: ".", "-", "„", "%".
        case punctuation
    }

    public let kind: Kind
    /// UTF-8 byte range in the text.
    public let bytes: Range<Int>
    /// 0-based Unicode scalar range in the text.
    public let scalars: Range<Int>

    /// The longest word (in scalars) that word-level analyses (spelling, typo search, compound
    /// splitting, dictionary look-ups) take up. Their searches grow with the square of a word's
    /// length; the longest German words in use stay well below it, and anything longer is a loop, a
    /// URL or a run of glued text, which other checks report.
    public static let longestAnalysedWord = 64
}

/// Splits text into word tokens with ICU's word-break rules, skipping whitespace.
///
/// ICU keeps "3,5" and "G7" whole and splits "EU-freundlichen" into EU / - / freundlichen, which is
/// what term matching and QA want: compound parts around a hyphen are separate tokens.
/// Not thread-safe (it owns an ICU iterator): use one per thread.
public final class WordTokenizer {
    private let breaker: BreakIterator

    public init(language: Language) throws {
        breaker = try BreakIterator(.word, locale: language.rawValue)
    }

    /// Tokenizes a validated text (byte and scalar offsets into `text.bytes`).
    ///
    /// - Complexity: O(n).
    public func tokenize(_ text: TextFile) throws -> [WordToken] {
        try tokenize(bytes: text.bytes)
    }

    /// Tokenizes UTF-8 `bytes`, which must be well-formed (a `TextFile`'s or a `String`'s).
    ///
    /// - Complexity: O(n).
    package func tokenize(bytes: [UInt8]) throws -> [WordToken] {
        try bytes.withUnsafeBufferPointer { try tokenize(buffer: $0) }
    }

    package func tokenize(buffer: UnsafeBufferPointer<UInt8>) throws -> [WordToken] {
        var tokens: [WordToken] = []
        var offsets = ScalarOffsetMap()
        var start = 0
        try breaker.forEachBatch(in: buffer) { boundaries, statuses in
            for (boundary, status) in zip(boundaries, statuses) {
                let end = Int(boundary)
                defer { start = end }
                let kind: WordToken.Kind
                switch status {
                case 100..<200: kind = .number
                case 200..<500: kind = .word
                default:
                    let (scalar, _) = UTF8Scalars.decode(buffer, at: start)
                    if UTF8Scalars.isSpace(scalar) { continue }
                    kind = .punctuation
                }
                let first = offsets.scalarOffset(ofByte: start, in: buffer)
                let last = offsets.scalarOffset(ofByte: end, in: buffer)
                tokens.append(WordToken(kind: kind, bytes: start..<end, scalars: first..<last))
            }
        }
        return tokens
    }

    /// Convenience: the token texts of a string.
    public func tokenize(_ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        return try tokenize(bytes: bytes).map { String(decoding: bytes[$0.bytes], as: UTF8.self) }
    }
}
