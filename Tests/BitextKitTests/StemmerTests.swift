@testable import BitextKit
import Testing

@Suite struct StemmerTests {
    @Test func aWordIsStemmed() throws {
        #expect(try Stemmer(language: .de).stem("botschaften") == "botschaft")
    }

    /// Glued text is no word, and Snowball's German prelude is quadratic in a word's length.
    @Test func aWordLongerThanAnyAnalysedWordIsItsOwnStem() throws {
        let glued = String(repeating: "botschaft", count: 8) + "en"
        #expect(glued.count > WordToken.longestAnalysedWord)
        #expect(try Stemmer(language: .de).stem(glued) == glued)
    }
}
