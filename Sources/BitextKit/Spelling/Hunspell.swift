#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CHunspell

/// A Hunspell dictionary (Debian's libhunspell with `hunspell-de-de` / `hunspell-en-us`), holding a
/// handle of its own while it lives (handles are reused, not destroyed: `HunspellHandles`).
///
/// Answers are cached per word: the QA pass asks about the same words again and again, and a
/// Hunspell lookup with German compounding costs microseconds. Not thread-safe (the cache and
/// Hunspell's handle are mutable): use one per thread.
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
    let handle: OpaquePointer
    /// The files the handle was opened from, to hand it back to `HunspellHandles` under.
    private let files: (affix: String, dictionary: String)
    private var cache: [String: Bool] = [:]
    /// Verdicts shared with the other threads of a batch (`QAWordMemos`), asked after this handle's
    /// own cache.
    var sharedVerdicts: WordMemo<Bool>?

    /// Opens `<directory>/<name>.aff` and `.dic`, e.g. "de_DE", or takes a handle of them that an
    /// earlier `Hunspell` left (`HunspellHandles`).
    /// - Throws: `SpellingError.dictionaryMissing` when the files are not installed.
    public init(language: Language, name: String, directory: String = Hunspell.directory) throws {
        let affix = "\(directory)/\(name).aff"
        let dictionary = "\(directory)/\(name).dic"
        self.language = language
        files = (affix, dictionary)
        if let idle = HunspellHandles.shared.take(affix: affix, dictionary: dictionary) {
            handle = idle.pointer
            return
        }
        guard Self.isReadable(affix), Self.isReadable(dictionary) else { throw SpellingError.dictionaryMissing(dictionary) }
        guard let opened = Hunspell_create(affix, dictionary) else { throw SpellingError.dictionaryMissing(dictionary) }
        // Both Debian dictionaries declare "SET UTF-8"; any other encoding would need conversion we do not do.
        let encoding = String(cString: Hunspell_get_dic_encoding(opened))
        guard encoding.uppercased() == "UTF-8" else {
            Hunspell_destroy(opened)
            throw SpellingError.unsupportedEncoding(dictionary, encoding)
        }
        handle = opened
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

    /// The handle goes back to the pool rather than being destroyed (`HunspellHandles`).
    deinit {
        HunspellHandles.shared.giveBack(HunspellHandles.Handle(pointer: handle), affix: files.affix, dictionary: files.dictionary)
    }

    /// Whether the dictionary accepts `word` as spelled (case matters: German nouns are capitalized).
    public func accepts(_ word: String) -> Bool {
        WordMemo.answer(word, local: &cache, shared: sharedVerdicts) { Hunspell_spell(handle, word) != 0 }
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
        return Hunspell_spell(handle, word) != 0
    }

    private static func isReadable(_ path: String) -> Bool {
        access(path, R_OK) == 0
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
