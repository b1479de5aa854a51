import Foundation
import Testing

/// `bitext glossary …` as a user runs it.
@Suite struct GlossaryCommandTests {
    @Test func exportWritesTheCuratedGlossaryByDefault() throws {
        let result = try CLI.run(["glossary", "export", "--format", "omegat"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 150)
        #expect(lines.contains("embassy\tBotschaft\tdiplomatic mission in a capital; not \"message\" in this sense"))
    }

    @Test func directionDeEnPutsGermanFirstInOmegaTAndTMX() throws {
        let omegaT = try CLI.run(["glossary", "export", "--format", "omegat", "--direction", "de-en"])
        #expect(omegaT.status == 0)
        #expect(omegaT.stdout.split(separator: "\n").contains("Botschaft\tembassy\tdiplomatic mission in a capital; not \"message\" in this sense"))
        let tmx = try CLI.run(["glossary", "export", "--format", "tmx", "--direction", "de-en"])
        #expect(tmx.stdout.contains("srclang=\"de\""))
        let imported = try CLI.temporaryFile(Array(omegaT.stdout.utf8), name: "de-en.txt")
        let tsv = try CLI.run(["glossary", "import", "--direction", "de-en", imported])
        #expect(tsv.stdout.contains("\nBotschaft\tembassy\t"))
    }

    @Test func convertRoundTripsThroughEveryFormat() throws {
        let tsv = try CLI.run(["glossary", "export", "--format", "tsv"]).stdout
        var current = try CLI.temporaryFile(Array(tsv.utf8), name: "g.tsv")
        for format in ["tmx", "tbx", "tbx2", "csv", "jsonl", "tsv"] {
            let output = current + "." + format
            let result = try CLI.run(["glossary", "convert", current, "--format", format, "-o", output])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            current = output
        }
        #expect(try String(contentsOfFile: current, encoding: .utf8) == tsv)
    }

    @Test func importOfAMalformedFileNamesLineAndColumnAndWritesNothing() throws {
        let input = try CLI.temporaryFile(Array("<tmx version=\"1.4\"><body>\n<tu></body></tmx>\n".utf8), name: "bad.tmx")
        let output = input + ".tsv"
        let result = try CLI.run(["glossary", "import", input, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(input):2:12: Opening and ending tag mismatch: tu line 2 and body"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func buildPairsTermsOfLineAlignedFiles() throws {
        let german = try CLI.temporaryFile(Array("""
            Die Botschaft bleibt geschlossen.
            Die Botschaften öffnen wieder.
            Der Botschafter sprach lange.

            """.utf8), name: "de.txt")
        let english = try CLI.temporaryFile(Array("""
            The embassy remains closed.
            The embassies reopen.
            The ambassador spoke at length.

            """.utf8), name: "en.txt")
        let result = try CLI.run(["glossary", "build", "--no-default-lexicon", "--line-aligned", "--format", "omegat", german, english])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("embassy\tBotschaft\t") })
    }

    @Test func buildAlignsArticlesBeforePairingTerms() throws {
        let german = try CLI.temporaryFile(Array("Die Botschaft bleibt geschlossen. Die Botschaften öffnen erst im Mai wieder.".utf8), name: "de.txt")
        let english = try CLI.temporaryFile(Array("The embassy remains closed. The embassies will only reopen in May.".utf8), name: "en.txt")
        let lexicon = try CLI.temporaryFile(Array("Botschaft\tembassy\n".utf8), name: "lexicon.tsv")
        let result = try CLI.run(["glossary", "build", "--no-default-lexicon", "--lexicon", lexicon, "--no-default-glossary", "--format", "jsonl", german, english])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"german\":\"Botschaft\",\"english\":\"embassy\""))
    }

    @Test func lineAlignedInputNeedsEqualLineCounts() throws {
        let german = try CLI.temporaryFile(Array("Eins.\nZwei.\n".utf8), name: "de.txt")
        let english = try CLI.temporaryFile(Array("One.\n".utf8), name: "en.txt")
        let result = try CLI.run(["glossary", "build", "--no-default-lexicon", "--line-aligned", german, english])
        #expect(result.status == 2)
        #expect(result.stderr.contains("line-aligned"))
    }
}
