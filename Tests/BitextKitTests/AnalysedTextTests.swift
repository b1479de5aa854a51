import Foundation
import Testing
@testable import BitextKit

/// The one analysis of a text: what each word is, sentences with their tokens, and a form a later
/// process can read back.
@Suite struct AnalysedTextTests {
    static let lexicon: Lexicon = {
        let builder = try! LexiconBuilder(source: .de, target: .en)
        for (german, english) in [("Hafen", "harbour"), ("Fähre", "ferry"), ("Amt", "office")] { builder.add(german: german, other: english) }
        return builder.finish()
    }()

    @Test func eachDistinctTokenIsAnalysedOnceWithItsFeatures() throws {
        let analyzer = try TextAnalyzer(language: .de, lexicon: Self.lexicon)
        let text = try analyzer.analyse(TextFile(name: "a.txt", string: "Die Hafenfähre fährt im Mai. Die Fähre kostet 1.250 Euro."))
        #expect(text.sentences.count == 2)
        #expect(text.sentenceTokens.map(\.count) == [6, 6])
        let words = text.tokens.indices.map { text.analysis(ofToken: $0) }
        #expect(text.vocabulary.count == Set(words.map(\.text)).count)
        let compound = try #require(words.first { $0.text == "Hafenfähre" })
        #expect(compound.compoundParts == ["haf", "fahr"])
        #expect(words.first { $0.text == "Mai" }?.month == 5)
        #expect(words.first { $0.text == "1.250" }?.number == "1250")
        #expect(words.first { $0.text == "Die" }?.isFunctionWord == true)
        #expect(words.first { $0.text == "Fähre" }?.compoundParts == nil)
    }

    @Test func englishWordsLoseTheirPossessiveAndFoldTheirNames() throws {
        let analyzer = try TextAnalyzer(language: .en)
        let word = analyzer.words.word("Medvedev’s")
        #expect(word.base == "Medvedev" && word.stem == "medvedev")
        #expect(word.nameKey == analyzer.words.word("Medwedew").nameKey)
    }

    @Test func aWrittenAnalysisReadsBackTheSame() throws {
        let analyzer = try TextAnalyzer(language: .de, lexicon: Self.lexicon)
        let text = try analyzer.analyse(TextFile(name: "a.txt", string: "Die Fähre legt ab. „Wann?“, fragt Jens."))
        let decoded = try JSONDecoder().decode(AnalysedText.self, from: JSONEncoder().encode(text))
        #expect(decoded.text == text.text && decoded.tokens == text.tokens && decoded.sentences == text.sentences)
        #expect(decoded.vocabulary == text.vocabulary && decoded.words == text.words && decoded.sentenceTokens == text.sentenceTokens)
    }

    /// The aligner reads the same analysis whether it gets sentence strings or an analysed text.
    @Test func sentenceStringsAreAnalysedAsTheyWouldBeAlone() throws {
        let analyzer = try TextAnalyzer(language: .de)
        let sentences = ["Die Fähre legt ab.", "Sie fährt nach Kiel."]
        let joined = try analyzer.analyse(name: "s", sentences: sentences)
        for (index, sentence) in sentences.enumerated() {
            let alone = try analyzer.analyse(name: "s", sentences: [sentence])
            #expect(joined.sentenceTokens[index].map { joined.analysis(ofToken: $0).text } == alone.tokens.indices.map { alone.analysis(ofToken: $0).text })
        }
    }
}
