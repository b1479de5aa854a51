import Foundation
import Testing

/// Runs the built `bitext` binary the way a user does.
enum CLI {
    static var binary: URL {
        // The test runner is built next to the products it tests (.build/<triple>/<config>/).
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent("bitext")
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// - Parameter deadline: seconds after which the process is killed, for inputs that once made
    ///   bitext wait forever (a killed run fails on its status).
    static func run(_ arguments: [String], stdin: String? = nil, deadline: Double? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let pid = process.processIdentifier
        let stop = DispatchWorkItem { kill(pid, SIGKILL) }
        defer { stop.cancel() }
        if let deadline { DispatchQueue.global().asyncAfter(deadline: .now() + deadline, execute: stop) }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}

@Suite struct CommandLineTests {
    @Test func splitPrintsOneSentencePerLine() throws {
        let result = try CLI.run(["split", "--lang", "de"], stdin: "Am 27. Februar kam er. Dr. Roth blieb.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "Am 27. Februar kam er.\nDr. Roth blieb.\n")
    }

    @Test func splitJSONLCarriesScalarOffsets() throws {
        let result = try CLI.run(["split", "--lang", "de", "--format", "jsonl"], stdin: "Öl. Gas.")
        #expect(result.stdout == "{\"text\":\"Öl.\",\"start\":0,\"end\":3}\n{\"text\":\"Gas.\",\"start\":4,\"end\":8}\n")
    }

    @Test func splitBatchKeepsRecordIDs() throws {
        let result = try CLI.run(["split", "--lang", "en", "--batch"], stdin: "{\"id\":\"a\",\"text\":\"One. Two.\"}\n{\"id\":7,\"text\":\"\"}\n")
        #expect(result.stdout == "{\"id\":\"a\",\"sentences\":[{\"text\":\"One.\",\"start\":0,\"end\":4},{\"text\":\"Two.\",\"start\":5,\"end\":9}]}\n{\"id\":7,\"sentences\":[]}\n")
    }

    @Test func normalizeWritesEditsAndCountsThemOnStandardError() throws {
        let input = try CLI.temporaryFile(Array("Die EU -Botschaft.\n".utf8))
        let edits = input + ".edits.jsonl"
        let result = try CLI.run(["normalize", "--lang", "de", input, "--edits", edits])
        #expect(result.status == 0)
        #expect(result.stdout == "Die EU-Botschaft.\n")
        #expect(result.stderr.contains("1 edit(s) (detokenization-space 1)"))
        let written = try String(contentsOfFile: edits, encoding: .utf8)
        #expect(written == "{\"rule\":\"detokenization-space\",\"start\":6,\"end\":7,\"line\":1,\"column\":7,\"before\":\" \",\"after\":\"\"}\n")
    }

    @Test func invalidUTF8IsAOneLineErrorWithTheByteOffset() throws {
        let input = try CLI.temporaryFile(Array("gut\n".utf8) + [0xC3, 0x28])
        let output = input + ".out"
        let result = try CLI.run(["split", input, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(input):2:1: invalid UTF-8 at byte offset 4"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test(arguments: [
        ("binary data", [UInt8]([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), "binary data"),
    ])
    func binaryInputIsRefused(_ name: String, _ bytes: [UInt8], _ message: String) throws {
        let input = try CLI.temporaryFile(bytes)
        let result = try CLI.run(["normalize", input])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileAndDirectoryAreOneLineErrors() throws {
        let missing = try CLI.run(["split", "/nonexistent/article.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/article.txt: no such file"))
        let directory = try CLI.run(["split", "/tmp"])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("/tmp: is a directory"))
    }

    /// A named pipe or a device given as the input is refused: open(2) on a pipe waits for a writer
    /// forever, /dev/zero never ends. Standard input (-) is the way to pipe text in.
    @Test func pipesAndDevicesAreRefused() throws {
        let pipe = NSTemporaryDirectory() + "bitext-fifo-\(UUID().uuidString).txt"
        #expect(mkfifo(pipe, 0o600) == 0)
        defer { unlink(pipe) }
        for (path, kind) in [(pipe, "a named pipe"), ("/dev/null", "a device")] {
            let result = try CLI.run(["split", path], deadline: 60)
            #expect(result.status == 2)
            #expect(result.stderr == "Error: \(path): is \(kind), not a regular file (bitext reads regular files, and standard input as -)\n")
        }
        #expect(try CLI.run(["split", "-"], stdin: "Ein Satz. Noch einer.").stdout == "Ein Satz.\nNoch einer.\n")
    }

    /// A lexicon given by `--lexicon` is opened as every input is: a named pipe is refused, not waited on
    /// (and a device such as /dev/zero not read until memory runs out).
    @Test func aLexiconThatIsNoRegularFileIsRefused() throws {
        let pipe = NSTemporaryDirectory() + "bitext-fifo-lexicon-\(UUID().uuidString).tsv"
        #expect(mkfifo(pipe, 0o600) == 0)
        defer { unlink(pipe) }
        let german = try CLI.temporaryFile(Array("Er kam.\n".utf8), name: "de.txt")
        let english = try CLI.temporaryFile(Array("He came.\n".utf8), name: "en.txt")
        let result = try CLI.run(["align", german, english, "--no-default-lexicon", "--lexicon", pipe], deadline: 60)
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("Error: \(pipe): is a named pipe, not a regular file (bitext reads regular files, and standard input as -)\n"), "\(result.stderr)")
    }

    /// `split --batch` records: an id keeps its JSON type or is refused (true was the id 1 of another
    /// record), a key given twice is refused (Foundation kept the last), and invalid JSON says why and
    /// where, as far as Foundation's reader tells.
    @Test(arguments: [
        ("{\"id\":true,\"text\":\"A.\"}", "<stdin>:1:1: record's \"id\" is neither a string nor a number"),
        ("{\"id\":null,\"text\":\"A.\"}", "<stdin>:1:1: record's \"id\" is neither a string nor a number"),
        ("{\"id\":2, \"text\": \"B.\" , }", "<stdin>:1:23: not valid JSON: a comma before the closing bracket"),
        ("{\"id\":1,\"text\":\"x\",\"e\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}",
         "<stdin>:1:536: not valid JSON: Too many nested arrays or dictionaries"),
        ("{\"id\":1e400,\"text\":\"C.\"}", "<stdin>:1:1: not valid JSON: Number 1e400 is not representable in Swift"),
        ("{\"id\":3,\"text\":\"C.\",\"id\":4}", "<stdin>:1:21: field \"id\" given twice in the record"),
    ])
    func splitBatchRefusesBadRecords(record: String, message: String) throws {
        let result = try CLI.run(["split", "--batch"], stdin: "{\"id\":1,\"text\":\"Gut.\"}\n" + record + "\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: \(message.replacingOccurrences(of: ":1:", with: ":2:"))\n")
    }

    @Test func emptyFileGivesEmptyOutputAndSuccess() throws {
        let input = try CLI.temporaryFile([])
        for command in [["split", input], ["normalize", input], ["tokenize", input]] {
            let result = try CLI.run(command)
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty)
        }
    }
}
