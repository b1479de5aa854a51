/// A word of a sentence as term extraction sees it: hyphenated compounds joined ("US-Außenministerium",
/// "Transit-Thrombus"), with the facts candidate rules ask about.
struct TermWord: Sendable {
    /// As written.
    let text: String
    /// Lower-cased.
    let lower: String
    /// First letter upper-case ("Botschaft", "EU").
    let isCapitalized: Bool
    /// Two or more letters, all upper-case ("EU", "NATO").
    let isAcronym: Bool
    /// The first word of its sentence, where capitalization says nothing about nouns.
    let isSentenceInitial: Bool
    /// Punctuation or a number separates this word from the previous one, so no multiword unit spans them.
    let followsBreak: Bool

    /// Splits a sentence into term words.
    ///
    /// - Complexity: O(n) in the sentence length.
    static func words(in sentence: String, tokenizer: WordTokenizer) -> [TermWord] {
        let bytes = Array(sentence.utf8)
        guard let tokens = try? tokenizer.tokenize(bytes: bytes) else { return [] }
        var words: [TermWord] = []
        var pendingBreak = false
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            guard token.kind == .word else {
                pendingBreak = true
                k += 1
                continue
            }
            // Join word-hyphen-word runs written without spaces.
            var end = token.bytes.upperBound
            var last = k
            while last + 2 < tokens.count, tokens[last + 1].kind == .punctuation, bytes[tokens[last + 1].bytes] == [0x2D][...],
                  tokens[last + 1].bytes.lowerBound == end, tokens[last + 2].kind == .word,
                  tokens[last + 2].bytes.lowerBound == tokens[last + 1].bytes.upperBound {
                end = tokens[last + 2].bytes.upperBound
                last += 2
            }
            let text = String(decoding: bytes[token.bytes.lowerBound..<end], as: UTF8.self)
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let first = letters.first
            let isCapitalized = first?.properties.isUppercase ?? false
            let isAcronym = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            words.append(TermWord(
                text: text, lower: text.lowercased(), isCapitalized: isCapitalized, isAcronym: isAcronym,
                isSentenceInitial: words.isEmpty,
                followsBreak: pendingBreak || words.isEmpty))
            pendingBreak = false
            k = last + 1
        }
        return words
    }

    /// Whether the word has at least `count` letters and no digits ("G20" is a name, "2019" not a word).
    func hasLetters(_ count: Int) -> Bool {
        text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= count
    }
}
