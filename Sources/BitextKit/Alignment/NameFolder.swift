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
    private let rules: [(from: [UInt8], to: [UInt8])]
    private var cache: [String: String] = [:]

    public init() throws {
        transliterator = try Transliterator("Any-Latin; Latin-ASCII")
        let file = try LanguageDataFile.load("name-folding", language: nil)
        rules = try file.entries.map { entry in
            let fields = entry.text.split(separator: " ", omittingEmptySubsequences: true)
            guard (1...2).contains(fields.count) else {
                throw LanguageDataError.invalid(file: "common/name-folding.txt", line: entry.line, message: "expected FROM [TO]")
            }
            return (Array(fields[0].utf8), fields.count == 2 ? Array(fields[1].utf8) : [])
        }
    }

    /// The folded key of `word`.
    public func fold(_ word: String) -> String {
        if let known = cache[word] { return known }
        var ascii: [UInt8]
        if let plain = Self.germanASCII(word) {
            ascii = plain
        } else {
            // A word ICU cannot transliterate keeps its own letters: it can then only match itself,
            // which is the right outcome for a name key.
            ascii = Array(((try? transliterator.apply(word)) ?? word).utf8)
        }
        for i in ascii.indices where ascii[i] >= 0x41 && ascii[i] <= 0x5A { ascii[i] |= 0x20 }
        ascii.removeAll { !($0 >= 0x61 && $0 <= 0x7A) && !($0 >= 0x30 && $0 <= 0x39) }
        for rule in rules { ascii = Self.replace(rule.from, with: rule.to, in: ascii) }
        var folded: [UInt8] = []
        folded.reserveCapacity(ascii.count)
        for b in ascii where folded.last != b { folded.append(b) }
        let result = String(decoding: folded, as: UTF8.self)
        cache[word] = result
        return result
    }

    /// `word` in ASCII when its only non-ASCII letters are the German umlauts and ß, each replaced as
    /// ICU's Latin-ASCII replaces it (ä → a, Ü → U, ß → ss); nil for any other non-ASCII scalar.
    ///
    /// Why: these are nearly all the non-ASCII letters of German text, and ICU's transliteration of
    /// a word costs microseconds where this costs a pass over its bytes.
    static func germanASCII(_ word: String) -> [UInt8]? {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                ascii.append(UInt8(scalar.value))
                continue
            }
            switch scalar {
            case "ä": ascii.append(UInt8(ascii: "a"))
            case "ö": ascii.append(UInt8(ascii: "o"))
            case "ü": ascii.append(UInt8(ascii: "u"))
            case "Ä": ascii.append(UInt8(ascii: "A"))
            case "Ö": ascii.append(UInt8(ascii: "O"))
            case "Ü": ascii.append(UInt8(ascii: "U"))
            case "ß": ascii.append(contentsOf: [UInt8(ascii: "s"), UInt8(ascii: "s")])
            default: return nil
            }
        }
        return ascii
    }

    /// Whether two words are the same name by their folded keys.
    public func sameName(_ a: String, _ b: String) -> Bool {
        let fa = fold(a)
        return !fa.isEmpty && fa == fold(b)
    }

    private static func replace(_ pattern: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        guard !pattern.isEmpty, text.count >= pattern.count,
              let first = (0...(text.count - pattern.count)).first(where: { text[$0..<($0 + pattern.count)].elementsEqual(pattern) })
        else { return text }
        // Most rules do not apply to a given word: copy only when one does, from its first match on.
        var result = Array(text[..<first])
        result.reserveCapacity(text.count + replacement.count)
        var i = first
        while i < text.count {
            if i + pattern.count <= text.count, text[i..<(i + pattern.count)].elementsEqual(pattern) {
                result.append(contentsOf: replacement)
                i += pattern.count
            } else {
                result.append(text[i])
                i += 1
            }
        }
        return result
    }
}
