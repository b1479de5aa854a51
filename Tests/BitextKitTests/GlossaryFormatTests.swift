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
