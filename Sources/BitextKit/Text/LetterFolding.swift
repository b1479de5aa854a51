/// A language's non-ASCII letters with their ASCII spelling (`<lang>/ascii-letters.txt`): "ä" → "a",
/// "ß" → "ss", as ICU's Latin-ASCII writes them, at the cost of a table look-up instead of a
/// transliterator call.
struct LetterFolding: Sendable {
    private let ascii: [Unicode.Scalar: [UInt8]]
    /// The table's letters, in the file's order.
    let letters: [Unicode.Scalar]

    init(language: Language) throws {
        var ascii: [Unicode.Scalar: [UInt8]] = [:]
        var letters: [Unicode.Scalar] = []
        for entry in try LanguageDataFile.loadIfPresent("ascii-letters", language: language).entries {
            let fields = entry.text.split(separator: " ")
            guard fields.count == 2, fields[0].unicodeScalars.count == 1, let letter = fields[0].unicodeScalars.first,
                  fields[1].allSatisfy(\.isASCII) else {
                throw LanguageDataError.invalid(file: "\(language.rawValue)/ascii-letters.txt", line: entry.line, message: "expected LETTER ASCII")
            }
            ascii[letter] = Array(fields[1].utf8)
            letters.append(letter)
        }
        self.ascii = ascii
        self.letters = letters
    }

    /// `word` in ASCII when all its non-ASCII letters are in the table; nil for any other scalar.
    ///
    /// - Complexity: O(n) in the word's length.
    func asciiSpelling(_ word: String) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                result.append(UInt8(scalar.value))
            } else if let replacement = ascii[scalar] {
                result.append(contentsOf: replacement)
            } else {
                return nil
            }
        }
        return result
    }
}
