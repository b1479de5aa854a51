import Foundation
import Testing
@testable import BitextKit

/// The pair stage's streaming: keys read back from their line form, pairing over a key source that
/// is read side by side, and the selections that replace full sorts in the candidate search.
@Suite struct PairingStreamTests {
    /// Keys held in memory, handed out as the stage's files hand them out.
    struct ArrayKeys: PairingKeySource {
        let german: [ArticleKeys]
        let english: [ArticleKeys]

        func forEachGerman(_ body: (ArticleKeys) throws -> Void) throws { try german.forEach(body) }
        func forEachEnglish(_ body: (ArticleKeys) throws -> Void) throws { try english.forEach(body) }
    }

    static func keys(_ side: String, language: Language) throws -> [ArticleKeys] {
        try DocumentPairer(lexicon: PairingFixture.lexicon()).keys(of: try PairingFixture.collection(side).texts, language: language, jobs: 2, normalize: true)
    }

    static func line(_ keys: ArticleKeys) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(keys))
    }

    @Test func keyLinesReadBackAsWritten() throws {
        for keys in try Self.keys("de", language: .de) + Self.keys("en", language: .en) {
            let line = try Self.line(keys)
            #expect(try Self.line(ArticleKeys(jsonLine: line[...])) == line)
        }
    }

    @Test func keyLinesDecodeEveryStringEscape() throws {
        let line = Array(##" [ 3 , [ "a\"b\\c\/d\te\u00e4\ud83d\ude00" , "nx\n" ] , ["Zoll", "t7", "#12", "m2"] ] "##.utf8)
        let keys = try ArticleKeys(jsonLine: line[...])
        #expect(keys.words == 3)
        #expect(keys.units.map(\.surface) == ["a\"b\\c/d\teä😀", "Zoll"])
        #expect(keys.units.map(\.keys) == [[.name("x\n")], [.term(7), .number("12"), .month(2)]])
    }

    @Test(arguments: [
        (#"[3,["a","q1"]]"#, 9), (#"[3,["a"],]"#, 10), (#"[x]"#, 2), (#"[3,["a""#, 8), (#"[3,[]]"#, 6), (#"[3,["a"]] 4"#, 11),
    ])
    func malformedKeyLinesNameTheColumn(line: String, column: Int) {
        #expect(throws: ArticleKeys.LineError.self) { try ArticleKeys(jsonLine: Array(line.utf8)[...]) }
        do {
            _ = try ArticleKeys(jsonLine: Array(line.utf8)[...])
        } catch {
            #expect(error.column == column)
        }
    }

    @Test(arguments: [true, false])
    func streamingPairsAsTheCorpusDoes(oneToOne: Bool) throws {
        let german = try Self.keys("de", language: .de), english = try Self.keys("en", language: .en)
        var corpus = PairingCorpus()
        for keys in german { corpus.add(keys, german: true) }
        for keys in english { corpus.add(keys, german: false) }
        var options = PairingOptions()
        options.oneToOne = oneToOne
        options.minScore = 0.1
        let pairer = DocumentPairer(lexicon: try PairingFixture.lexicon())
        let inMemory = pairer.pair(corpus, options: options)
        let streamed = try pairer.pair(streaming: ArrayKeys(german: german, english: english), options: options)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(!inMemory.pairs.isEmpty)
        #expect(try encoder.encode(streamed.pairs) == encoder.encode(inMemory.pairs))
        #expect(streamed.unpairedGerman.map(\.index) == inMemory.unpairedGerman.map(\.index))
        #expect(streamed.unpairedEnglish.map(\.bestScore) == inMemory.unpairedEnglish.map(\.bestScore))
    }

    @Test func aSourceThatChangesBetweenReadsIsAnError() throws {
        final class Growing: PairingKeySource, @unchecked Sendable {
            let german: [ArticleKeys], english: [ArticleKeys]
            var reads = 0
            init(german: [ArticleKeys], english: [ArticleKeys]) { self.german = german; self.english = english }
            func forEachGerman(_ body: (ArticleKeys) throws -> Void) throws {
                reads += 1
                try (reads == 1 ? Array(german.dropLast()) : german).forEach(body)
            }
            func forEachEnglish(_ body: (ArticleKeys) throws -> Void) throws { try english.forEach(body) }
        }
        let source = Growing(german: try Self.keys("de", language: .de), english: try Self.keys("en", language: .en))
        #expect(throws: PairingError.self) { try DocumentPairer(lexicon: PairingFixture.lexicon()).pair(streaming: source, options: PairingOptions()) }
    }

    @Test(arguments: [0, 1, 5, 24, 400])
    func selectingTheBestFewIsSortingAndCutting(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let items = (0..<300).map { _ in Int32.random(in: 0..<1000, using: &generator) }
        let scores = (0..<1000).map { _ in Double(Int.random(in: 0..<20, using: &generator)) }
        let precedes = { (a: Int32, b: Int32) in scores[Int(a)] != scores[Int(b)] ? scores[Int(a)] > scores[Int(b)] : a < b }
        let unique = Array(Set(items))
        #expect(ArticleKeyIndex.best(count, of: unique, by: precedes) == Array(unique.sorted(by: precedes).prefix(count)))
    }
}
