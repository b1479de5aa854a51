/// The sentences of one side of an alignment, from a presplit file (one sentence per line) or from
/// running text (normalized, then split).
public struct AlignmentDocument: Sendable {
    public let name: String
    public let language: Language
    public let sentences: [String]

    public init(name: String, language: Language, sentences: [String]) {
        self.name = name
        self.language = language
        self.sentences = sentences
    }

    /// One sentence per line. Empty lines are sentences too, so that sentence i is line i + 1 of the
    /// file and gold ladders written for the file match; a final line feed ends the last line.
    public static func presplit(_ file: TextFile, language: Language) -> AlignmentDocument {
        var lines = file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        let sentences = lines.map { line -> String in
            let trimmed = line.last == 0x0D ? line.dropLast() : line
            return String(decoding: trimmed, as: UTF8.self)
        }
        return AlignmentDocument(name: file.name, language: language, sentences: sentences)
    }

    /// Running text: normalized (`Normalizer`) and split (`SentenceSplitter`).
    public static func split(_ file: TextFile, language: Language) throws -> AlignmentDocument {
        let normalized = try Normalizer(language: language, options: NormalizationOptions()).normalize(file.string).text
        let sentences = try SentenceSplitter(language: language).split(normalized)
        return AlignmentDocument(name: file.name, language: language, sentences: sentences)
    }
}
