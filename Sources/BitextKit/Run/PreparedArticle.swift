/// An article ready for alignment: normalized, split, with the normalizer's edits kept for the report.
public struct PreparedArticle: Sendable {
    public let name: String
    public let language: Language
    public let text: String
    public let sentences: [String]
    /// Each sentence's Unicode scalar range in the original file (through the normalizer's offsets), so
    /// that QA of the original text sees the sentences the alignment has.
    public let originalSentences: [Range<Int>]
    public let edits: [NormalizationEdit]

    /// Normalizes and splits `bytes` (validated UTF-8).
    static func prepare(name: String, bytes: [UInt8], language: Language, normalizer: Normalizer, splitter: SentenceSplitter) throws -> PreparedArticle {
        let normalized = try normalizer.normalize(String(decoding: bytes, as: UTF8.self))
        let utf8 = Array(normalized.text.utf8)
        let spans = try splitter.split(bytes: utf8)
        return PreparedArticle(name: name, language: language, text: normalized.text,
                               sentences: spans.map { String(decoding: utf8[$0.bytes], as: UTF8.self) },
                               originalSentences: spans.map { normalized.originalRange(of: $0.scalars) }, edits: normalized.edits)
    }

    var document: AlignmentDocument { AlignmentDocument(name: name, language: language, sentences: sentences) }
}
