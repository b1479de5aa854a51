import Foundation
import Testing
@testable import BitextKit

/// Our own small collection: two German-English pairs, one German and one English article without a
/// counterpart, and a fixture lexicon (so the tests do not depend on the installed Ding dictionary).
enum PairingFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pairing")

    static func collection(_ side: String) throws -> ArticleCollection {
        try ArticleCollection.read(folder.appendingPathComponent(side).path)
    }

    static func lexicon() throws -> Lexicon {
        try LexiconLoader.load(source: .de, target: .en, paths: [folder.appendingPathComponent("lexicon.tsv").path])
    }

    static func names(_ result: PairingResult, _ german: ArticleCollection, _ english: ArticleCollection) -> [String] {
        result.pairs.map { "\(RunReport.stem(german.names[$0.german]))-\(RunReport.stem(english.names[$0.english]))" }.sorted()
    }
}

@Suite struct PairingTests {
    @Test func pairsTranslationsAndLeavesArticlesWithoutCounterpartUnpaired() throws {
        let german = try PairingFixture.collection("de"), english = try PairingFixture.collection("en")
        let result = try DocumentPairer(lexicon: PairingFixture.lexicon()).pair(german: german.texts, english: english.texts, options: PairingOptions())
        #expect(PairingFixture.names(result, german, english) == ["brueckenbau-bridge", "hafenstreik-port-strike"])
        #expect(result.unpairedGerman.map { RunReport.stem(german.names[$0.index]) } == ["orchester"])
        #expect(result.unpairedEnglish.map { RunReport.stem(english.names[$0.index]) } == ["volcano"])
        #expect(result.pairs.allSatisfy { (0...1).contains($0.score) })
    }

    /// Months are keys by their number from `date-words.txt`, so "Februar" meets "February" (the
    /// Austrian "Jänner" and "Feber" once shifted every later German month by their line position).
    @Test(arguments: [("Jänner", "January", 1), ("Februar", "February", 2), ("März", "March", 3), ("Mai", "May", 5), ("Dezember", "December", 12)])
    func monthsMatchAcrossLanguages(german: String, english: String, number: Int) throws {
        let lexicon = try PairingFixture.lexicon()
        let germanKeys = try DocumentKeyExtractor(language: .de, lexicon: lexicon)
            .units(of: Array("Am 3. \(german) trafen sie sich.".utf8)).units.flatMap(\.keys)
        let englishKeys = try DocumentKeyExtractor(language: .en, lexicon: lexicon)
            .units(of: Array("They met on 3 \(english).".utf8)).units.flatMap(\.keys)
        #expect(germanKeys.contains(.month(number)))
        #expect(englishKeys.contains(.month(number)))
    }

    @Test func evidenceNamesSpellingsNumbersAndTranslatedTerms() throws {
        let german = try PairingFixture.collection("de"), english = try PairingFixture.collection("en")
        let result = try DocumentPairer(lexicon: PairingFixture.lexicon()).pair(german: german.texts, english: english.texts, options: PairingOptions())
        let bridge = try #require(result.pairs.first { RunReport.stem(german.names[$0.german]) == "brueckenbau" })
        #expect(bridge.evidence.names.contains { $0.german == "Wolkow" && $0.english == "Volkov" })
        #expect(bridge.evidence.numbers.contains("92"))
        #expect(bridge.evidence.terms.contains { $0.german == "Brücke" && $0.english == "bridge" })
    }

    @Test func sameResultWhateverTheJobCount() throws {
        let german = try PairingFixture.collection("de"), english = try PairingFixture.collection("en")
        let pairer = DocumentPairer(lexicon: try PairingFixture.lexicon())
        var options = PairingOptions()
        options.jobs = 1
        let one = try pairer.pair(german: german.texts, english: english.texts, options: options)
        options.jobs = 3
        let three = try pairer.pair(german: german.texts, english: english.texts, options: options)
        #expect(one.pairs.map { [$0.german, $0.english] } == three.pairs.map { [$0.german, $0.english] })
        #expect(one.pairs.map(\.score) == three.pairs.map(\.score))
    }

    @Test func numbersAreCanonicalAcrossDecimalConventions() throws {
        let german = try DocumentKeyExtractor(language: .de, lexicon: Lexicon(source: .de, target: .en))
        let english = try DocumentKeyExtractor(language: .en, lexicon: Lexicon(source: .de, target: .en))
        func numbers(_ extractor: DocumentKeyExtractor, _ text: String) throws -> [PairingKey] {
            try extractor.units(of: Array(text.utf8)).units.flatMap(\.keys)
        }
        #expect(try numbers(german, "3.400") == [.number("3400")])
        #expect(try numbers(english, "3,400") == [.number("3400")])
        #expect(try numbers(german, "7,5") == [.number("7.5")])
        #expect(try numbers(english, "7.5") == [.number("7.5")])
        #expect(try numbers(german, "7").isEmpty)
    }

    @Test func collectionReportsEmptyAndBinaryFilesInsteadOfDroppingThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-collection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Ein Satz.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data().write(to: folder.appendingPathComponent("b.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("c.bin"))
        let collection = try ArticleCollection.read(folder.path)
        #expect(collection.names.map { RunReport.stem($0) } == ["a"])
        #expect(collection.skipped.map(\.reason) == [.empty, .binary(byteOffset: 0, line: 1, column: 1)])
    }

    @Test func twoVersionsOfOneArticleBothPairInManyMode() throws {
        // A second German version (here the same text, lightly edited) competes with the first for the
        // English article; the English side's margin is then ~1 and only the German side shows the pair
        // is distinct. Both versions must pair, and the articles without counterpart must stay unpaired.
        let german = try PairingFixture.collection("de"), english = try PairingFixture.collection("en")
        let bridge = try #require(german.names.firstIndex { RunReport.stem($0) == "brueckenbau" })
        let edited = Array(String(decoding: german.texts[bridge], as: UTF8.self).replacingOccurrences(of: ".", with: "!").utf8)
        var options = PairingOptions()
        options.oneToOne = false
        let result = try DocumentPairer(lexicon: PairingFixture.lexicon()).pair(german: german.texts + [edited], english: english.texts,
                                                                                options: options)
        let englishOfBridge = result.pairs.filter { $0.german == bridge || $0.german == german.texts.count }.map(\.english)
        #expect(englishOfBridge.count == 2 && Set(englishOfBridge).count == 1)
        #expect(result.unpairedEnglish.map { RunReport.stem(english.names[$0.index]) } == ["volcano"])
    }

    @Test func articleInTheOtherLanguageIsSetAside() throws {
        var collection = ArticleCollection()
        collection.names = ["de.txt", "en.txt", "short.txt"]
        collection.texts = [
            "Die Regierung hat am Montag mitgeteilt, dass die Brücke nicht vor dem Winter fertig wird, weil die Firma mit dem Bau im Verzug ist und der Stahl fehlt.",
            "The government said on Monday that the bridge will not be finished before the winter, because the company is behind with the work and the steel is missing from the site.",
            "The end.",
        ].map { Array($0.utf8) }
        try collection.setAsideMisplaced(expected: .de, others: [.en])
        #expect(collection.names == ["de.txt", "short.txt"])
        guard case let .wrongLanguage(expected, found, evidence, against)? = collection.skipped.first?.reason else {
            Issue.record("no wrong-language finding")
            return
        }
        #expect(expected == .de && found == .en && evidence >= LanguageCheck.minimumEvidence && against == 0)
        #expect(collection.skipped.first?.description.hasPrefix("en.txt: written in en, not de") == true)
    }

    /// A scraped German page whose words are links: "<a href=…>…</a>" is English markup, two "a" per
    /// link, and the page was set aside as English; its language is its text's.
    @Test func markupDoesNotCountAsLanguage() throws {
        let german = "Die Regierung hat am Montag mitgeteilt, dass die Brücke nicht vor dem Winter fertig wird."
        let linked = german.split(separator: " ").enumerated().map { "<a href=\"/tag/\($0.offset)\">\($0.element)</a>" }.joined(separator: " ")
        let page = Array("<html><body><p>\(linked)</p></body></html>\n".utf8)
        #expect(try LanguageCheck(expected: .de, others: [.en]).misplaced(page) == nil)
    }

    @Test func primaryTranslationsComeFromOneWordGermanEntries() throws {
        let builder = try LexiconBuilder(source: .de, target: .en)
        builder.add(german: "Krieg", other: "war")
        builder.add(german: "kalter Krieg", other: "cold war")
        builder.add(german: "Wolkenkratzerbau", other: "skyscraper construction")
        let lexicon = builder.finish()
        let stems = { (ids: [Int32]) in ids.map { lexicon.targetStems[Int($0)] }.sorted() }
        #expect(stems(lexicon.translations(ofStem: "krieg")) == ["cold", "war"])
        #expect(stems(lexicon.primaryTranslations(ofStem: "krieg")) == ["war"])
        #expect(stems(lexicon.primaryTranslations(ofStem: "kalt")).isEmpty)
        #expect(stems(lexicon.primaryTranslations(ofStem: "wolkenkratzerbau")) == ["construct", "skyscrap"])
    }
}

@Suite struct PossessiveEndingTests {
    @Test func theEnglishPossessiveIsStrippedWithEitherApostrophe() {
        #expect(PossessiveEnding.stripped("Norway’s") == "Norway")
        #expect(PossessiveEnding.stripped("Norway's") == "Norway")
        #expect(PossessiveEnding.stripped("states’") == "states")
        #expect(PossessiveEnding.stripped("its") == "its")
        #expect(PossessiveEnding.stripped("Kansas") == "Kansas")
        #expect(PossessiveEnding.stripped("’s") == "’s")
    }
}
