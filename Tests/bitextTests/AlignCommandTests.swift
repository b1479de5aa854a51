import Foundation
import Testing

/// `bitext align` as a user runs it: formats, bad inputs, warnings. The default dictionary is turned
/// off so that the tests do not depend on /usr/share/trans.
@Suite struct AlignCommandTests {
    static let german = "Der Minister unterzeichnete den Vertrag am Hafen.\nDie Fähre fährt jetzt zweimal am Tag.\nDas Gericht verkündete das Urteil am Montag.\n"
    static let english = "The minister signed the agreement at the port.\nThe ferry now travels twice a day.\nThe court announced its ruling on Monday.\n"
    static let lexicon = "Minister\tminister\nVertrag\tagreement\nHafen\tport\nFähre\tferry\nGericht\tcourt\nUrteil\truling\n"

    private func files() throws -> (String, String, String) {
        (try CLI.temporaryFile(Array(Self.german.utf8), name: "de.txt"), try CLI.temporaryFile(Array(Self.english.utf8), name: "en.txt"),
         try CLI.temporaryFile(Array(Self.lexicon.utf8), name: "lexicon.tsv"))
    }

    @Test func presplitLadderHasOneBeadPerLine() throws {
        let (de, en, lexicon) = try files()
        let result = try CLI.run(["align", "--presplit", "--no-default-lexicon", "--lexicon", lexicon, "--format", "ladder", de, en])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("[0]:[0]:"))
        #expect(lines[2].hasPrefix("[2]:[2]:"))
    }

    @Test func jsonlCarriesIndicesTextsAndConfidence() throws {
        let (de, en, lexicon) = try files()
        let result = try CLI.run(["align", "--presplit", "--no-default-lexicon", "--lexicon", lexicon, "--format", "jsonl", de, en])
        #expect(result.status == 0)
        let first = try #require(result.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(object["source"] as? [Int] == [0])
        #expect(object["target_text"] as? String == "The minister signed the agreement at the port.")
        #expect((object["confidence"] as? Double).map { (0...1).contains($0) } == true)
    }

    @Test func comparableModeFindsPairsInAnyOrder() throws {
        let (de, _, lexicon) = try files()
        let shuffled = try CLI.temporaryFile(Array("The court announced its ruling on Monday.\nIt was sunny.\nThe minister signed the agreement at the port.\n".utf8))
        let result = try CLI.run(["align", "--presplit", "--no-default-lexicon", "--lexicon", lexicon, "--mode", "comparable", "--format", "ladder", de, shuffled])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[0]:[2]:"))
        #expect(result.stdout.contains("[2]:[0]:"))
        #expect(!result.stdout.contains(":[1]:"))
    }

    @Test func missingFileIsAOneLineErrorAndNoOutputFile() throws {
        let (de, _, _) = try files()
        let out = de + ".out"
        let result = try CLI.run(["align", "--no-default-lexicon", "-o", out, de, "/nonexistent/en.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/en.txt"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func invalidUTF8NamesFileAndPosition() throws {
        let (de, _, _) = try files()
        let bad = try CLI.temporaryFile([0x41, 0x0A, 0x42, 0xFF, 0x0A], name: "bad.txt")
        let result = try CLI.run(["align", "--no-default-lexicon", de, bad])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.txt"))
        #expect(result.stderr.contains("2"))
    }

    @Test func malformedLexiconIsAnErrorWithLineNumber() throws {
        let (de, en, _) = try files()
        let lexicon = try CLI.temporaryFile(Array("Hafen\tport\nkaputt\n".utf8), name: "bad.tsv")
        let result = try CLI.run(["align", "--presplit", "--no-default-lexicon", "--lexicon", lexicon, de, en])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.tsv:2"))
    }

    @Test func emptySideAndSameLanguageAreWarnedAbout() throws {
        let (de, _, _) = try files()
        let empty = try CLI.temporaryFile([], name: "empty.txt")
        let result = try CLI.run(["align", "--presplit", "--no-default-lexicon", "--format", "ladder", de, empty])
        #expect(result.status == 0)
        #expect(result.stderr.contains("empty.txt"))
        #expect(result.stdout.split(separator: "\n").count == 3)
        let same = try CLI.run(["align", "--presplit", "--no-default-lexicon", "--format", "ladder", de, de])
        #expect(same.stderr.contains("looks like de"))
    }

    @Test func tmxOutputIsWrittenAtomicallyToAFile() throws {
        let (de, en, lexicon) = try files()
        let out = de + ".tmx"
        let result = try CLI.run(["align", "--presplit", "--no-default-lexicon", "--lexicon", lexicon, "--format", "tmx", "-o", out, de, en])
        #expect(result.status == 0)
        let tmx = try String(contentsOfFile: out, encoding: .utf8)
        #expect(tmx.contains("<tuv xml:lang=\"en\"><seg>The ferry now travels twice a day.</seg></tuv>"))
    }
}
