/// An article ready for alignment: normalized, split, with the normalizer's edits kept for the report.
public struct PreparedArticle: Sendable, Codable {
    public let name: String
    public let language: Language
    public let text: String
    public let sentences: [String]
    public let edits: [NormalizationEdit]

    /// Normalizes and splits `bytes` (validated UTF-8).
    static func prepare(name: String, bytes: [UInt8], language: Language, normalizer: Normalizer, splitter: SentenceSplitter) throws -> PreparedArticle {
        let normalized = try normalizer.normalize(String(decoding: bytes, as: UTF8.self))
        let utf8 = Array(normalized.text.utf8)
        let sentences = try splitter.split(bytes: utf8).map { String(decoding: utf8[$0.bytes], as: UTF8.self) }
        return PreparedArticle(name: name, language: language, text: normalized.text, sentences: sentences, edits: normalized.edits)
    }

    var document: AlignmentDocument { AlignmentDocument(name: name, language: language, sentences: sentences) }
}
