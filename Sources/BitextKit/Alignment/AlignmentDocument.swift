/// The sentences of one side of an alignment, from a presplit file (one sentence per line) or from
/// running text (normalized, then split).
public struct AlignmentDocument: Sendable {
    public let name: String
    public let language: Language
    /// The sentences as aligned: normalized text (typography, spacing and markup cleaned for matching).
    public let sentences: [String]
    /// Each sentence as the file writes it (the original text of its range, trimmed): what translation
    /// memories carry, since a CAT tool matches the document's own text, not bitext's normalization.
    public let written: [String]

    /// - Parameter written: the sentences as the file has them; nil when they are the file's text already.
    public init(name: String, language: Language, sentences: [String], written: [String]? = nil) {
        self.name = name
        self.language = language
        self.sentences = sentences
        self.written = written ?? sentences
    }

    /// The original text of each scalar range of `original`, trimmed of whitespace.
    static func written(_ ranges: [Range<Int>], of original: String) -> [String] {
        let scalars = Array(original.unicodeScalars)
        return ranges.map { range in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)])
            return String(text).trimmingWhitespace
        }
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

    /// Running text: normalized (`Normalizer`) and split (`SentenceSplitter`), each sentence's written form
    /// taken from the original through the normalizer's offsets.
    public static func split(_ file: TextFile, language: Language) throws -> AlignmentDocument {
        let original = file.string
        let normalized = try Normalizer(language: language, options: NormalizationOptions()).normalize(original)
        let utf8 = Array(normalized.text.utf8)
        let spans = try SentenceSplitter(language: language).split(bytes: utf8)
        return AlignmentDocument(name: file.name, language: language, sentences: spans.map { String(decoding: utf8[$0.bytes], as: UTF8.self) },
                                 written: written(spans.map { normalized.originalRange(of: $0.scalars) }, of: original))
    }
}

extension String {
    /// The string without leading and trailing whitespace (line breaks included).
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
