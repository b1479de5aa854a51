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

    /// CSV keeps at most ten context pairs per entry; what it leaves out is said on standard error.
    @Test func csvExportSaysHowManyContextsItLeftOut() throws {
        let contexts = (1...12).map { "{\"de\": \"Satz \($0).\", \"en\": \"Sentence \($0).\"}" }.joined(separator: ", ")
        let input = try CLI.temporaryFile(Array("{\"german\": \"Kopf\", \"english\": \"head\", \"contexts\": [\(contexts)]}\n".utf8), name: "wide.jsonl")
        let csv = try CLI.run(["glossary", "export", "--no-default-glossary", "--format", "csv", input])
        #expect(csv.status == 0)
        #expect(csv.stderr == "bitext: csv keeps at most 10 context pairs per entry: 2 pairs of 1 entry left out (tsv and jsonl keep all)\n")
        #expect(csv.stdout.contains("Satz 10.") && !csv.stdout.contains("Satz 11."))
        let tsv = try CLI.run(["glossary", "export", "--no-default-glossary", "--format", "tsv", input])
        #expect(tsv.stderr.isEmpty && tsv.stdout.contains("Satz 12."))
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
