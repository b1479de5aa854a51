import Foundation
import Testing

/// `bitext stage …` one stage at a time over shards of our fixture collection (Tests/BitextKitTests/
/// Fixtures/pairing plus examples/, with articles on both sides that have no partner) writes the
/// same output folder as one `bitext run`.
@Suite struct StageCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/BitextKitTests/Fixtures/pairing")
    static let knowledge = ["--no-default-lexicon", "--no-default-glossary", "--lexicon", fixtures.appendingPathComponent("lexicon.tsv").path]

    /// A corpus of the fixture and example articles, both sides in one folder each.
    static func corpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-stage-\(UUID().uuidString)")
        for (side, sources) in [("de", ["Tests/BitextKitTests/Fixtures/pairing/de", "examples/de"]),
                                ("en", ["Tests/BitextKitTests/Fixtures/pairing/en", "examples/en"])] {
            let target = folder.appendingPathComponent(side)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for source in sources {
                for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(source).path) {
                    try FileManager.default.copyItem(at: root.appendingPathComponent(source).appendingPathComponent(name),
                                                     to: target.appendingPathComponent(name))
                }
            }
        }
        return folder
    }

    func stage(_ arguments: [String], work: URL, shards: Int) throws {
        let result = try CLI.run(["stage"] + arguments + ["-w", work.path, "--shards", String(shards), "--quiet"] + Self.knowledge)
        #expect(result.status == 0, "stage \(arguments.joined(separator: " ")): \(result.stderr)")
    }

    /// Every file below `folder`, relative.
    static func files(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    @Test(arguments: [1, 2, 3])
    func stagesOverShardsWriteWhatOneRunWrites(shards: Int) throws {
        let corpus = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let work = corpus.appendingPathComponent("work"), staged = corpus.appendingPathComponent("staged"), whole = corpus.appendingPathComponent("run")
        let date = ["--creation-date", "20260101T000000Z"]
        for shard in 0..<shards {
            for side in ["de", "en"] {
                try stage(["prepare", "--side", side, "--shard", String(shard), corpus.appendingPathComponent(side).path], work: work, shards: shards)
            }
        }
        try stage(["pair"], work: work, shards: shards)
        for shard in 0..<shards { try stage(["align", "--shard", String(shard)] + date, work: work, shards: shards) }
        try stage(["vocabulary"], work: work, shards: shards)
        for shard in 0..<shards { try stage(["glossary-counts", "--shard", String(shard)], work: work, shards: shards) }
        try stage(["glossary"], work: work, shards: shards)
        try stage(["merge", "-o", staged.path] + date, work: work, shards: shards)
        let run = try CLI.run(["run", corpus.appendingPathComponent("de").path, corpus.appendingPathComponent("en").path, "-o", whole.path, "--quiet"]
                              + Self.knowledge + date)
        #expect(run.status == 0, "\(run.stderr)")
        let files = Self.files(whole)
        #expect(files.contains("index.html") && files.contains { $0.hasPrefix("qa/") } && files.contains { $0.hasPrefix("alignments/") })
        #expect(Self.files(staged) == files)
        for file in files {
            #expect(FileManager.default.contentsEqual(atPath: whole.appendingPathComponent(file).path, andPath: staged.appendingPathComponent(file).path),
                    "\(file) differs")
        }
        let pairs = try String(contentsOf: whole.appendingPathComponent("pairs.tsv"), encoding: .utf8)
        // The fixture lexicon pairs the two fixture translations; the other articles stay unpaired.
        #expect(pairs.split(separator: "\n").count == 3, "two pairs expected: \(pairs)")
    }

    @Test func aStageWithoutItsInputFailsWithOneLine() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-stage-\(UUID().uuidString)")
        let result = try CLI.run(["stage", "pair", "-w", work.path, "--shards", "2", "--quiet"] + Self.knowledge)
        #expect(result.status != 0)
        #expect(result.stderr.contains("summary.json: no such file"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
