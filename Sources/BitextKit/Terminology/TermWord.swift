/// A word of a sentence as term extraction sees it: hyphenated compounds joined ("EU-Kommission",
/// "Transit-Thrombus"), an English possessive as its base word ("Norway’s" → "Norway"), with the facts
/// candidate rules ask about.
struct TermWord: Sendable {
    /// As written.
    let text: String
    /// Lower-cased.
    let lower: String
    /// The stem of the word (`WordAnalysis.stem`; a joined compound's own analysis).
    let stem: String
    /// First letter upper-case ("Botschaft", "EU").
    let isCapitalized: Bool
    /// Two or more letters, all upper-case ("EU", "NATO").
    let isAcronym: Bool
    /// The first word of its sentence, where capitalization says nothing about nouns.
    let isSentenceInitial: Bool
    /// Punctuation or a number separates this word from the previous one, so no multiword unit spans them.
    let followsBreak: Bool

    /// The term words of a sentence, from its analysis by `analyzer` (the tokens and word answers every
    /// other stage reads; a joined compound is asked of the analyzer's `WordAnalyzer` as one word).
    ///
    /// - Complexity: O(n) in the sentence length, plus the analysis of each distinct word.
    static func words(in sentence: String, analyzer: TextAnalyzer) throws -> [TermWord] {
        let analysed = try analyzer.analyse(name: "", sentences: [sentence])
        let bytes = Array(sentence.utf8)
        let tokens = analysed.tokens
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
            let analysis = last == k ? analysed.analysis(ofToken: k)
                : analyzer.words.word(String(decoding: bytes[token.bytes.lowerBound..<end], as: UTF8.self))
            // A possessive determines the phrase after it and is not part of it: "the agency’s report"
            // holds the terms "agency" and "report", not "agency’s report".
            let isPossessive = analysis.base != analysis.text
            let text = analysis.base
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let isAcronym = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            words.append(TermWord(
                text: text, lower: text.lowercased(), stem: analysis.stem,
                isCapitalized: letters.first?.properties.isUppercase ?? false, isAcronym: isAcronym,
                isSentenceInitial: words.isEmpty,
                followsBreak: pendingBreak || words.isEmpty))
            pendingBreak = isPossessive
            k = last + 1
        }
        return words
    }

    /// Whether the word has at least `count` letters and no digits ("G7" is a name, "1990" not a word).
    func hasLetters(_ count: Int) -> Bool {
        text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= count
    }
}
