import Foundation
import Testing
@testable import BitextKit

/// Regression tests for inputs that used to trap or race: each named for the defect it pins down.
@Suite struct HostileInputTests {
    /// A FreeDict index field of more digits than an `Int` holds used to overflow (a trap).
    @Test(arguments: ["///////////", "BAAAAAAAAAAAAAAAAAAA", String(repeating: "z", count: 64)])
    func freeDictNumberTooLongIsRefused(_ digits: String) {
        #expect(FreeDictReader.base64(ArraySlice(Array(digits.utf8))) == nil)
    }

    @Test func freeDictNumberOfTenDigitsIsRead() {
        #expect(FreeDictReader.base64(ArraySlice(Array("BAAAAAAAAA".utf8))) == 1 << 54)
    }

    /// A "word" over 64 KB in a dictionary used to trap in the lexicon cache's 16-bit lengths.
    @Test func lexiconWithAWordOver64KBRoundTrips() throws {
        let long = String(repeating: "x", count: 70_000)
        let builder = try LexiconBuilder(source: .de, target: .en)
        builder.add(german: "Wort", other: long)
        builder.add(german: "Botschaft", other: "embassy")
        let lexicon = builder.finish()
        #expect(lexicon.targetStems.contains { $0.utf8.count >= 70_000 })
        let copy = try #require(Lexicon.deserialized(lexicon.serialized()))
        #expect(copy.targetStems == lexicon.targetStems)
    }

    /// Every slot is written by its own worker and read back in order, whatever the job count.
    @Test(arguments: [1, 2, 7])
    func parallelSlotsHoldEveryWorkersResult(jobs: Int) {
        let count = 1_000
        let filled = ParallelSlots<String>.fill(count: count, jobs: jobs) { _, indices, slots in
            for index in indices { slots[index] = String(index * 3) }
        }
        #expect(filled == (0..<count).map { String($0 * 3) })
        // Groups of uneven sizes (1 to 7 slots), taken in turn by `jobs` workers: every slot once.
        var groups: [[Int]] = []
        var start = 0
        while start < count {
            let end = min(count, start + 1 + groups.count % 7)
            groups.append(Array(start..<end))
            start = end
        }
        let grouped = ParallelSlots<Int>.fill(count: count, groups: groups, workers: jobs) { next, slots in
            while let group = next() {
                for index in group { slots[index] = index }
            }
        }
        #expect(grouped == (0..<count).map { $0 })
    }

    /// The public entry points take validated text; a `TextFile` cannot hold invalid UTF-8.
    @Test func publicEntryPointsTakeValidatedText() throws {
        #expect(throws: InputError.self) { try TextFile(name: "t", bytes: [0x41, 0xC3]) }
        let text = try TextFile(name: "t", string: "Er kam am 3. Mai. Sie ging.")
        let splitter = try SentenceSplitter(language: .de)
        let spans = try splitter.split(text)
        #expect(spans.map { String(decoding: text.bytes[$0.bytes], as: UTF8.self) } == ["Er kam am 3. Mai.", "Sie ging."])
        #expect(try WordTokenizer(language: .de).tokenize(text).count == 10)
    }

    @Test func resourceBundleIsFoundWithoutBundleModule() throws {
        let root = try ResourceBundle.root.get()
        #expect(try ResourceBundle.url("abbreviations", ext: "txt", subdirectory: "LanguageData/de") != nil)
        #expect(try ResourceBundle.url("no-such-list", ext: "txt", subdirectory: "LanguageData/de") == nil)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Glossaries").path))
    }
}

/// Inputs the fuzzers (`scripts/fuzz.sh`, `eval/mutation_fuzz.py`) found crashing a reader, kept as
/// regression tests: each must now be refused with an `InputError` (a `file:line:col` message).
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-crashes")

    static var crashes: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: crashes)
    func crashInputIsRefusedWithAPosition(_ name: String) throws {
        let error = try #require(throws: InputError.self) { try CuratedGlossary.load(path: Self.folder.appendingPathComponent(name).path) }
        #expect(error.description.contains(":"))
    }

    @Test func deeplyNestedXMLIsRefusedNotAStackOverflow() throws {
        let depth = 100_000
        let xml = "<?xml version=\"1.0\"?>\n" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(throws: InputError.self) { try GlossaryFormat.tmx.read(TextFile(name: "deep.tmx", string: xml)) }
    }
}
