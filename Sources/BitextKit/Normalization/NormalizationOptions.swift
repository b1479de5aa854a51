/// What the normalizer may change. The defaults suit alignment and QA of news articles.
public struct NormalizationOptions: Sendable {
    /// NFC keeps every distinction the author made; NFKC also folds compatibility forms (ligatures, ², ½).
    public var form: UnicodeNormalizer.Form = .nfc
    /// Replace no-break spaces with plain spaces (true) or keep them.
    public var replaceNoBreakSpaces = true
    /// Bring quotes, apostrophes and dashes to the language's convention.
    public var normalizePunctuation = true
    /// Remove scraped-page boilerplate lines and repeated headlines.
    public var removeBoilerplate = true
    /// Rejoin sentences broken across a blank line.
    public var rejoinBrokenSentences = true

    public init() {}
}
