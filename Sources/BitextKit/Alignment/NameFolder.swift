/// Folds a word (usually a name) to a language-independent key, so that the spellings of one name
/// in German, English and French meet: "Medwedew" and "Medvedev" fold to one key, as do "Jekaterinburg"
/// and "Yekaterinburg" or "Michail" and "Mikhail".
///
/// Steps: ICU's "Any-Latin; Latin-ASCII" (Cyrillic, accents, ß), lower-casing, then the rewrite
/// rules of `common/name-folding.txt` in file order, then doubled letters collapsed (Matthias/Matias).
/// Results are cached per word, because ICU transliteration costs microseconds per call.
///
/// Not thread-safe (owns an ICU transliterator and a cache).
public final class NameFolder {
    private let transliterator: Transliterator
    private let rules: RewriteRules
    /// German's own non-ASCII letters, folded without ICU: they are nearly all the non-ASCII letters
    /// of German text, and ICU's transliteration of a word costs microseconds where this costs a pass
    /// over its bytes.
    private let germanLetters: LetterFolding
    private var cache: [String: String] = [:]

    public init() throws {
        transliterator = try Transliterator("Any-Latin; Latin-ASCII")
        rules = try RewriteRules(try LanguageDataFile.load("name-folding", language: nil).entries, name: "common/name-folding.txt")
        germanLetters = try LetterFolding(language: .de)
    }

    /// The folded key of `word`.
    public func fold(_ word: String) -> String {
        if let known = cache[word] { return known }
        var ascii: [UInt8]
        if let plain = germanLetters.asciiSpelling(word) {
            ascii = plain
        } else if word.unicodeScalars.count > WordToken.longestAnalysedWord {
            // No name is this long (a loop or glued text), and ICU's transliteration rewrites its
            // buffer per replaced letter, quadratic in the word: such a word keeps its own letters.
            ascii = Array(word.utf8)
        } else {
            // A word ICU cannot transliterate keeps its own letters: it can then only match itself,
            // which is the right outcome for a name key.
            ascii = Array(((try? transliterator.apply(word)) ?? word).utf8)
        }
        for i in ascii.indices where ascii[i] >= 0x41 && ascii[i] <= 0x5A { ascii[i] |= 0x20 }
        ascii.removeAll { !($0 >= 0x61 && $0 <= 0x7A) && !($0 >= 0x30 && $0 <= 0x39) }
        ascii = rules.apply(to: ascii)
        var folded: [UInt8] = []
        folded.reserveCapacity(ascii.count)
        for b in ascii where folded.last != b { folded.append(b) }
        let result = String(decoding: folded, as: UTF8.self)
        cache[word] = result
        return result
    }

    /// Whether two words are the same name by their folded keys.
    public func sameName(_ a: String, _ b: String) -> Bool {
        let fa = fold(a)
        return !fa.isEmpty && fa == fold(b)
    }
}
