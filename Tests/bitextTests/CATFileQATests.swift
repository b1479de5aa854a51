import Foundation
import Testing
@testable import BitextKit

/// `bitext qa` on bilingual files (fixtures of our own in Fixtures/cat): findings name their unit, a
/// dropped inline code is a tag-mismatch, a clean unit stays clean, and the reviser's options work.
@Suite struct CATFileQATests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/cat")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
    static let options = ["--no-default-lexicon", "--format", "jsonl"]

    static func findings(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    /// (fixture, unit with the dropped code, unit with the calque, unit with the stray space, clean unit)
    @Test(arguments: [("job.sdlxliff", "a2/2", "a3/3", "a3/4", "a1/1"), ("job.xlf", "tags/s2", "mt/s3", "mt/s4", "clean/s1")])
    func findingsNameTheirUnits(file: String, dropped: String, calque: String, space: String, clean: String) throws {
        let result = try CLI.run(["qa", Self.fixture(file)] + Self.options)
        #expect(result.status == 1, "\(result.stderr)")
        let findings = try Self.findings(result.stdout)
        let found = Set(findings.map { "\($0["unit"]!)\t\($0["check"]!)" })
        #expect(found.contains("\(dropped)\ttag-mismatch"))
        #expect(found.contains("\(calque)\tcalque-compound"))
        #expect(found.contains("\(space)\tspacing-artifact"))
        #expect(!findings.contains { $0["unit"] as? String == clean }, "\(result.stdout)")
        #expect(findings.allSatisfy { ($0["unit"] as? String)?.isEmpty == false && $0["file"] as? String == Self.fixture(file) })
        #expect(findings.filter { $0["check"] as? String == "tag-mismatch" }.count == 1)
    }

    /// Locked, reviewed and final segments are skipped on request, and counted.
    @Test func statesSkipFinishedSegments() throws {
        let all = try Self.findings(try CLI.run(["qa", Self.fixture("job.xlf")] + Self.options).stdout)
        let result = try CLI.run(["qa", Self.fixture("job.xlf"), "--states", "new,fuzzy,translated"] + Self.options)
        let some = try Self.findings(result.stdout)
        #expect(all.contains { $0["unit"] as? String == "done/s5" })
        #expect(!some.contains { $0["unit"] as? String == "done/s5" || $0["unit"] as? String == "mt/s4" })
        #expect(result.stderr.contains("2 unit(s) skipped for their state"))
    }

    /// Hand-filtered jsonl output is a suppression file; suppressed findings are counted.
    @Test func jsonlOutputFilteredByHandSuppresses() throws {
        let first = try CLI.run(["qa", Self.fixture("job.sdlxliff")] + Self.options)
        let kept = first.stdout.split(separator: "\n").filter { $0.contains("\"spacing-artifact\"") }
        #expect(kept.count == 2)
        let suppressions = try CLI.temporaryFile(Array((kept.joined(separator: "\n") + "\n").utf8), name: "ok.jsonl")
        let second = try CLI.run(["qa", Self.fixture("job.sdlxliff"), "--suppress", suppressions] + Self.options)
        #expect(!second.stdout.contains("spacing-artifact"))
        #expect(second.stdout.split(separator: "\n").count == first.stdout.split(separator: "\n").count - 2)
        #expect(second.stderr.contains("2 suppressed"))
    }

    @Test func checklistRulesReport() throws {
        let checklist = try CLI.temporaryFile(Array("""
            # kind\tpattern\trendering\tseverity\tmessage
            forbid\tAmtskollegen\t\twarning\tproject term: Gegenüber
            require\tembassy\tVertretung\tinfo\tclient says Vertretung
            regex\tam\\s+Montag\t\tinfo\tweekday style

            """.utf8), name: "rules.tsv")
        let result = try CLI.run(["qa", Self.fixture("job.xlf"), "--checklist", checklist, "--checks", "checklist"] + Self.options)
        let findings = try Self.findings(result.stdout).map { "\($0["unit"]!) \($0["text"]!) \($0["message"]!)" }
        #expect(findings.contains("tags/s2 Amtskollegen project term: Gegenüber"))
        #expect(findings.contains("clean/s1 am {1}Montag client says Vertretung") == false)
        #expect(findings.contains { $0.hasPrefix("clean/s1 ") && $0.hasSuffix("client says Vertretung") })
        let bad = try CLI.temporaryFile(Array("forbid\tx\t\tsevere\tm\n".utf8), name: "bad.tsv")
        let refused = try CLI.run(["qa", Self.fixture("job.xlf"), "--checklist", bad] + Self.options)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.tsv:1:"))
    }

    /// The annotated copy is well-formed, carries one note per finding on its unit, and reads back
    /// with the same units.
    @Test(arguments: ["job.sdlxliff", "job.xlf"]) func annotateWritesNotes(file: String) throws {
        let output = NSTemporaryDirectory() + "annotated-\(UUID().uuidString)-\(file)"
        let result = try CLI.run(["qa", Self.fixture(file), "--annotate", output] + Self.options)
        let findings = try Self.findings(result.stdout)
        let annotated = try BilingualReader.read(path: output)
        let original = try BilingualReader.read(path: Self.fixture(file))
        #expect(annotated.units.map(\.target.display) == original.units.map(\.target.display))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.components(separatedBy: "bitext").count - 1 == findings.count)
        #expect(text.contains("[tag-mismatch] error"))
    }

    @Test func csvHasTheRevisersColumns() throws {
        let result = try CLI.run(["qa", Self.fixture("job.xlf"), "--no-default-lexicon", "--format", "csv"])
        #expect(result.stdout.hasPrefix("file,unit,check,severity,source,target,flagged,message,suggestion\r\n"))
        #expect(result.stdout.contains(",tags/s2,tag-mismatch,error,"))
    }

    /// A bilingual file cut off in the middle: file:line:col, exit 2, nothing written.
    @Test func truncatedFileIsAnInputError() throws {
        let text = try String(contentsOfFile: Self.fixture("job.xlf"), encoding: .utf8)
        let path = try CLI.temporaryFile(Array(text.utf8.prefix(700)), name: "cut.xlf")
        let output = path + ".out"
        let result = try CLI.run(["qa", path, "-o", output] + Self.options)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}

extension CATFileQATests {
    @Test func htmlNamesFilesAndUnits() throws {
        let result = try CLI.run(["qa", Self.fixture("job.sdlxliff"), "--no-default-lexicon", "--format", "html"])
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("<td>a2/2</td>") && result.stdout.contains("tag-mismatch"))
        #expect(result.stdout.contains("<mark class=\"error\">EU -Botschaft</mark>"))
    }

    /// A folder is a job: every bilingual file in it is read, other files are named and skipped.
    @Test func aFolderIsAJob() throws {
        let folder = NSTemporaryDirectory() + "cat-job-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["job.sdlxliff", "job.xlf"] {
            try FileManager.default.copyItem(atPath: Self.fixture(name), toPath: folder + "/" + name)
        }
        #expect(FileManager.default.createFile(atPath: folder + "/readme.txt", contents: Data("notes\n".utf8)))
        // A named pipe made the job wait forever for a writer.
        #expect(mkfifo(folder + "/pipe.xlf", 0o600) == 0)
        let result = try CLI.run(["qa", folder] + Self.options, deadline: 60)
        let files = Set(try Self.findings(result.stdout).compactMap { $0["file"] as? String })
        #expect(files == [folder + "/job.sdlxliff", folder + "/job.xlf"])
        #expect(result.stderr.contains("readme.txt: not an XLIFF, TMX or PO file, skipped"))
        #expect(result.stderr.contains("pipe.xlf: is a named pipe, not a regular file (bitext reads regular files, and standard input as -), skipped"))
    }
}

extension CATFileQATests {
    /// A glossary term rendered with its preferred German in one file of the job and with an admitted
    /// alternative in another: a warning on the admitted one, naming where the preferred one stands.
    @Test func aTermRenderedTwoWaysAcrossTheJobIsAWarning() throws {
        let folder = NSTemporaryDirectory() + "cat-terms-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func po(_ pairs: [(String, String)]) -> String {
            "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                + pairs.enumerated().map { "msgctxt \"s\($0.offset + 1)\"\nmsgid \"\($0.element.0)\"\nmsgstr \"\($0.element.1)\"\n" }.joined(separator: "\n")
        }
        try po([("The ferry leaves at noon.", "Die Fähre legt mittags ab."),
                ("The ferry is full.", "Die Fähre ist voll.")]).write(toFile: folder + "/a.po", atomically: true, encoding: .utf8)
        try po([("The ferry was late.", "Das Fährschiff kam zu spät.")]).write(toFile: folder + "/b.po", atomically: true, encoding: .utf8)
        try "Fähre\tferry\tnoun\tshipping\t\tpreferred\nFährschiff\tferry\tnoun\tshipping\t\tadmitted\n"
            .write(toFile: folder + "/terms.tsv", atomically: true, encoding: .utf8)
        let result = try CLI.run(["qa", folder + "/a.po", folder + "/b.po", "--glossary", folder + "/terms.tsv",
                                  "--checks", "inconsistent-term"] + Self.options)
        let found = try Self.findings(result.stdout)
        #expect(found.count == 1)
        #expect(found.first?["file"] as? String == folder + "/b.po" && found.first?["unit"] as? String == "s1")
        #expect(found.first?["text"] as? String == "Fährschiff" && found.first?["severity"] as? String == "warning")
        #expect((found.first?["message"] as? String)?.contains("units s1, s2 of \(folder)/a.po") == true)
    }
}

extension CATFileQATests {
    /// A talk addressed formally throughout but for one unit: a warning on that unit's "du", from the
    /// command as a reviser runs it on a TMX.
    @Test func aSwitchOfAddressAcrossTheJobIsAWarning() throws {
        let path = NSTemporaryDirectory() + "cat-address-\(UUID().uuidString).tmx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let units = [("Imagine a black hole.", "Stellen Sie sich ein Schwarzes Loch vor."),
                     ("You would hear it.", "Dann würden Sie es hören."),
                     ("If you stood close enough, your ear would ring.", "Wenn du nahe genug stündest, würde dein Ohr klingen.")]
        let body = units.enumerated().map { index, pair in
            "<tu tuid=\"t\(index + 1)\"><tuv xml:lang=\"en\"><seg>\(pair.0)</seg></tuv><tuv xml:lang=\"de\"><seg>\(pair.1)</seg></tuv></tu>"
        }.joined()
        try ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><header creationtool=\"test\" creationtoolversion=\"1\" "
            + "segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\(body)</body></tmx>")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["qa", path, "--checks", "address-register"] + Self.options)
        let found = try Self.findings(result.stdout)
        #expect(found.count == 1)
        #expect(found.first?["unit"] as? String == "t3" && found.first?["text"] as? String == "du")
        #expect(found.first?["check"] as? String == "address-register" && found.first?["severity"] as? String == "warning")
    }
}
