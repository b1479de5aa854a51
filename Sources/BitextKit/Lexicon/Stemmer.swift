import CStemmer

/// A Snowball stemmer (Debian's libstemmer): "Botschaften" → "botschaft", "expulsions" → "expuls".
///
/// Input should be lower-cased. Owns the C handle. Not thread-safe: use one per thread.
public final class Stemmer {
    private let handle: OpaquePointer

    /// - Throws: `StemmerError.unsupported` when libstemmer has no algorithm for the language.
    public init(language: Language) throws {
        let algorithm: String
        switch language {
        case .de: algorithm = "german"
        case .en: algorithm = "english"
        case .fr: algorithm = "french"
        }
        guard let opened = sb_stemmer_new(algorithm, "UTF_8") else { throw StemmerError.unsupported(algorithm) }
        handle = opened
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a lower-cased word. A "word" longer than `WordToken.longestAnalysedWord` (glued
    /// text, a loop) is its own stem: Snowball's German prelude rewrites letters in place, moving
    /// the rest of the word each time, which is quadratic in the word's length (a 1 MB blob took
    /// most of a `qa` run, `docs/results/qa.md`).
    public func stem(_ word: String) -> String {
        guard word.unicodeScalars.count <= WordToken.longestAnalysedWord else { return word }
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { buffer -> String in
            guard let result = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}

public enum StemmerError: Error, CustomStringConvertible {
    case unsupported(String)

    public var description: String {
        switch self {
        case .unsupported(let name): return "libstemmer has no '\(name)' stemmer"
        }
    }
}
