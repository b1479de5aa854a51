import Testing
@testable import BitextKit

@Suite struct ICUTests {
    @Test func wordTokenizerKeepsNumbersWholeAndSplitsHyphenatedCompounds() throws {
        let tokenizer = try WordTokenizer(language: .de)
        #expect(try tokenizer.tokenize("EU-freundlichen 3,5 G7.") == ["EU", "-", "freundlichen", "3,5", "G7", "."])
        let kinds = try tokenizer.tokenize(bytes: Array("Am 27. Mai".utf8)).map(\.kind)
        #expect(kinds == [.word, .number, .punctuation, .word])
    }

    @Test func transliterationToLatinAndASCII() throws {
        let transliterator = try Transliterator("Any-Latin; Latin-ASCII")
        #expect(try transliterator.apply("Андрей Громыко") == "Andrej Gromyko")
    }

    /// `NameFolder` replaces German letters itself (`de/ascii-letters.txt`) instead of asking ICU: it must agree with ICU.
    @Test(arguments: ["Äpfel", "Straße", "GROß", "Übermütige", "öffnen", "Größe", "ÄÖÜäöüß", "Müller-Lüdenscheidt", "Boeing"])
    func germanLettersFoldLikeICUsTransliteration(_ word: String) throws {
        let transliterator = try Transliterator("Any-Latin; Latin-ASCII")
        #expect(try LetterFolding(language: .de).asciiSpelling(word) == Array(try transliterator.apply(word).utf8))
    }

    @Test func otherNonASCIILettersAreLeftToICU() throws {
        let german = try LetterFolding(language: .de)
        #expect(german.asciiSpelling("Ivanov") == Array("Ivanov".utf8))
        #expect(german.asciiSpelling("Café") == nil)
        #expect(german.asciiSpelling("Иванов") == nil)
        #expect(german.asciiSpelling("a\u{0308}") == nil)
    }

    @Test func normalizationComposesAndFoldsCompatibilityForms() throws {
        #expect(try UnicodeNormalizer.normalize("a\u{0308}", to: .nfc) == "ä")
        #expect(try UnicodeNormalizer.normalize("ﬁ²", to: .nfkc) == "fi2")
        #expect(try UnicodeNormalizer.normalize("ﬁ", to: .nfc) == "ﬁ")
    }

    @Test func unknownTransliteratorIsAnICUError() {
        #expect(throws: ICUError.self) { try Transliterator("No-Such-Thing") }
    }

    @Test func bareSentenceBreakerReportsByteOffsets() throws {
        let breaker = try BreakIterator(.sentence, locale: "en")
        #expect(try breaker.boundaries(in: Array("Hi there. Bye.".utf8)) == [10, 14])
    }
}
