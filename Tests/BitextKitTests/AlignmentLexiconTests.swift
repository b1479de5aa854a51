import Foundation
import Testing
@testable import BitextKit

@Suite struct AlignmentLexiconTests {
    private func stems(_ lexicon: Lexicon, _ german: String) throws -> Set<String> {
        let stem = try Stemmer(language: .de).stem(german.lowercased())
        return Set(lexicon.translations(ofStem: stem).map { lexicon.targetStems[Int($0)] })
    }

    @Test func dingLinesPairSubEntriesByPositionAndDropAnnotations() throws {
        let builder = try LexiconBuilder(source: .de, target: .en)
        DingReader.read(Array("""
            # comment line
            Botschaft {f} (diplomatische Vertretung) [pol.] | Botschaften {pl} | Er arbeitet in der Botschaft in Rom. :: embassy | embassies | He works at the embassy in Rome.
            Schiff {n}; Boot {n} :: ship; boat

            """.utf8), into: builder)
        let lexicon = builder.finish()
        #expect(try stems(lexicon, "Botschaften") == ["embassi"])
        #expect(try stems(lexicon, "Boot") == ["ship", "boat"])
        #expect(try stems(lexicon, "arbeitet").isEmpty)  // example sentences are skipped
        #expect(try stems(lexicon, "Vertretung").isEmpty)  // notes in parentheses are skipped
    }

    @Test func dingAbbreviationMarksAreSynonymsButSlashedWordsAreWords() throws {
        let builder = try LexiconBuilder(source: .de, target: .en)
        DingReader.read(Array("""
            Bruttosozialprodukt {n} /BSP/ [econ.] :: gross national product /GNP/
            Import/Export :: import/export

            """.utf8), into: builder)
        let lexicon = builder.finish()
        let primary = { (german: String) in
            Set(lexicon.primaryTranslations(ofStem: try Stemmer(language: .de).stem(german)).map { lexicon.targetStems[Int($0)] })
        }
        // One German word once /BSP/ is taken out, translated by the phrase and by its abbreviation.
        #expect(try primary("bruttosozialprodukt") == ["gross", "nation", "product", "gnp"])
        #expect(try primary("bsp") == ["gross", "nation", "product", "gnp"])
        #expect(try primary("import").isEmpty)  // "Import/Export" is two words, so no one-word entry
        #expect(try stems(lexicon, "Export") == ["import", "export"])
    }

    @Test func semicolonsInsideParenthesesDoNotSeparateSynonyms() throws {
        let builder = try LexiconBuilder(source: .de, target: .en)
        DingReader.read(Array("""
            (eine Äußerung; Frage; Klage) nachschieben {vt} :: to add another (statement; question; action)

            """.utf8), into: builder)
        let lexicon = builder.finish()
        let primary = { (german: String) in
            Set(lexicon.primaryTranslations(ofStem: try Stemmer(language: .de).stem(german)).map { lexicon.targetStems[Int($0)] })
        }
        #expect(try primary("frage").isEmpty)  // an object of the verb, not a one-word entry
        #expect(try stems(lexicon, "nachschieben").contains("add"))
    }

    @Test func tsvGlossaryLoadsAndReportsBadLines() throws {
        let builder = try LexiconBuilder(source: .de, target: .en)
        try GlossaryTSVReader.read(Array("# c\nHafen\tport\n".utf8), name: "g.tsv", into: builder)
        #expect(try stems(builder.finish(), "Häfen") == ["port"])
        #expect(throws: LexiconError.malformed(file: "g.tsv", line: 2, reason: "expected German<TAB>translation")) {
            try GlossaryTSVReader.read(Array("Hafen\tport\nkaputt\n".utf8), name: "g.tsv", into: builder)
        }
    }

    @Test func missingLexiconFileIsAOneLineError() {
        #expect(throws: LexiconError.self) {
            try LexiconLoader.load(source: .de, target: .en, paths: ["/nonexistent/lexicon.tsv"])
        }
    }

    /// Every file is checked before any is read: the installed dictionary comes first and takes
    /// seconds, so a wrong path given after it must not wait for it. A malformed first file stands in
    /// for it here: read first, it would be the error.
    @Test func everyLexiconFileIsCheckedBeforeAnyIsRead() throws {
        let malformed = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-malformed-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: malformed) }
        try Data("kaputt\n".utf8).write(to: malformed)
        #expect(throws: LexiconError.unreadable(file: "/nonexistent/lexicon.tsv", reason: "lexicon file not found")) {
            try LexiconLoader.load(source: .de, target: .en, paths: [malformed.path, "/nonexistent/lexicon.tsv"], cache: LexiconCache(directory: nil))
        }
    }

    @Test func dictdNumbersAreBase64() {
        #expect(FreeDictReader.base64(ArraySlice(Array("B".utf8))) == 1)
        #expect(FreeDictReader.base64(ArraySlice(Array("BA".utf8))) == 64)
        #expect(FreeDictReader.base64(ArraySlice(Array("b?".utf8))) == nil)
    }

    @Test func gzipRoundTripsThroughZlib() throws {
        // "hello\n" compressed by gzip -n.
        let compressed: [UInt8] = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9,
                                   0xe7, 0x02, 0x00, 0x20, 0x30, 0x3a, 0x36, 0x06, 0x00, 0x00, 0x00]
        #expect(Gzip.decompress(compressed) == Array("hello\n".utf8))
        #expect(Gzip.decompress(Array("not gzip".utf8)) == nil)
    }

    @Test func unknownGermanCompoundsSplitIntoKnownWords() throws {
        let splitter = try CompoundSplitter(lexicon: try AlignFixture.lexicon())
        #expect(splitter.split("botschaftsbeamter") == ["botschaft", "beamt"])
        #expect(splitter.split("hafenstadt") == ["haf", "stadt"])
        #expect(splitter.split("xylophon") == nil)
    }
}
