/// The result of normalizing one text: the clean text, every edit that produced it, and where each of
/// its characters came from in the original, so that sentences found in the clean text point back into
/// the user's file.
public struct NormalizedText: Sendable {
    public let text: String
    public let edits: [NormalizationEdit]
    /// For each Unicode scalar of `text`, its offset in the original text (an inserted scalar takes the
    /// offset of what it replaced).
    public let origins: [Int32]
    /// The number of Unicode scalars in the original text.
    public let originalCount: Int

    /// The original scalar range a range of `text`'s scalars came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < origins.count ? Int(origins[range.lowerBound]) : originalCount
            return at..<at
        }
        let start = Int(origins[range.lowerBound])
        return start..<max(start, Int(origins[range.upperBound - 1]) + 1)
    }
}

/// Cleans German, English or French article text for splitting, alignment and QA, recording each change.
///
/// Rules run in a fixed order, each over the output of the one before: characters first (invisible
/// characters, line endings, Unicode form), then markup (HTML tags, entities, Markdown emphasis), then
/// spacing and punctuation (no-break spaces, detokenizer artifacts, quote and dash style, blanks), then
/// lines (boilerplate, repeated headlines, blank lines, broken sentences).
///
/// ```swift
/// let result = try Normalizer(language: .de).normalize("Die EU -Kommission tagt")
/// result.text   // "Die EU-Kommission tagt"
/// result.edits  // [detokenization-space at 6]
/// ```
public struct Normalizer: Sendable {
    public let language: Language
    private let rules: [any NormalizationRule]

    public init(language: Language, options: NormalizationOptions = NormalizationOptions()) throws {
        self.language = language
        var rules: [any NormalizationRule] = [InvisibleCharacterRule(), LineEndingRule(), UnicodeFormRule(form: options.form),
                                              try HTMLTagRule(), try HTMLEntityRule(), MarkdownEmphasisRule()]
        if options.replaceNoBreakSpaces { rules.append(NoBreakSpaceRule()) }
        rules.append(DetokenizationSpaceRule(detector: try DetokenizationSpaceDetector(language: language)))
        if options.normalizePunctuation { rules.append(PunctuationStyleRule(language: language)) }
        rules.append(WhitespaceRule())
        if options.removeBoilerplate {
            rules.append(try BoilerplateRule(language: language))
            rules.append(DuplicateLineRule())
        }
        rules.append(BlankLinesRule())
        if options.rejoinBrokenSentences { rules.append(BrokenSentenceRule()) }
        self.rules = rules
    }

    /// The ids of the rules in the order they run.
    public var ruleIDs: [String] { rules.map(\.id) }

    /// Normalizes `text`.
    ///
    /// - Complexity: O(n) per rule for n scalars.
    public func normalize(_ text: String) throws -> NormalizedText {
        var buffer = NormalizationBuffer(text)
        for rule in rules {
            buffer.apply(try rule.replacements(in: buffer), rule: rule.id)
        }
        return NormalizedText(text: buffer.text, edits: buffer.edits, origins: buffer.origins, originalCount: buffer.originalCount)
    }
}
