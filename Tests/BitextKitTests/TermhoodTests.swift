import Foundation
import Testing
@testable import BitextKit

/// Termhood (general-language references: SCOWL-style size lists, Ding subject-field labels), on word
/// lists and dictionary lines of our own.
@Suite struct TermhoodTests {
    /// A folder with SCOWL-style lists `<spelling>-<category>.<size>`, removed by the caller.
    static func vocabularyFolder(_ lists: [String: [String]]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-scowl-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, words) in lists {
            try (words.joined(separator: "\n") + "\n").write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func generalVocabularyKeepsTheSmallestSizeOfAnyList() throws {
        let folder = try Self.vocabularyFolder([
            "english-words.10": ["town", "friend", "town's"], "english-words.35": ["consulate", "town"],
            "american-words.50": ["harbor"], "english-upper.50": ["Valletta"], "english-words.95": ["zymurgy"],
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let vocabulary = try #require(try GeneralVocabulary.load(folder: folder))
        #expect(vocabulary.size(of: "Town") == 10)
        #expect(vocabulary.size(of: "consulate") == 35)
        #expect(vocabulary.size(of: "harbor") == 50)
        #expect(vocabulary.size(of: "valletta") == 50)
        // Sizes beyond 70 are not read: such words are as specific as unlisted ones.
        #expect(vocabulary.size(of: "zymurgy") == nil)
        #expect(try GeneralVocabulary.load(folder: folder + "/absent") == nil)
    }

    /// ASCII lines are read as bytes, other lines as characters; both give the lower-cased word
    /// without blanks, and possessives are left out.
    @Test func generalVocabularyReadsASCIIAndOtherLinesAlike() {
        var sizes: [String: UInt8] = [:]
        GeneralVocabulary.read(Array("Town\n  Café \nfriend's\nNAÏVE\tX\n\nUN\tSC\n".utf8), size: 20, into: &sizes)
        #expect(sizes == ["town": 20, "café": 20, "naïvex": 20, "unsc": 20])
        // A Latin-1 list (not UTF-8): "Café" with é as one byte.
        GeneralVocabulary.read([0x43, 0x61, 0x66, 0xE9, 0x0A, 0x54, 0x6F, 0x77, 0x6E, 0x0A], size: 10, into: &sizes)
        #expect(sizes == ["town": 10, "café": 10, "naïvex": 20, "unsc": 20])
    }

    @Test(arguments: [
        // (German words, English words, expected specificity)
        (["stadt"], ["town"], 0.0),
        (["konsulat"], ["consulate"], 0.4),
        (["valletta"], ["valletta"], 0.7),
        (["quarzuhr"], ["quartz", "clock"], 1.0),
        (["bürgermeister"], ["town", "mayor"], Termhood.compoundSpecificity),
        (["neue", "stadt"], ["new", "town"], 0.0),
        (["xyz"], ["town’s"], 0.0),
        (["virus"], ["covid-19"], 1.0),
    ])
    func specificityOfEnglishWordsBySize(german: [String], english: [String], expected: Double) throws {
        let folder = try Self.vocabularyFolder([
            "english-words.10": ["town", "new", "friend", "clock"], "english-words.35": ["consulate", "mayor"], "english-upper.50": ["Valletta"],
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let termhood = Termhood(vocabulary: try GeneralVocabulary.load(folder: folder), subjectFields: nil,
                                isCompound: { ["bürgermeister", "quarzuhr"].contains($0) })
        #expect(abs(termhood.specificity(termhood.german(german), termhood.english(english)) - expected) < 1e-9)
    }

    static let dingLines = """
        # our own lines in Ding's format
        Konsulat {n} [pol.] :: consulate
        Konsulat {n} [adm.] | Konsulate {pl} :: consular office | consular offices
        Weg {m} :: way
        Weg {m}; Pfad {m} :: path
        Weg {m} [math.] :: path (graph theory)
        Weg {m} [ugs.] :: route
        Weg von hier {m} :: way from here
        """

    @Test func subjectFieldShareCountsMarkedOneWordSenses() throws {
        let fields = try DingSubjectFields.read(dingBytes: Array(Self.dingLines.utf8))
        // Konsulat: two senses, both marked; with the prior of one unmarked sense, 2/3.
        #expect(fields.share(of: "Konsulat") == 2.0 / 3.0)
        // Weg: four one-word senses, one marked with a field ([ugs.] is register, not a field): 1/5.
        #expect(fields.share(of: "weg") == 1.0 / 5.0)
        #expect(fields.share(of: "Pfad") == 0)
        #expect(fields.share(of: "Konsulate") == 0)
        #expect(fields.share(of: "Ufer") == nil)
    }

    @Test func germanAndEnglishSpecificityAreAveraged() throws {
        let folder = try Self.vocabularyFolder(["english-words.10": ["way"], "english-words.35": ["consulate"]])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let termhood = Termhood(vocabulary: try GeneralVocabulary.load(folder: folder),
                                subjectFields: try DingSubjectFields.read(dingBytes: Array(Self.dingLines.utf8)), isCompound: { _ in false })
        let consulate = termhood.english(["consulate"])
        #expect(abs(termhood.specificity(termhood.german(["konsulat"]), consulate) - (0.4 + 2.0 / 3.0) / 2) < 1e-9)
        #expect(abs(termhood.specificity(termhood.german(["ufer"]), consulate) - 0.4) < 1e-9)
        #expect(termhood.factor(termhood.german(["weg"]), termhood.english(["way"])) < termhood.factor(termhood.german(["konsulat"]), consulate))
    }

    @Test func everydayPairsRankBelowTermsSeenAsOften() throws {
        let pairs = [
            SentencePair(german: "Die Botschaft liegt in der Stadt.", english: "The embassy is in the town."),
            SentencePair(german: "Die Stadt hat eine Botschaft.", english: "The town has an embassy."),
            SentencePair(german: "Eine Botschaft eröffnet in der Stadt.", english: "An embassy opens in the town."),
            SentencePair(german: "Die Stadt ist alt.", english: "The town is old."),
        ]
        let folder = try Self.vocabularyFolder(["english-words.10": ["town"], "english-words.35": ["embassy"]])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let builder = try LexiconBuilder(source: .de, target: .en)
        builder.add(german: "Stadt", other: "town")
        builder.add(german: "Botschaft", other: "embassy")
        var knowledge = TermKnowledge(lexicon: builder.finish())
        let plain = try GlossaryBuilder(knowledge: knowledge).build(pairs: pairs)
        knowledge.generalVocabulary = try GeneralVocabulary.load(folder: folder)
        let ranked = try GlossaryBuilder(knowledge: knowledge).build(pairs: pairs)
        // Seen more often, the everyday pair comes first without a reference, second with one (no
        // cognates here: Konsulat/consulate would rank by that evidence alone).
        #expect(plain.entries.map(\.german).prefix(2) == ["Stadt", "Botschaft"])
        #expect(Set(plain.entries.map(\.german)) == Set(ranked.entries.map(\.german)))
        #expect(ranked.entries.map(\.german).prefix(2) == ["Botschaft", "Stadt"])
    }
}
