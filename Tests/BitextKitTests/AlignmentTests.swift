import Foundation
import Testing
@testable import BitextKit

/// Fixtures for the alignment tests: our own sentences and lexicon (Fixtures/align/).
enum AlignFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/align")

    static func lines(_ name: String) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    static func lexicon() throws -> Lexicon {
        try LexiconLoader.load(source: .de, target: .en, paths: [folder.appendingPathComponent("lexicon.tsv").path])
    }

    static func align(_ german: [String], _ english: [String], parameters: SentenceAligner.Parameters = .init()) throws -> [AlignmentBead] {
        let extractor = try FeatureExtractor(lexicon: try lexicon())
        let source = try extractor.sourceSide(german)
        let target = try extractor.targetSide(english)
        return SentenceAligner(parameters: parameters).align(source: source, target: target, keyCount: extractor.keyCount)
    }
}

@Suite struct AlignmentSearchTests {
    @Test func twoGermanSentencesMergedInEnglishFormOneTwoToOneBead() throws {
        let beads = try AlignFixture.align(try AlignFixture.lines("de.txt"), try AlignFixture.lines("en.txt"))
        #expect(beads.contains { $0.source == 3..<5 && $0.target == 3..<4 })
        #expect(beads.contains { $0.source == 0..<1 && $0.target == 0..<1 })
        #expect(beads.contains { $0.source == 7..<8 && $0.target == 6..<7 })
    }

    @Test func aSentenceWithoutTranslationBecomesADeletion() throws {
        let beads = try AlignFixture.align(try AlignFixture.lines("de.txt"), try AlignFixture.lines("en-missing.txt"))
        #expect(beads.contains { $0.source == 5..<6 && $0.target.isEmpty })
        #expect(beads.contains { $0.source == 6..<7 && $0.target == 5..<6 })
    }

    @Test func beadsCoverBothSidesInOrder() throws {
        let beads = try AlignFixture.align(try AlignFixture.lines("de.txt"), try AlignFixture.lines("en.txt"))
        #expect(beads.flatMap { Array($0.source) } == Array(0..<8))
        #expect(beads.flatMap { Array($0.target) } == Array(0..<7))
        #expect(beads.allSatisfy { (0...1).contains($0.confidence) })
    }

    @Test func anEmptySideGivesOnlyDeletions() throws {
        let beads = try AlignFixture.align(try AlignFixture.lines("de.txt"), [])
        #expect(beads.count == 8)
        #expect(beads.allSatisfy { $0.target.isEmpty && $0.source.count == 1 })
        #expect(try AlignFixture.align([], []).isEmpty)
    }

    @Test func bandedSearchFindsTheSameBeadsAsTheFullMatrix() throws {
        let bitext = try SyntheticBitext(sentences: 400, seed: 3)
        let extractor = try FeatureExtractor(lexicon: bitext.lexicon)
        let source = try extractor.sourceSide(bitext.source)
        let target = try extractor.targetSide(bitext.target)
        var banded = SentenceAligner.Parameters()
        banded.fullSearchCells = 0
        let full = SentenceAligner().align(source: source, target: target, keyCount: extractor.keyCount)
        let band = SentenceAligner(parameters: banded).align(source: source, target: target, keyCount: extractor.keyCount)
        #expect(full.map(\.source) == band.map(\.source))
        #expect(full.map(\.target) == band.map(\.target))
        #expect(bitext.goldBeadsFound(in: band) == bitext.gold.count)
    }

    /// A translation that leaves out the second half of its source (machine translation drops the
    /// rest of a paragraph): the whole texts' length ratio would make each translated sentence look
    /// like the rendering of two source sentences; the anchors' ratio keeps the pairs one to one.
    @Test func aTranslationThatLeavesOutTheSecondHalfStillPairsTheFirst() throws {
        let bitext = try SyntheticBitext(sentences: 60, seed: 5)
        let kept = Array(bitext.gold.prefix { $0.source.upperBound <= 30 })
        let targetCount = kept.last!.target.upperBound
        let extractor = try FeatureExtractor(lexicon: bitext.lexicon)
        let source = try extractor.sourceSide(bitext.source)
        // A loose translation: every other word rendered by a word the lexicon does not know.
        let loose = bitext.target.prefix(targetCount).map { sentence in
            sentence.split(separator: " ").enumerated().map { $0.offset % 2 == 1 ? "zu" + $0.element.lowercased() : String($0.element) }
                .joined(separator: " ")
        }
        let target = try extractor.targetSide(loose)
        let beads = SentenceAligner().align(source: source, target: target, keyCount: extractor.keyCount)
        let found = Set(beads.map { [$0.source.lowerBound, $0.source.upperBound, $0.target.lowerBound, $0.target.upperBound] })
        let pairs = kept.filter { !$0.target.isEmpty }
        let hits = pairs.filter { found.contains([$0.source.lowerBound, $0.source.upperBound, $0.target.lowerBound, $0.target.upperBound]) }
        #expect(Double(hits.count) >= 0.9 * Double(pairs.count))
        let dropped = bitext.source.count - kept.last!.source.upperBound
        let deleted = beads.filter { $0.source.lowerBound >= kept.last!.source.upperBound && $0.target.isEmpty }.count
        #expect(Double(deleted) >= 0.8 * Double(dropped))
    }

    /// The same in a short paragraph, where only three or four pairs can anchor: a translation that
    /// stops after four of eleven sentences pairs those four one to one, and the rest of the source
    /// is left untranslated instead of being spread over the four.
    @Test(arguments: [UInt64(5), 6, 7, 8]) func aShortTranslationThatStopsEarlyPairsWhatItTranslates(seed: UInt64) throws {
        let bitext = try SyntheticBitext(sentences: 11, seed: seed)
        let kept = Array(bitext.gold.filter { !$0.target.isEmpty }.prefix(4))
        let extractor = try FeatureExtractor(lexicon: bitext.lexicon)
        let source = try extractor.sourceSide(bitext.source)
        let target = try extractor.targetSide(Array(bitext.target.prefix(kept.last!.target.upperBound)))
        let beads = SentenceAligner().align(source: source, target: target, keyCount: extractor.keyCount)
        for pair in kept {
            #expect(beads.contains { $0.source == pair.source && $0.target == pair.target })
        }
        let rest = beads.filter { $0.source.lowerBound >= kept.last!.source.upperBound }
        #expect(rest.allSatisfy { $0.target.isEmpty })
    }

    @Test func bandIsMonotoneAndConnected() {
        let band = AlignmentBand.around(coarseBeads: [(0..<1, 0..<1), (1..<2, 1..<1), (2..<3, 1..<3)], factor: 10, margin: 2, rows: 30, columns: 30)
        for i in 1...30 {
            #expect(band.lo[i] >= band.lo[i - 1])
            #expect(band.hi[i] >= band.hi[i - 1])
            #expect(band.lo[i] <= band.hi[i - 1])
        }
        #expect(band.index(0, 0) == 0)
        #expect(band.index(30, 30) != nil)
    }
}

@Suite struct AlignmentComparableTests {
    @Test func pairsAreFoundInAnyOrderAndUnrelatedSentencesAreLeftOut() throws {
        let german = try AlignFixture.lines("de.txt")
        let english = ["The weather was cold and grey all week.", "The court announced its ruling on Monday.",
                       "Tickets for the concert sold out quickly.", "The minister signed the agreement at the port.",
                       "The city wants to build a new bridge over the river."]
        let extractor = try FeatureExtractor(lexicon: try AlignFixture.lexicon())
        let beads = ComparableMatcher().match(source: try extractor.sourceSide(german), target: try extractor.targetSide(english),
                                              keyCount: extractor.keyCount)
        #expect(beads.contains { $0.source == 0..<1 && $0.target == 3..<4 })
        #expect(beads.contains { $0.source == 6..<7 && $0.target == 1..<2 })
        #expect(beads.contains { $0.source == 2..<3 && $0.target == 4..<5 })
        #expect(!beads.contains { $0.target.contains(0) || $0.target.contains(2) })
    }
}

@Suite struct AlignmentAnchorTests {
    static let sameNames: [(String, String)] = [
        ("Iwanow", "Ivanov"), ("Tichonow", "Tikhonov"), ("Nasarbajew", "Nazarbayev"), ("Dmitrijew", "Dmitriev"),
        ("Selenskyj", "Zelensky"), ("Иванов", "Ivanov"), ("Medwedew", "Medvedev"),
    ]
    static let differentNames: [(String, String)] = [("Berlin", "Brüssel"), ("Medwedew", "Mishustin"), ("Warschau", "Madrid")]

    @Test(arguments: sameNames) func spellingsOfOneNameFoldToOneKey(_ pair: (String, String)) throws {
        #expect(try NameFolder().sameName(pair.0, pair.1))
    }

    @Test(arguments: differentNames) func differentNamesStayApart(_ pair: (String, String)) throws {
        #expect(try !NameFolder().sameName(pair.0, pair.1))
    }

    @Test func numbersAreNormalizedPerLanguage() {
        #expect(NumberReader.key(of: "1.000", language: .de) == NumberReader.key(of: "1,000", language: .en))
        #expect(NumberReader.key(of: "3,5", language: .de) == NumberReader.key(of: "3.5", language: .en))
        #expect(NumberReader.key(of: "3,5", language: .de) == "3.5")
        #expect(NumberReader.key(of: "2014", language: .de) == "2014")
        #expect(NumberReader.key(of: "Mai", language: .de) == nil)
    }
}

@Suite struct QASentenceAlignmentTests {
    /// QA aligns from its texts' own tokens; the beads must be those of aligning the sentence strings.
    @Test func alignsFromTheTextsTokensAsFromTheSentenceStrings() throws {
        let lexicon = try AlignFixture.lexicon()
        let resources = try QAResources(target: .de, source: .en, lexicon: lexicon)
        let german = try resources.text(name: "de", language: .de, bytes: Array(try AlignFixture.lines("de.txt").joined(separator: " ").utf8))
        let english = try resources.text(name: "en", language: .en, bytes: Array(try AlignFixture.lines("en-missing.txt").joined(separator: " ").utf8))
        #expect(german.sentences.count > 3 && english.sentences.count > 3)
        let beads = try QASentenceAlignment(lexicon: lexicon).align(source: english, target: german)
        let extractor = try FeatureExtractor(lexicon: lexicon)
        let expected = try SentenceAligner().align(source: german.sentences.map { german.string($0.scalars) },
                                                   target: english.sentences.map { english.string($0.scalars) }, extractor: extractor)
        #expect(beads == expected.map { QABead(source: $0.target, target: $0.source) })
        #expect(beads.contains { $0.source.isEmpty || $0.target.isEmpty })
    }

    /// Texts with as many sentences, pair by pair of fitting length, pair up by index without any
    /// lexical evidence; a sentence left out and another added keeps the count but not the lengths.
    @Test func sentencesOfFittingLengthPairUpByIndex() throws {
        let resources = try QAResources(target: .de, source: .en)
        func text(_ string: String, _ language: Language) throws -> QAText {
            try resources.text(name: "t", language: language, bytes: Array(string.utf8))
        }
        let english = try text("The committee met on Tuesday. It approved the budget for the new bridge after a long debate.", .en)
        let german = try text("Der Ausschuss tagte am Dienstag. Nach langer Debatte billigte er den Haushalt für die neue Brücke.", .de)
        let aligner = try QASentenceAlignment(lexicon: Lexicon(source: .de, target: .en))
        #expect(aligner.align(source: english, target: german) == [QABead(source: 0..<1, target: 0..<1), QABead(source: 1..<2, target: 1..<2)])
        let swapped = try text("Nach langer Debatte billigte der Ausschuss am Dienstag den Haushalt für die neue Brücke. Gut so.", .de)
        #expect(LengthDiagonal.beads(germanLengths: swapped.sentences.map(\.scalars.count), englishLengths: english.sentences.map(\.scalars.count)) == nil)
    }

    /// One aligner serves many records: its counter grows with the key space and earlier records
    /// leave no trace in later ones.
    @Test func aReusedAlignerGivesTheSameBeadsAsAFreshOne() throws {
        let lexicon = try AlignFixture.lexicon()
        let resources = try QAResources(target: .de, source: .en, lexicon: lexicon)
        func text(_ lines: [String], _ language: Language) throws -> QAText {
            try resources.text(name: "t", language: language, bytes: Array(lines.joined(separator: " ").utf8))
        }
        let german = try AlignFixture.lines("de.txt"), english = try AlignFixture.lines("en.txt")
        let reused = try QASentenceAlignment(lexicon: lexicon)
        _ = reused.align(source: try text(Array(english.prefix(3)), .en), target: try text(Array(german.prefix(4)), .de))
        let later = reused.align(source: try text(english, .en), target: try text(german, .de))
        let fresh = try QASentenceAlignment(lexicon: lexicon).align(source: try text(english, .en), target: try text(german, .de))
        #expect(later == fresh)
    }
}
