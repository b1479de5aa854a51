/// Decides whether two spellings are one name across languages ("Lawrow" and "Lavrov").
public protocol QANameMatching {
    func sameName(_ a: String, _ b: String) -> Bool
}

/// Name matching by transliteration to ASCII and case folding ("Öncü" = "Oncu"), for when no
/// cross-lingual name folder is given. Cached, because ICU transliteration costs microseconds.
public final class TransliteratedNameMatching: QANameMatching {
    private let transliterator: Transliterator
    private var cache: [String: String] = [:]

    public init() throws {
        transliterator = try Transliterator("Any-Latin; Latin-ASCII")
    }

    public func sameName(_ a: String, _ b: String) -> Bool {
        let key = self.key(a)
        return !key.isEmpty && key == self.key(b)
    }

    private func key(_ word: String) -> String {
        if let known = cache[word] { return known }
        let ascii = word.utf8.allSatisfy { $0 < 0x80 } ? word : ((try? transliterator.apply(word)) ?? word)
        let result = ascii.lowercased()
        cache[word] = result
        return result
    }
}
