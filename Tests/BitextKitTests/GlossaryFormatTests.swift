import Foundation
import Testing
@testable import BitextKit

/// Writers against golden files, lossless round trips, and schema validation of the XML formats.
@Suite struct GlossaryFormatTests {
    /// Golden file name per format.
    static let goldenNames: [GlossaryFormat: String] = [
        .tsv: "sample.tsv", .omegat: "sample.omegat.txt", .csv: "sample.csv", .jsonl: "sample.jsonl",
        .tmx: "sample.tmx", .tbx: "sample.tbx", .tbx2: "sample.tbx2.tbx",
    ]

    /// The formats that carry every field.
    static let lossless: [GlossaryFormat] = [.tsv, .csv, .jsonl, .tmx, .tbx, .tbx2]

    @Test(arguments: GlossaryFormat.allCases)
    func writerMatchesItsGoldenFile(_ format: GlossaryFormat) throws {
        let bytes = format.write(GlossaryFixtures.sample)
        let name = try #require(Self.goldenNames[format])
        #expect(try GlossaryFixtures.matchesGolden(bytes, name), "\(name) differs; BITEXT_RECORD_GOLDEN=1 rewrites it")
    }

    @Test(arguments: lossless)
    func exportImportExportIsLossless(_ format: GlossaryFormat) throws {
        let first = format.write(GlossaryFixtures.sample)
        let read = try format.read(GlossaryFixtures.file(first))
        #expect(read == GlossaryFixtures.sample)
        #expect(format.write(read) == first)
    }

    @Test(arguments: TMXDirection.allCases)
    func omegaTKeepsTermsAndComment(_ direction: TMXDirection) throws {
        let bytes = GlossaryFormat.omegat.write(GlossaryFixtures.sample, direction: direction)
        let read = try GlossaryFormat.omegat.read(GlossaryFixtures.file(bytes), direction: direction)
        // OmegaT reads lines starting with "#" as comments: an entry whose source term starts so
        // cannot survive this format.
        let expected = GlossaryFixtures.sample.entries.filter { !(direction == .deEn ? $0.german : $0.english).hasPrefix("#") }
        #expect(read.entries.map(\.german) == expected.map(\.german))
        #expect(read.entries.map(\.english) == expected.map(\.english))
        #expect(read.entries[1].note == "noun")
        #expect(read.entries[2].note == "tab here, comma, \"quotes\" and a second line")
    }

    @Test(arguments: [(TMXDirection.enDe, "en", "embassy\tBotschaft\t"), (.deEn, "de", "Botschaft\tembassy\t")])
    func directionSetsTheSourceLanguageOfTheCATFormats(_ direction: TMXDirection, _ source: String, _ omegaTLine: String) throws {
        let omegaT = String(decoding: GlossaryFormat.omegat.write(GlossaryFixtures.sample, direction: direction), as: UTF8.self)
        #expect(omegaT.hasPrefix(omegaTLine))
        let tmx = String(decoding: GlossaryFormat.tmx.write(GlossaryFixtures.sample, direction: direction), as: UTF8.self)
        #expect(tmx.contains("srclang=\"\(source)\""))
        let firstTUV = try #require(tmx.range(of: "<tuv xml:lang=\""))
        #expect(tmx[firstTUV.upperBound...].hasPrefix(source))
        #expect(try GlossaryFormat.tmx.read(GlossaryFixtures.file(Array(tmx.utf8))) == GlossaryFixtures.sample)
    }

    @Test(arguments: [GlossaryFormat.tmx, .tbx, .tbx2])
    func xmlWritersNeverWriteForbiddenCharacters(_ format: GlossaryFormat) throws {
        let text = String(decoding: format.write(GlossaryFixtures.withControlCharacters), as: UTF8.self)
        #expect(!text.unicodeScalars.contains { !XMLEscaper.isAllowed($0) })
        let read = try format.read(GlossaryFixtures.file(Array(text.utf8)))
        #expect(read.entries.first?.german == "Botschaft")
        #expect(read.entries.first?.english == "embassy")
    }

    /// bitext refuses NUL, DEL and the other C0 controls but tab, LF, FF and CR as binary data, so its
    /// writers must not write them raw: TSV and JSONL escape them (lossless), CSV and OmegaT write U+FFFD.
    @Test(arguments: GlossaryFormat.allCases)
    func whatIsWrittenWithControlCharactersReadsBack(_ format: GlossaryFormat) throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(german: "B\u{0}ot\u{1}", english: "em\u{7F}bassy\u{1F}", domain: "\u{C}x\u{B}", note: "\\x01 \u{1B}[0m\t\u{85}"),
        ])
        let bytes = format.write(glossary)
        let read = try format.read(GlossaryFixtures.file(bytes))
        let entry = try #require(read.entries.first)
        switch format {
        case .tsv, .jsonl:
            #expect(read == glossary)
            #expect(format.write(read) == bytes)
        case .csv, .omegat:
            #expect(entry.german == "B\u{FFFD}ot\u{FFFD}" && entry.english == "em\u{FFFD}bassy\u{FFFD}")
        case .tmx, .tbx, .tbx2:
            #expect(entry.german == "Bot")
        }
    }

    /// A TSV backslash followed by x stays as it was read before `\xHH` escapes: only the controls the
    /// writer escapes are decoded.
    @Test func tsvDecodesOnlyTheHexEscapesItWrites() throws {
        let read = try GlossaryFormat.tsv.read(GlossaryFixtures.file("Bot\\x41\\x7F\\x7\tembassy\\x1f\n"))
        #expect(read.entries.map(\.german) == ["Botx41\u{7F}x7"])
        #expect(read.entries.map(\.english) == ["embassy\u{1F}"])
    }

    /// One entry with many contexts and many without: CSV pads every row to the widest entry, so it
    /// keeps at most `maximumContexts` per entry (the rest counted for a warning) and its size stays
    /// linear; TSV and JSONL keep them all, also linear.
    @Test func oneEntryWithManyContextsDoesNotWidenEveryRow() throws {
        let many = 2_000
        var entries = [GlossaryEntry(german: "Kopf", english: "head")]
        entries[0].contexts = (0..<many).map { SentencePair(german: "Satz \($0).", english: "Sentence \($0).") }
        entries += (0..<many).map { GlossaryEntry(german: "W\($0)", english: "w\($0)") }
        let glossary = Glossary(entries: entries)
        let csv = GlossaryFormat.csv.write(glossary)
        #expect(csv.count < 150_000)
        let read = try GlossaryFormat.csv.read(GlossaryFixtures.file(csv))
        #expect(read.entries.count == many + 1 && read.entries[0].contexts == Array(entries[0].contexts.prefix(GlossaryCSV.maximumContexts)))
        #expect(GlossaryCSV.contextsLeftOut(glossary) == (many - GlossaryCSV.maximumContexts, 1))
        #expect(GlossaryCSV.contextsLeftOut(GlossaryFixtures.sample) == (0, 0))
        for format in [GlossaryFormat.tsv, .jsonl] {
            let bytes = format.write(glossary)
            #expect(bytes.count < 250_000)
            #expect(try format.read(GlossaryFixtures.file(bytes)) == glossary)
        }
    }

    /// The CSV reader maps header names through a dictionary; a header naming many context columns in
    /// any order reads.
    @Test func csvWithAWideShuffledHeaderReads() throws {
        let pairs = 5_000
        let names = GlossaryTable.fixedColumns.reversed() + (1...pairs).reversed().flatMap { ["context_en_\($0)", "context_de_\($0)"] }
        let fixed = GlossaryTable.fixedColumns.reversed().map { ["german": "Botschaft", "english": "embassy"][$0] ?? "" }
        let row = fixed + (1...pairs).reversed().flatMap { $0 == pairs ? ["last", "letzter"] : ["", ""] }
        let text = names.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
        let read = try GlossaryFormat.csv.read(GlossaryFixtures.file(text))
        #expect(read.entries.map(\.contexts) == [[SentencePair(german: "letzter", english: "last")]])
    }

    @Test func curatedGlossaryLoadsFromTheBundle() throws {
        let glossary = try CuratedGlossary.loadDefault()
        #expect((150...300).contains(glossary.count))
        #expect(glossary.entries.contains { $0.german == "Botschaft" && $0.english == "embassy" })
        #expect(Set(glossary.entries.map(\.pairKey)).count == glossary.count, "duplicate pairs in the curated glossary")
    }

    @Test func laterGlossariesDoNotOverrideEarlierOnes() {
        let first = Glossary(entries: [GlossaryEntry(german: "Botschaft", english: "embassy", note: "curated")])
        let second = Glossary(entries: [GlossaryEntry(german: "botschaft", english: "Embassy", note: "other"), GlossaryEntry(german: "Genf", english: "Geneva")])
        let merged = first.adding(second)
        #expect(merged.entries.map(\.note) == ["curated", ""])
    }

    @Test func formatIsDetectedFromExtensionThenContent() {
        #expect(GlossaryFormat.detect(path: "x.tmx", bytes: []) == .tmx)
        #expect(GlossaryFormat.detect(path: "x.tbx", bytes: Array("<?xml version=\"1.0\"?>\n<martif type=\"TBX\">".utf8)) == .tbx2)
        #expect(GlossaryFormat.detect(path: "x.tbx", bytes: Array("<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\">".utf8)) == .tbx)
        #expect(GlossaryFormat.detect(path: "x", bytes: Array("{\"german\":\"a\"}".utf8)) == .jsonl)
    }
}

/// xmllint against the TMX 1.4 DTD and the TBX-Basic RelaxNG schemas in ../shared/formats.
/// Skipped (and reported as skipped) when xmllint or the schema files are not installed.
@Suite(.enabled(if: GlossaryFixtures.canValidate, "xmllint or ../shared/formats not available"))
struct GlossarySchemaValidationTests {
    static let glossaries: [(String, Glossary)] = [
        ("sample", GlossaryFixtures.sample), ("control characters", GlossaryFixtures.withControlCharacters), ("empty", Glossary()),
    ]

    @Test(arguments: [0, 1, 2])
    func tmxIsValidAgainstTheTMX14DTD(_ index: Int) throws {
        let dtd = GlossaryFixtures.formats.appendingPathComponent("tmx14.dtd").path
        let bytes = GlossaryFormat.tmx.write(Self.glossaries[index].1)
        let (status, messages) = try GlossaryFixtures.xmllint(["--dtdvalid", dtd], bytes, suffix: "tmx")
        #expect(status == 0, "\(Self.glossaries[index].0): \(messages)")
    }

    @Test(arguments: ["TBXcoreStructV03.rng", "TBXcoreStructV03_TBX-Basic_integrated.rng"], [0, 1])
    func tbxIsValidAgainstTheTBXBasicSchemas(_ schema: String, _ index: Int) throws {
        let rng = GlossaryFixtures.formats.appendingPathComponent("tbx-basic/\(schema)").path
        let bytes = GlossaryFormat.tbx.write(Self.glossaries[index].1)
        let (status, messages) = try GlossaryFixtures.xmllint(["--relaxng", rng], bytes, suffix: "tbx")
        #expect(status == 0, "\(Self.glossaries[index].0) against \(schema): \(messages)")
    }

    @Test func theCuratedGlossaryExportsValidTMXAndTBX() throws {
        let glossary = try CuratedGlossary.loadDefault()
        let dtd = GlossaryFixtures.formats.appendingPathComponent("tmx14.dtd").path
        let rng = GlossaryFixtures.formats.appendingPathComponent("tbx-basic/TBXcoreStructV03_TBX-Basic_integrated.rng").path
        #expect(try GlossaryFixtures.xmllint(["--dtdvalid", dtd], GlossaryFormat.tmx.write(glossary), suffix: "tmx").0 == 0)
        #expect(try GlossaryFixtures.xmllint(["--relaxng", rng], GlossaryFormat.tbx.write(glossary), suffix: "tbx").0 == 0)
    }
}
