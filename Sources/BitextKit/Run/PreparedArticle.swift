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
    /// Each sentence as the file writes it (`AlignmentDocument.written`), for the translation memories.
    public let writtenSentences: [String]

    /// Normalizes and splits `bytes` (validated UTF-8).
    static func prepare(name: String, bytes: [UInt8], language: Language, normalizer: Normalizer, splitter: SentenceSplitter) throws -> PreparedArticle {
        let original = String(decoding: bytes, as: UTF8.self)
        let normalized = try normalizer.normalize(original)
        let utf8 = Array(normalized.text.utf8)
        let spans = try splitter.split(bytes: utf8)
        let ranges = spans.map { normalized.originalRange(of: $0.scalars) }
        return PreparedArticle(name: name, language: language, text: normalized.text,
                               sentences: spans.map { String(decoding: utf8[$0.bytes], as: UTF8.self) },
                               originalSentences: ranges, edits: normalized.edits,
                               writtenSentences: AlignmentDocument.written(ranges, of: original))
    }

    var document: AlignmentDocument { AlignmentDocument(name: name, language: language, sentences: sentences, written: writtenSentences) }
}
