import CHunspell

/// A Hunspell dictionary (Debian's libhunspell with `hunspell-de-de` / `hunspell-en-us`), asked
/// through a handle borrowed for each question (`HunspellHandles`).
///
/// Answers are cached per word: the QA pass asks about the same words again and again, and a
/// Hunspell lookup with German compounding costs microseconds. Not thread-safe (the cache is
/// mutable): use one per thread.
///
/// ```swift
/// let german = try Hunspell(language: .de)
/// german.accepts("Botschaft")  // true
/// german.accepts("Botschfat")  // false
/// ```
public final class Hunspell {
    /// Where Debian installs the dictionaries.
    public static let directory = "/usr/share/hunspell"

    public let language: Language
    /// The opened handles of this dictionary, shared with every other `Hunspell` of it.
    let handles: HunspellHandles
    private var cache: [String: Bool] = [:]
    /// Verdicts shared with the other threads of a batch (`QAWordMemos`), asked after
    /// `cache`.
    var sharedVerdicts: WordMemo<Bool>?

    /// The dictionary `<directory>/<name>.aff` and `.dic`, e.g. "de_DE", opened unless a handle of
    /// it is idle (`HunspellHandles`).
    /// - Throws: `SpellingError.dictionaryMissing` when the files are not installed.
    public init(language: Language, name: String, directory: String = Hunspell.directory) throws {
        self.language = language
        handles = HunspellHandles.of(affix: "\(directory)/\(name).aff", dictionary: "\(directory)/\(name).dic")
        try handles.prepare()
    }

    /// The system dictionary for a language: de_DE, en_US or fr_FR.
    public convenience init(language: Language) throws {
        let name: String
        switch language {
        case .de: name = "de_DE"
        case .en: name = "en_US"
        case .fr: name = "fr_FR"
        }
        try self.init(language: language, name: name)
    }

    /// Whether the dictionary accepts `word` as spelled (case matters: German nouns are capitalized).
    public func accepts(_ word: String) -> Bool {
        WordMemo.answer(word, local: &cache, shared: sharedVerdicts) { handles.use { Hunspell_spell($0, word) } != 0 }
    }

    /// Whether the dictionary accepts `word` with its first letter capitalized, and so also in lower
    /// case: Hunspell accepts a lower-case word capitalized (as at the start of a sentence), and the
    /// German dictionary marks no word to keep its case. One question instead of two for compound
    /// parts, whose case changes ("Haus" in "hausgemacht").
    public func acceptsCapitalized(_ word: String) -> Bool {
        accepts(Self.capitalized(word))
    }

    /// `word` with its first letter upper-cased ("haus" → "Haus", "eu" → "Eu").
    public static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Like `accepts`, without caching the answer: for one-off candidates (typo corrections) that
    /// would only fill the cache.
    public func acceptsUncached(_ word: String) -> Bool {
        if let known = cache[word] { return known }
        return handles.use { Hunspell_spell($0, word) } != 0
    }
}

/// A spelling dictionary that cannot be used.
public enum SpellingError: Error, CustomStringConvertible, Equatable {
    case dictionaryMissing(String)
    case unsupportedEncoding(String, String)

    public var description: String {
        switch self {
        case .dictionaryMissing(let path): return "\(path): Hunspell dictionary not installed (run scripts/setup.sh)"
        case let .unsupportedEncoding(path, encoding): return "\(path): dictionary encoding \(encoding) is not supported (expected UTF-8)"
        }
    }
}
