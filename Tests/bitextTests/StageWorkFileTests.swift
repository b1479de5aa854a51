import Foundation
import Testing

/// `bitext stage …` against damaged or tampered work folders: every case is bad input (exit 2, one
/// line naming the work file and its line:column, no output left behind), never a trap, a silent
/// success or a file read or written outside the work and output folders.
@Suite struct StageWorkFileTests {
    /// A work folder of the pairing fixture (3 German, 3 English articles, 2 pairs) through the
    /// glossary stage, made once (and left in the temporary folder, a few hundred KB): each case
    /// edits a copy of it.
    static let prepared = Result { () throws -> URL in
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-stage-work-\(UUID().uuidString)")
        for side in ["de", "en"] {
            try stage(["prepare", "--side", side, "--shard", "0", StageCommandTests.fixtures.appendingPathComponent(side).path], work: work)
        }
        for arguments in [["pair"], ["align", "--shard", "0"], ["vocabulary"], ["glossary-counts", "--shard", "0"], ["glossary"]] {
            try stage(arguments, work: work)
        }
        return work
    }

    static func run(_ arguments: [String], work: URL, shards: Int = 1, knowledge: [String] = StageCommandTests.knowledge) throws -> CLI.Result {
        try CLI.run(["stage"] + arguments + ["-w", work.path, "--shards", String(shards), "--quiet"] + knowledge)
    }

    static func stage(_ arguments: [String], work: URL) throws {
        let result = try run(arguments, work: work)
        guard result.status == 0 else { throw SetupError(description: "stage \(arguments.joined(separator: " ")): \(result.stderr)") }
    }

    struct SetupError: Error, CustomStringConvertible {
        let description: String
    }

    /// A damaged work folder and the stage that must refuse it.
    struct Case: Sendable, CustomTestStringConvertible {
        let testDescription: String
        /// Damages the work folder.
        let damage: @Sendable (_ work: URL) throws -> Void
        let arguments: [String]
        var shards = 1
        /// Whether the stage can see the damage before it loads the lexicon (the pair stage reads
        /// the keys while it pairs, with the lexicon loaded).
        var checkedBeforeLexicon = true
        /// The message's start: the work file relative to the work folder, its line:column and why.
        let expected: String
    }

    static func edit(_ work: URL, _ file: String, _ change: (String) -> String) throws {
        let url = work.appendingPathComponent(file)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    static let merge = ["merge", "-o", "OUT"]

    static let cases: [Case] = [
        // Path traversal: names read from work files become paths.
        Case(testDescription: "align: a pair's base outside the work folder",
             damage: { try edit($0, "pair/de-0000.pairs.jsonl") { $0.replacingOccurrences(of: #""base":"alignments/"#, with: #""base":"../../../escaped-"#) } },
             arguments: ["align", "--shard", "0"],
             expected: #"pair/de-0000.pairs.jsonl:1:1: field "base" is not a file name inside the work folder: a ".." path component"#),
        Case(testDescription: "merge: a listed file outside the work folder",
             damage: { try edit($0, "align/de-0000.files.txt") { "../../../secret.txt\n" + $0 } },
             arguments: merge, expected: #"align/de-0000.files.txt:1:1: not a file name inside the work folder: a ".." path component"#),
        Case(testDescription: "merge: an absolute listed file",
             damage: { try edit($0, "align/de-0000.files.txt") { $0 + "/etc/hostname\n" } },
             arguments: merge, expected: "align/de-0000.files.txt:11:1: not a file name inside the work folder: an absolute path"),
        Case(testDescription: "merge: a listed file climbing out halfway",
             damage: { try edit($0, "align/de-0000.files.txt") { "qa/../../../secret.txt\n" + $0 } },
             arguments: merge, expected: #"align/de-0000.files.txt:1:4: not a file name inside the work folder: a ".." path component"#),
        Case(testDescription: "merge: an empty listed file name",
             damage: { try edit($0, "align/de-0000.files.txt") { "\n" + $0 } },
             arguments: merge, expected: "align/de-0000.files.txt:1:1: not a file name inside the work folder: an empty name"),
        Case(testDescription: "merge: a listed file replaced by a link to a file outside",
             damage: { work in
                 let list = try String(contentsOf: work.appendingPathComponent("align/de-0000.files.txt"), encoding: .utf8)
                 let file = work.appendingPathComponent("align/de-0000.files/" + String(list.split(separator: "\n")[0]))
                 try FileManager.default.removeItem(at: file)
                 try FileManager.default.createSymbolicLink(at: file, withDestinationURL: work.deletingLastPathComponent().appendingPathComponent("secret.txt"))
             },
             arguments: merge, expected: "align/de-0000.files.txt:1:1: names a file merge does not copy: "),
        // What trapped before.
        Case(testDescription: "pair: keys listed twice",
             damage: { try edit($0, "prepare/de-0000.keys.jsonl") { $0 + $0 } },
             arguments: ["pair"], checkedBeforeLexicon: false, expected: "prepare/de-0000.keys.jsonl:4:1: more keys than the 3 article(s) of the shard's summary"),
        Case(testDescription: "align: no German articles",
             damage: { try edit($0, "prepare/de-0000.articles.jsonl") { _ in "" } },
             arguments: ["align", "--shard", "0"], expected: "prepare/de-0000.articles.jsonl:1:1: 0 article(s), but the pair stage counted 3"),
        Case(testDescription: "align: German articles listed twice",
             damage: { try edit($0, "prepare/de-0000.articles.jsonl") { $0 + $0 } },
             arguments: ["align", "--shard", "0"], expected: "prepare/de-0000.articles.jsonl:4:1: 6 article(s), but the pair stage counted 3"),
        Case(testDescription: "align: an English article missing",
             damage: { try edit($0, "prepare/en-0000.articles.jsonl") { String($0.split(separator: "\n")[0]) + "\n" } },
             arguments: ["align", "--shard", "0"], expected: "prepare/en-0000.articles.jsonl:2:1: 1 article(s), but the pair stage counted 3"),
        Case(testDescription: "merge: TMX units of a pair that does not exist",
             damage: { try edit($0, "align/de-0000.units.jsonl") { $0.replacingOccurrences(of: #""index":0"#, with: #""index":999999999"#) } },
             arguments: merge, expected: "align/de-0000.units.jsonl:1:1: pair 999999999 is not among this shard's pairs"),
        Case(testDescription: "pair: a shard prepared for another shard count",
             damage: { try edit($0, "prepare/de-0000.summary.json") { $0.replacingOccurrences(of: #""shards":1"#, with: #""shards":1000000000"#) } },
             arguments: ["pair"], expected: "prepare/de-0000.summary.json:1:1: made for de shard 0 of 1000000000, not de shard 0 of 1"),
        // Inconsistencies that passed with exit 0.
        Case(testDescription: "pair: no keys for the articles of the summary",
             damage: { try edit($0, "prepare/de-0000.keys.jsonl") { _ in "" } },
             arguments: ["pair"], checkedBeforeLexicon: false, expected: "prepare/de-0000.keys.jsonl:1:1: keys of 0 article(s), but the shard's summary names 3"),
        Case(testDescription: "align: a pair listed twice",
             damage: { try edit($0, "pair/de-0000.pairs.jsonl") { $0 + $0 } },
             arguments: ["align", "--shard", "0"], expected: "pair/de-0000.pairs.jsonl:3:1: pair 0 again (first on line 1)"),
        Case(testDescription: "merge: no TMX units",
             damage: { try edit($0, "align/de-0000.units.jsonl") { _ in "" } },
             arguments: merge, expected: "pair/de-0000.pairs.jsonl:1:1: pair 0 has no TMX units in "),
        Case(testDescription: "align: more shards than the work folder was made with",
             damage: { _ in }, arguments: ["align", "--shard", "0"], shards: 3, expected: "pair/summary.json:1:1: made for 1 shard(s), not 3"),
        // Messages in words, blaming the right file.
        Case(testDescription: "merge: a glossary that is no JSON",
             damage: { try Data("x".utf8).write(to: $0.appendingPathComponent("glossary.json")) },
             arguments: merge, expected: "glossary.json:1:1: not a stage file of this bitext: not valid JSON"),
        Case(testDescription: "merge: a record without a field",
             damage: { try edit($0, "align/de-0000.units.jsonl") { $0.replacingOccurrences(of: #""units":"#, with: #""unitz":"#) } },
             arguments: merge, expected: #"align/de-0000.units.jsonl:1:1: not a stage record of this bitext: missing field "units""#),
    ]

    @Test(arguments: cases)
    func aDamagedWorkFolderIsBadInput(_ damaged: Case) throws {
        try check(damaged)
    }

    /// The default lexicon takes seconds to load: a stage checks the work files it can first, so
    /// with a lexicon that does not exist the damaged work file is still what it reports.
    @Test(arguments: cases.filter(\.checkedBeforeLexicon))
    func aDamagedWorkFolderIsReportedBeforeTheLexiconLoads(_ damaged: Case) throws {
        try check(damaged, knowledge: ["--no-default-lexicon", "--no-default-glossary", "--lexicon", "/nonexistent/bitext-lexicon.tsv"])
    }

    private func check(_ damaged: Case, knowledge: [String] = StageCommandTests.knowledge) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-stage-damaged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let work = scratch.appendingPathComponent("work"), output = scratch.appendingPathComponent("out/a/b/merged")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try Self.prepared.get(), to: work)
        try Data("secret\n".utf8).write(to: scratch.appendingPathComponent("secret.txt"))
        try damaged.damage(work)
        let before = StageCommandTests.files(scratch)
        let result = try Self.run(damaged.arguments.map { $0 == "OUT" ? output.path : $0 }, work: work, shards: damaged.shards, knowledge: knowledge)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: \(work.path)/\(damaged.expected)"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        // Nothing written: no output folder, no partial one, no escaped file.
        #expect(StageCommandTests.files(scratch) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path).isEmpty)
    }
}
