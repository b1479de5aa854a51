import Foundation
import Testing

/// `bitext run` on our own fixture collection (Tests/BitextKitTests/Fixtures/pairing).
@Suite struct RunCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("BitextKitTests/Fixtures/pairing")

    func run(_ extra: [String], output: String) throws -> CLI.Result {
        try CLI.run(["run", Self.fixtures.appendingPathComponent("de").path, Self.fixtures.appendingPathComponent("en").path,
                     "-o", output, "--no-default-lexicon", "--no-default-glossary", "--lexicon", Self.fixtures.appendingPathComponent("lexicon.tsv").path,
                     "--quiet", "--creation-date", "20260101T000000Z"] + extra)
    }

    func temporaryOutput() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("bitext-run-\(UUID().uuidString)").path
    }

    @Test func writesPairsAlignmentsMergedTMXAndIndex() throws {
        let output = temporaryOutput()
        let result = try run([], output: output)
        #expect(result.status == 0, "\(result.stderr)")
        let pairs = try String(contentsOfFile: output + "/pairs.tsv", encoding: .utf8)
        #expect(pairs.split(separator: "\n").count == 3)
        for file in ["aligned.tmx", "index.html", "glossary.tbx", "glossary.tmx", "glossary.tsv",
                     "alignments/brueckenbau__bridge.tmx", "alignments/brueckenbau__bridge.ladder"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + file), "\(file) missing")
        }
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("orchester") && index.contains("volcano"))
    }

    /// Comparable matches are no translations: they go to comparable.tmx (marked), never into aligned.tmx
    /// or a pair's TMX unless asked; the memories are oriented by --direction.
    @Test func comparableMatchesStayOutOfTheTranslationMemories() throws {
        let output = temporaryOutput()
        let result = try run(["--mode", "comparable", "--direction", "de-en"], output: output)
        #expect(result.status == 0, "\(result.stderr)")
        let aligned = try String(contentsOfFile: output + "/aligned.tmx", encoding: .utf8)
        let comparable = try String(contentsOfFile: output + "/comparable.tmx", encoding: .utf8)
        #expect(!aligned.contains("<tu>"))
        #expect(comparable.contains("<tu>") && comparable.contains("<prop type=\"x-relation\">comparable</prop>"))
        #expect(comparable.contains("srclang=\"de\""))
        #expect(!FileManager.default.fileExists(atPath: output + "/alignments/brueckenbau__bridge.tmx"))
        #expect(FileManager.default.fileExists(atPath: output + "/alignments/brueckenbau__bridge.ladder"))

        let asked = temporaryOutput()
        _ = try run(["--mode", "comparable", "--comparable-tm"], output: asked)
        let both = try String(contentsOfFile: asked + "/aligned.tmx", encoding: .utf8)
        #expect(both.contains("x-relation") && both.contains("srclang=\"en\""))
        #expect(FileManager.default.fileExists(atPath: asked + "/alignments/brueckenbau__bridge.tmx"))
    }

    /// The fixture collection copied, with `extra` files (by name: what to make) beside the German articles.
    func collection(german extra: [String: (String) throws -> Void] = [:], renaming: [String: String] = [:]) throws -> (de: String, en: String) {
        let root = temporaryOutput()
        for side in ["de", "en"] {
            try FileManager.default.createDirectory(atPath: root + "/" + side, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent(side).path) {
                try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(side + "/" + name).path,
                                                 toPath: root + "/" + side + "/" + (renaming[name] ?? name))
            }
        }
        for (name, make) in extra { try make(root + "/de/" + name) }
        return (root + "/de", root + "/en")
    }

    /// A named pipe in a folder made the run wait forever, a link to /dev/zero read without end: what is
    /// no regular file is skipped and said, like a binary file.
    @Test func pipesAndDevicesInAFolderAreSkipped() throws {
        let sides = try collection(german: [
            "pipe.txt": { #expect(mkfifo($0, 0o600) == 0) },
            "zero.txt": { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/dev/zero") },
        ])
        let output = temporaryOutput()
        let result = try CLI.run(["run", sides.de, sides.en, "-o", output, "--no-default-lexicon", "--no-default-glossary",
                                  "--lexicon", Self.fixtures.appendingPathComponent("lexicon.tsv").path, "--quiet"], deadline: 120)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("skipped \(sides.de)/pipe.txt: is a named pipe, not a regular file"))
        #expect(result.stderr.contains("skipped \(sides.de)/zero.txt: is a device, not a regular file"))
        #expect(try String(contentsOfFile: output + "/pairs.tsv", encoding: .utf8).split(separator: "\n").count == 3)
    }

    /// File names may hold tabs and line breaks; pairs.tsv escapes them as the glossary TSV does, so
    /// every pair stays one row of five fields.
    @Test func pairsTSVEscapesFileNames() throws {
        let sides = try collection(renaming: ["brueckenbau.txt": "brücken\tbau\nneu.txt"])
        let output = temporaryOutput()
        let result = try CLI.run(["run", sides.de, sides.en, "-o", output, "--no-default-lexicon", "--no-default-glossary",
                                  "--lexicon", Self.fixtures.appendingPathComponent("lexicon.tsv").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: output + "/pairs.tsv", encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 3 && rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
        #expect(rows.contains { $0.hasPrefix("\(sides.de)/brücken\\tbau\\nneu.txt\t") })
    }

    @Test func refusesAnExistingOutputFolderUnlessForced() throws {
        let output = temporaryOutput()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let refused = try run([], output: output)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists"))
        let forced = try run(["--force"], output: output)
        #expect(forced.status == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func sameBytesWhateverTheJobCount() throws {
        let one = temporaryOutput(), two = temporaryOutput()
        _ = try run(["--jobs", "1"], output: one)
        _ = try run(["--jobs", "2"], output: two)
        for file in ["pairs.tsv", "aligned.tmx", "glossary.tbx", "glossary.tmx", "glossary.tsv", "index.html"] {
            #expect(FileManager.default.contentsEqual(atPath: one + "/" + file, andPath: two + "/" + file), "\(file) differs")
        }
    }

    /// The TMX 1.4 DTD is not ours to ship; it is read from the shared folder beside the repository.
    static let dtd = fixtures.appendingPathComponent("../../../../shared/formats/tmx14.dtd").standardizedFileURL.path
    static let canValidate = FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") && FileManager.default.fileExists(atPath: dtd)

    @Test(.enabled(if: canValidate, "needs xmllint and ../shared/formats/tmx14.dtd"))
    func tmxFilesValidateAgainstTheDTD() throws {
        let output = temporaryOutput()
        _ = try run([], output: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--nonet", "--dtdvalid", Self.dtd, output + "/aligned.tmx", output + "/glossary.tmx",
                             output + "/comparable.tmx", output + "/alignments/brueckenbau__bridge.tmx"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aFolderWithUnusableFilesStillCompletesAndReportsEach() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-run-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("de/brueckenbau.txt"), to: folder.appendingPathComponent("brueckenbau.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("locked.txt"))
        chmod(folder.appendingPathComponent("locked.txt").path, 0)
        let output = temporaryOutput()
        let result = try CLI.run(["run", folder.path, Self.fixtures.appendingPathComponent("en").path, "-o", output, "--no-default-lexicon",
                                  "--lexicon", Self.fixtures.appendingPathComponent("lexicon.tsv").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("empty.txt: empty file"))
        #expect(result.stderr.contains("binary.txt:1:1: binary data"))
        // Root can read a file without permissions; then it is simply used.
        if getuid() != 0 { #expect(result.stderr.contains("locked.txt: cannot be read")) }
    }
}

/// `bitext run` aligns each pair once, and QA's omissions and additions come from that alignment: they
/// sit exactly at the 1-0 and 0-1 beads of the pair's `.ladder` (fixture: an English article and its
/// German translation with one sentence left out and one added, one sentence per line).
@Suite struct RunQAAgreementTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/omission")

    @Test func omissionsAndAdditionsAreTheLaddersEmptySidedBeads() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-run-\(UUID().uuidString)").path
        let result = try CLI.run(["run", Self.fixtures.appendingPathComponent("de").path, Self.fixtures.appendingPathComponent("en").path,
                                  "-o", output, "--no-default-lexicon", "--no-default-glossary", "--quiet", "--mode", "parallel", "--min-score", "0",
                                  "--lexicon", Self.fixtures.appendingPathComponent("lexicon.tsv").path])
        #expect(result.status == 0, "\(result.stderr)")
        let german = try String(contentsOf: Self.fixtures.appendingPathComponent("de/hafen.txt"), encoding: .utf8).split(separator: "\n")
        let english = try String(contentsOf: Self.fixtures.appendingPathComponent("en/harbour.txt"), encoding: .utf8).split(separator: "\n")
        let ladder = try String(contentsOfFile: output + "/alignments/hafen__harbour.ladder", encoding: .utf8).split(separator: "\n")
        // "[]:[3]:1" is an English sentence without German (an omission); "[5]:[]:1" a German one without English.
        let omitted = ladder.filter { $0.hasPrefix("[]:") }.map { Int($0.split(separator: ":")[1].dropFirst().dropLast())! }
        let added = ladder.filter { $0.contains(":[]:") }.map { Int($0.split(separator: ":")[0].dropFirst().dropLast())! }
        #expect(omitted.count == 1 && added.count == 1)
        let findings = try String(contentsOfFile: output + "/qa/hafen.jsonl", encoding: .utf8).split(separator: "\n")
        let omissions = findings.filter { $0.contains("\"check\":\"omission\"") }
        let additions = findings.filter { $0.contains("\"check\":\"addition\"") }
        #expect(omissions.count == omitted.count && additions.count == added.count)
        for (finding, index) in zip(omissions, omitted) { #expect(finding.contains(String(english[index]))) }
        for (finding, index) in zip(additions, added) { #expect(finding.contains("\"text\":\"\(german[index])\"")) }
    }
}
