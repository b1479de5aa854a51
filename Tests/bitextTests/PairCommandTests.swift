import Foundation
import Testing

@Suite struct PairCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BitextKitTests/Fixtures/pairing")
    static let lexicon = ["--no-default-lexicon", "--lexicon", fixtures.appendingPathComponent("lexicon.tsv").path]

    /// A German folder holding the fixture's German articles plus an English article, a binary file
    /// and an empty file.
    static func messyGermanFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-pair-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["brueckenbau.txt", "hafenstreik.txt"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("de/\(name)"), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("en/volcano.txt"), to: folder.appendingPathComponent("english.txt"))
        try Data([0x47, 0x49, 0x46, 0x00, 0x01]).write(to: folder.appendingPathComponent("image.gif"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        return folder.path
    }

    @Test func badArticlesAreReportedAndTheRestPaired() throws {
        let german = try Self.messyGermanFolder()
        let result = try CLI.run(["pair"] + Self.lexicon + [german, Self.fixtures.appendingPathComponent("en").path])
        #expect(result.status == 0)
        let pairs = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).map { URL(fileURLWithPath: String($0)).lastPathComponent } }
        #expect(pairs.sorted { $0[0] < $1[0] } == [["brueckenbau.txt", "bridge.txt"], ["hafenstreik.txt", "port-strike.txt"]])
        #expect(result.stderr.contains("english.txt: written in en, not de"))
        #expect(result.stderr.contains("image.gif:1:4: binary data"))
        #expect(result.stderr.contains("empty.txt: empty file"))
    }

    /// `--langs en,de` names the inputs' order only: the same pairs, scores and unpaired articles as
    /// `de,en` with the folders the other way round, German column first.
    @Test(arguments: ["tsv", "jsonl"]) func englishFirstIsTheSameJob(format: String) throws {
        let german = Self.fixtures.appendingPathComponent("de").path, english = Self.fixtures.appendingPathComponent("en").path
        let germanFirst = try CLI.run(["pair", "--format", format] + Self.lexicon + [german, english])
        let englishFirst = try CLI.run(["pair", "--format", format, "--langs", "en,de"] + Self.lexicon + [english, german])
        #expect(germanFirst.status == 0 && englishFirst.status == 0)
        #expect(!germanFirst.stdout.isEmpty)
        #expect(englishFirst.stdout == germanFirst.stdout)
        #expect(englishFirst.stderr == germanFirst.stderr)
    }

    @Test func emptyFolderIsSaidAndTheOtherSideListedUnpaired() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try CLI.run(["pair"] + Self.lexicon + [empty.path, Self.fixtures.appendingPathComponent("en").path])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(result.stderr.contains("\(empty.path): no articles to pair"))
        #expect(result.stderr.contains("unpaired english article"))
    }
}
