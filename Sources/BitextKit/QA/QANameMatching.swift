/// Decides whether two spellings are one name across languages ("Lawrow" and "Lavrov").
public protocol QANameMatching {
    func sameName(_ a: String, _ b: String) -> Bool
}

/// Name matching for when no cross-lingual name folder is given: both spellings are transliterated
/// to lower-case ASCII ("Öncü" → "oncu"), and names whose keys differ in at most a third of their
/// letters are the same ("lawrow" / "lavrov": two of six), which covers the usual transcription
/// variants (w/v, j/y, ow/ov) while "berlin" and "brussel" stay apart.
public final class TransliteratedNameMatching: QANameMatching {
    private let transliterator: Transliterator
    private var cache: [String: [UInt8]] = [:]

    public init() throws {
        transliterator = try Transliterator("Any-Latin; Latin-ASCII")
    }

    /// - Complexity: O(n·m) in the lengths of the two names (edit distance).
    public func sameName(_ a: String, _ b: String) -> Bool {
        let (x, y) = (key(a), key(b))
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true }
        guard min(x.count, y.count) >= 4 else { return false }
        return 3 * Self.editDistance(x, y) <= max(x.count, y.count)
    }

    private func key(_ word: String) -> [UInt8] {
        if let known = cache[word] { return known }
        let ascii = word.utf8.allSatisfy { $0 < 0x80 } ? word : ((try? transliterator.apply(word)) ?? word)
        let result = Array(ascii.lowercased().utf8)
        cache[word] = result
        return result
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
