/// One text analysed once: its sentences, its tokens, and what each distinct token is
/// (`WordAnalysis`), with a map back to the user's file when the text was normalized. Pairing keys,
/// alignment features and QA all read this; none tokenizes or analyses words on its own.
///
/// `Codable`, so that a stage can write it (JSON) and a later process read it back.
public struct AnalysedText: Sendable, Codable {
    public let name: String
    public let language: Language
    /// The text analysed (the normalized text, or the file's own text).
    public let text: String
    /// For each Unicode scalar of `text`, its offset in the user's file (`NormalizedText.origins`);
    /// nil when `text` is the file's own text.
    public let origins: [Int32]?
    public let sentences: [SentenceSpan]
    public let tokens: [WordToken]
    /// Per sentence, the indices of the tokens that lie wholly inside it.
    public let sentenceTokens: [Range<Int>]
    /// Per token, its entry in `vocabulary`.
    public let words: [Int32]
    /// The analysis of each distinct token, in order of first occurrence.
    public let vocabulary: [WordAnalysis]

    /// The analysis of token `index`.
    public func analysis(ofToken index: Int) -> WordAnalysis { vocabulary[Int(words[index])] }

    /// The scalar offset in the user's file of scalar `offset` of `text`.
    public func originalOffset(_ offset: Int) -> Int {
        guard let origins else { return offset }
        return offset < origins.count ? Int(origins[offset]) : (origins.last.map { Int($0) + 1 } ?? 0)
    }
}

/// Makes `AnalysedText`s: splits (unless told the sentences), tokenizes and analyses each distinct
/// token once through its `WordAnalyzer`.
///
/// Not thread-safe (ICU iterators, the analyzer's caches): one per thread.
public final class TextAnalyzer {
    public let language: Language
    public let words: WordAnalyzer
    private let tokenizer: WordTokenizer
    private let splitter: SentenceSplitter

    /// - Parameters:
    ///   - lexicon: for compound parts (`WordAnalyzer`); nil: none.
    ///   - folder: a name folder to share with other users of it in the caller's thread.
    public convenience init(language: Language, lexicon: Lexicon? = nil, folder: NameFolder? = nil) throws {
        try self.init(language: language, lexicon: lexicon, folder: folder, shared: nil)
    }

    /// - Parameters:
    ///   - shared: word analyses to share with analyzers of the same language and lexicon on other
    ///     threads (`QAWordMemos`).
    ///   - splitsCompounds: whether the analyses have their compound parts (`WordAnalyzer`).
    init(language: Language, lexicon: Lexicon?, folder: NameFolder?, shared: WordMemo<WordAnalysis>?, splitsCompounds: Bool = true) throws {
        self.language = language
        words = try WordAnalyzer(language: language, lexicon: lexicon, folder: folder, shared: shared, splitsCompounds: splitsCompounds)
        tokenizer = try WordTokenizer(language: language)
        splitter = try SentenceSplitter(language: language)
    }

    /// Analyses a validated text, split into sentences here.
    ///
    /// - Complexity: O(n), plus the word analysis of each distinct token.
    public func analyse(_ file: TextFile) throws -> AnalysedText {
        try analyse(name: file.name, bytes: file.bytes, sentences: nil)
    }

    /// Analyses sentences given as strings (the aligner's input), one after the other, separated by
    /// line feeds: a line feed is a word break for ICU, so each sentence has the tokens it has alone.
    ///
    /// - Complexity: O(total length), plus the word analysis of each distinct token.
    public func analyse(name: String, sentences: [String]) throws -> AnalysedText {
        var bytes: [UInt8] = []
        var spans: [SentenceSpan] = []
        var scalar = 0
        for sentence in sentences {
            if !bytes.isEmpty {
                bytes.append(0x0A)
                scalar += 1
            }
            let count = sentence.unicodeScalars.count
            spans.append(SentenceSpan(bytes: bytes.count..<bytes.count + sentence.utf8.count, scalars: scalar..<scalar + count))
            bytes.append(contentsOf: sentence.utf8)
            scalar += count
        }
        return try analyse(name: name, bytes: bytes, sentences: spans)
    }

    /// Analyses well-formed UTF-8 `bytes` with `sentences` found elsewhere, or split here when nil.
    ///
    /// - Parameter origins: the offsets of `bytes`' scalars in the user's file, when `bytes` is a
    ///   normalized text (`NormalizedText.origins`).
    /// - Complexity: O(n), plus the word analysis of each distinct token.
    package func analyse(name: String, bytes: [UInt8], sentences: [SentenceSpan]?, origins: [Int32]? = nil) throws -> AnalysedText {
        let spans = try sentences ?? splitter.split(bytes: bytes)
        let tokens = try tokenizer.tokenize(bytes: bytes)
        // Sized for every token at once: growing it rehashes every key so far, several times per text.
        var index: [String: Int32] = Dictionary(minimumCapacity: tokens.count)
        var vocabulary: [WordAnalysis] = []
        var words: [Int32] = []
        words.reserveCapacity(tokens.count)
        for token in tokens {
            let text = String(decoding: bytes[token.bytes], as: UTF8.self)
            // Kinds differ in analysis, and ICU gives one string one kind in practice; the key keeps
            // them apart should it not.
            let key = token.kind == .word ? text : token.kind.rawValue + "\u{0}" + text
            if let known = index[key] {
                words.append(known)
            } else {
                let id = Int32(vocabulary.count)
                index[key] = id
                vocabulary.append(self.words.analysis(of: text, kind: token.kind))
                words.append(id)
            }
        }
        var sentenceTokens: [Range<Int>] = []
        sentenceTokens.reserveCapacity(spans.count)
        var token = 0
        for span in spans {
            let range = span.scalars
            while token < tokens.count, tokens[token].scalars.lowerBound < range.lowerBound { token += 1 }
            let first = token
            while token < tokens.count, tokens[token].scalars.upperBound <= range.upperBound { token += 1 }
            sentenceTokens.append(first..<token)
        }
        return AnalysedText(name: name, language: language, text: String(decoding: bytes, as: UTF8.self), origins: origins,
                            sentences: spans, tokens: tokens, sentenceTokens: sentenceTokens, words: words, vocabulary: vocabulary)
    }
}
