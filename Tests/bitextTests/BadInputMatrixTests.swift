import Dispatch
import Foundation
import Synchronization
import Testing

/// Every command against every kind of bad input, as a user meets them; the outcome table is the
/// README's "Bad input" table (and `docs/results/bad-input.md` with the messages), regenerated with
/// `BITEXT_RECORD=1 swift test --filter BadInputMatrix` and compared otherwise, like golden files.
///
/// Each cell must be a documented outcome: exit 0 or 1 (the input is readable: a warning at most), or
/// exit 2 with one line on standard error and no output file; never a signal, a hang, a stray temporary
/// file or any other status. The 100 MB single line is written once per format and hard-linked for each
/// command (11 copies would be 1.1 GB).
@Suite struct BadInputMatrixTests {
    /// A command under test: its good input (our own text) and its argument list for an input and output.
    struct Command: Sendable {
        let name: String
        let input: Good
        let arguments: @Sendable (_ input: String, _ output: String?) -> [String]
    }

    enum Good: Sendable {
        case germanText, jsonl, tmx

        var ext: String {
            switch self {
            case .germanText: return "txt"
            case .jsonl: return "jsonl"
            case .tmx: return "tmx"
            }
        }

        var bytes: [UInt8] {
            switch self {
            case .germanText: return Array(Fixture.german.utf8)
            case .jsonl: return Array(Fixture.batch.utf8)
            case .tmx: return Array(Fixture.tmx.utf8)
            }
        }
    }

    static let commands: [Command] = [
        Command(name: "normalize", input: .germanText) { i, o in ["normalize", "--lang", "de", i] + out(o) },
        Command(name: "split", input: .germanText) { i, o in ["split", "--lang", "de", i] + out(o) },
        Command(name: "tokenize", input: .germanText) { i, o in ["tokenize", "--lang", "de", i] + out(o) },
        Command(name: "align", input: .germanText) { i, o in ["align", "--no-default-lexicon", i, "good-en.txt"] + out(o) },
        Command(name: "pair", input: .germanText) { i, o in ["pair", "--no-default-lexicon", i, "good-en.txt"] + out(o) },
        Command(name: "qa", input: .germanText) { i, o in ["qa", i, "--source", "good-en.txt", "--no-default-lexicon"] + out(o) },
        Command(name: "qa --batch", input: .jsonl) { i, o in ["qa", "--batch", i, "--no-default-lexicon"] + out(o) },
        Command(name: "glossary build", input: .germanText) { i, o in ["glossary", "build", "--no-default-lexicon", i, "good-en.txt"] + out(o) },
        Command(name: "glossary import", input: .tmx) { i, o in ["glossary", "import", i] + out(o) },
        Command(name: "glossary convert", input: .tmx) { i, o in ["glossary", "convert", i, "--format", "tbx"] + out(o) },
        Command(name: "run", input: .germanText) { i, o in ["run", "--no-default-lexicon", "--quiet", i, "good-en.txt", "-o", o ?? "run-out"] },
    ]

    static func out(_ path: String?) -> [String] { path.map { ["-o", $0] } ?? [] }

    /// A kind of bad input: how to make it for a command, and where it goes (input or output).
    struct Kind: Sendable {
        let name: String
        /// The input path (relative to the work folder) after setting it up.
        let input: @Sendable (_ folder: URL, _ good: Good, _ tag: String) throws -> String
        /// The `-o` path; nil: standard output.
        var output: @Sendable (_ tag: String) -> String? = { "out-\($0)" }
        /// Standard output sent to /dev/full instead of a pipe.
        var stdoutFull = false
    }

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return name
    }

    static let kinds: [Kind] = [
        Kind(name: "missing file") { _, good, tag in "missing-\(tag).\(good.ext)" },
        Kind(name: "a directory") { folder, good, tag in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder-\(tag).\(good.ext)"), withIntermediateDirectories: true)
            return "folder-\(tag).\(good.ext)"
        },
        Kind(name: "unreadable (a path through a file)") { folder, good, tag in
            _ = try write(Array("x\n".utf8), "plain-\(tag)", in: folder)
            return "plain-\(tag)/child.\(good.ext)"
        },
        Kind(name: "empty file") { folder, good, tag in try write([], "empty-\(tag).\(good.ext)", in: folder) },
        Kind(name: "binary data") { folder, good, tag in
            try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64), "binary-\(tag).\(good.ext)", in: folder)
        },
        Kind(name: "invalid UTF-8 (Latin-1)") { folder, good, tag in
            try write(Array("Gr".utf8) + [0xFC, 0xDF, 0x65, 0x0A] + good.bytes, "latin1-\(tag).\(good.ext)", in: folder)
        },
        Kind(name: "UTF-16 with BOM") { folder, good, tag in
            let text = String(decoding: good.bytes, as: UTF8.self).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            return try write([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "utf16-\(tag).\(good.ext)", in: folder)
        },
        Kind(name: "CRLF line ends") { folder, good, tag in
            try write(Array(String(decoding: good.bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8), "crlf-\(tag).\(good.ext)", in: folder)
        },
        Kind(name: "truncated XML") { folder, good, tag in
            let tmx = Array(Fixture.tmx.utf8)
            return try write(Array(tmx[..<(tmx.count / 2)]), "truncated-\(tag).\(good.ext)", in: folder)
        },
        Kind(name: "XML bomb (entity expansion)") { folder, good, tag in try write(Array(Fixture.bomb.utf8), "bomb-\(tag).\(good.ext)", in: folder) },
        Kind(name: "external entity") { folder, good, tag in try write(Array(Fixture.externalEntity.utf8), "xxe-\(tag).\(good.ext)", in: folder) },
        Kind(name: "a 100 MB single line") { folder, good, tag in
            let name = "long-\(tag).\(good.ext)"
            try FileManager.default.linkItem(at: folder.appendingPathComponent("long.\(good.ext)"), to: folder.appendingPathComponent(name))
            return name
        },
        Kind(name: "mislabelled language") { folder, good, tag in
            let bytes: [UInt8]
            switch good {
            case .germanText: bytes = Array(Fixture.english.utf8)
            case .jsonl: bytes = Array(Fixture.swappedBatch.utf8)
            case .tmx: bytes = Array(Fixture.tmx.replacingOccurrences(of: "xml:lang=\"de\"", with: "xml:lang=\"fr\"").utf8)
            }
            return try write(bytes, "language-\(tag).\(good.ext)", in: folder)
        },
        Kind(name: "-o into a missing folder", input: { folder, good, tag in try write(good.bytes, "good-\(tag).\(good.ext)", in: folder) },
             output: { "no-such-folder/out-\($0)" }),
        Kind(name: "-o onto a directory", input: { folder, good, tag in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("existing-\(tag)"), withIntermediateDirectories: true)
            return try write(good.bytes, "good-\(tag).\(good.ext)", in: folder)
        }, output: { "existing-\($0)" }),
        Kind(name: "-o /dev/full (disk full)", input: { folder, good, tag in try write(good.bytes, "good-\(tag).\(good.ext)", in: folder) },
             output: { _ in "/dev/full" }),
        Kind(name: "standard output on /dev/full", input: { folder, good, tag in try write(good.bytes, "good-\(tag).\(good.ext)", in: folder) },
             output: { _ in nil }, stdoutFull: true),
    ]

    struct Outcome: Sendable {
        let kind: String
        let command: String
        let status: String
        let message: String
        let lines: Int
        let problem: String?
    }

    static let record = ProcessInfo.processInfo.environment["BITEXT_RECORD"] != nil

    @Test func everyCommandHandlesEveryBadInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.write(Array(Fixture.english.utf8), "good-en.txt", in: folder)
        for good in [Good.germanText, .jsonl, .tmx] { _ = try Self.write(Fixture.longLine(good), "long.\(good.ext)", in: folder) }
        let cells = Self.kinds.flatMap { kind in Self.commands.map { (kind, $0) } }
        let results = Mutex(Array<Outcome?>(repeating: nil, count: cells.count))
        DispatchQueue.concurrentPerform(iterations: cells.count) { index in
            let (kind, command) = cells[index]
            let outcome = Self.outcome(kind, command, tag: String(index), in: folder)
            results.withLock { $0[index] = outcome }
        }
        let outcomes = results.withLock { $0.compactMap { $0 } }
        for outcome in outcomes {
            #expect(outcome.problem == nil, "\(outcome.command) on \(outcome.kind): \(outcome.problem ?? "") (\(outcome.message))")
        }
        try Self.compareOrRecord(outcomes, kinds: Self.kinds.map(\.name))
    }

    static func outcome(_ kind: Kind, _ command: Command, tag: String, in folder: URL) -> Outcome {
        func failed(_ why: String) -> Outcome { Outcome(kind: kind.name, command: command.name, status: "?", message: why, lines: 0, problem: why) }
        let input: String
        do { input = try kind.input(folder, command.input, tag) } catch { return failed("set-up failed: \(error)") }
        let output = kind.output(tag)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = command.arguments(input, output)
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = kind.stdoutFull ? FileHandle(forWritingAtPath: "/dev/full") : FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        do { try process.run() } catch { return failed("could not start: \(error)") }
        let deadline = DispatchTime.now() + .seconds(300)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        if done.wait(timeout: deadline) == .timedOut {
            process.terminate()
            return failed("hang")
        }
        let stderr = String(decoding: errData, as: UTF8.self)
            .replacingOccurrences(of: folder.path + "/", with: "")
            .replacingOccurrences(of: "-\(tag)", with: "")
        let lines = stderr.split(separator: "\n").map(String.init)
        let status = process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : String(process.terminationStatus)
        var problem: String?
        if process.terminationReason == .uncaughtSignal || stderr.contains("Fatal error") {
            problem = "crashed"
        } else if !["0", "1", "2"].contains(status) {
            problem = "undocumented exit status \(status)"
        } else if status == "2" && lines.count != 1 {
            problem = "exit 2 with \(lines.count) lines of message"
        } else if status == "2", let output, output != "/dev/full", !kind.name.contains("onto a directory"),
                  FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path) {
            problem = "output file left after an error"
        }
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            // The tag ends where the temporary suffix starts: cell 2 must not take cell 21's file,
            // still being written beside it, for its own.
            .filter { $0.contains("-\(tag).tmp-") || $0.contains("-\(tag).partial-") }
        if !leftovers.isEmpty { problem = "temporary files left: \(leftovers)" }
        if FileManager.default.fileExists(atPath: "/dev/full"), (try? FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType) != .typeCharacterSpecial {
            problem = "/dev/full is no longer a device"
        }
        return Outcome(kind: kind.name, command: command.name, status: status, message: lines.first ?? "", lines: lines.count, problem: problem)
    }

    /// A run stopped half-way (SIGINT, SIGTERM) leaves no output folder that looks complete.
    @Test(arguments: [SIGINT, SIGTERM])
    func interruptedRunLeavesNoOutputFolder(signal: Int32) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-interrupt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for side in ["de", "en"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(side), withIntermediateDirectories: true)
            for index in 0..<40 {
                _ = try Self.write(Array((side == "de" ? Fixture.german : Fixture.english).utf8), "\(side)/\(index).txt", in: folder)
            }
        }
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["run", "--no-default-lexicon", "--quiet", "de", "en", "-o", "out"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.4)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let finished = process.terminationReason == .exit && process.terminationStatus == 0
        let out = folder.appendingPathComponent("out")
        // Either the run finished before the signal (then its folder is complete) or there is no folder.
        #expect(finished == FileManager.default.fileExists(atPath: out.path))
        if finished { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path)) }
    }

    // MARK: The tables

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let readme = root.appendingPathComponent("README.md")
    static let details = root.appendingPathComponent("docs/results/bad-input.md")
    static let begin = "<!-- bad-input-table: generated by Tests/bitextTests/BadInputMatrixTests.swift -->"
    static let end = "<!-- end of bad-input-table -->"

    /// Exit status per kind and command; "0 w" marks a success with a warning on standard error.
    static func summaryTable(_ outcomes: [Outcome], kinds: [String]) -> [String] {
        var lines = ["| input | " + commands.map { "`\($0.name)`" }.joined(separator: " | ") + " |",
                     "|---|" + String(repeating: "---:|", count: commands.count)]
        for kind in kinds {
            let row = commands.map { command in
                guard let cell = outcomes.first(where: { $0.kind == kind && $0.command == command.name }) else { return "" }
                return cell.status == "0" && cell.lines > 0 ? "0 w" : cell.status
            }
            lines.append("| \(kind) | " + row.joined(separator: " | ") + " |")
        }
        return lines
    }

    static func detailTable(_ outcomes: [Outcome], kinds: [String]) -> [String] {
        var lines = ["| input | command | exit | first line on standard error |", "|---|---|---:|---|"]
        for kind in kinds {
            for command in commands {
                guard let cell = outcomes.first(where: { $0.kind == kind && $0.command == command.name }) else { continue }
                let message = cell.message.isEmpty ? "" : "`" + cell.message.replacingOccurrences(of: "`", with: "'")
                    .replacingOccurrences(of: "|", with: "\\|") + "`"
                lines.append("| \(kind) | `\(command.name)` | \(cell.status) | \(message) |")
            }
        }
        return lines
    }

    /// The generated block between the markers of `text`, or nil.
    static func block(in text: String) -> [String]? {
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else { return nil }
        return text[start.upperBound..<stop.lowerBound].split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    static func replacing(_ text: String, with lines: [String]) -> String {
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else { return text }
        return String(text[..<start.upperBound]) + "\n" + lines.joined(separator: "\n") + "\n" + String(text[stop.lowerBound...])
    }

    static func compareOrRecord(_ outcomes: [Outcome], kinds: [String]) throws {
        let readmeText = try String(contentsOf: readme, encoding: .utf8)
        let detailsText = (try? String(contentsOf: details, encoding: .utf8)) ?? ""
        let summary = summaryTable(outcomes, kinds: kinds)
        let detail = detailTable(outcomes, kinds: kinds)
        if record {
            try replacing(readmeText, with: summary).write(to: readme, atomically: true, encoding: .utf8)
            try replacing(detailsText, with: detail).write(to: details, atomically: true, encoding: .utf8)
            return
        }
        #expect(block(in: readmeText) == summary, "README's bad-input table differs from the binary; rerun with BITEXT_RECORD=1")
        #expect(block(in: detailsText) == detail, "docs/results/bad-input.md differs from the binary; rerun with BITEXT_RECORD=1")
    }
}

/// The matrix's good inputs: our own text, small so that 200 runs stay quick.
private enum Fixture {
    /// 100 MB without a line break in the shape of a good input: running text, one JSONL record whose
    /// target is the running text, a TMX whose segment is.
    static func longLine(_ good: BadInputMatrixTests.Good) -> [UInt8] {
        let phrase = Array("Der Hafen bleibt offen und die Fähre fährt ".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(100_000_100)
        while text.count < 100_000_000 { text += phrase }
        switch good {
        case .germanText:
            return text + [0x0A]
        case .jsonl:
            return Array("{\"id\": \"a\", \"source\": \"The port stays open.\", \"target\": \"".utf8) + text + Array("\"}\n".utf8)
        case .tmx:
            let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><header creationtool=\"bitext-tests\" creationtoolversion=\"1\" segtype=\"phrase\" o-tmf=\"none\" adminlang=\"en\" srclang=\"de\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"de\"><seg>"
            return Array(head.utf8) + text + Array("</seg></tuv><tuv xml:lang=\"en\"><seg>port</seg></tuv></tu></body></tmx>\n".utf8)
        }
    }

    static let german = """
        Die Fähre zwischen Kiel und Oslo fährt ab dem 3. Mai wieder täglich. Das teilte die Reederei am Montag mit.
        „Wir sind froh“, sagte Kapitän Jens Albers. Die Strecke war wegen eines Streiks im Hafen gesperrt.

        """
    static let english = """
        The ferry between Kiel and Oslo will run daily again from 3 May. The shipping company said so on Monday.
        "We are glad," said captain Jens Albers. The route had been closed because of a strike at the port.

        """
    static let batch = """
        {"id": "a", "source": "The ferry runs daily.", "target": "Die Fähre fährt täglich."}
        {"id": "b", "source": "The port was closed.", "target": "Der Hafen war gesperrt."}

        """
    static let swappedBatch = """
        {"id": "a", "source": "Die Fähre fährt täglich.", "target": "The ferry runs daily."}

        """
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="bitext-tests" creationtoolversion="1" segtype="phrase" o-tmf="none" adminlang="en" srclang="de" datatype="plaintext"/>
          <body>
            <tu tuid="1"><tuv xml:lang="de"><seg>Fähre</seg></tuv><tuv xml:lang="en"><seg>ferry</seg></tuv></tu>
            <tu tuid="2"><tuv xml:lang="de"><seg>Hafen</seg></tuv><tuv xml:lang="en"><seg>port</seg></tuv></tu>
            <tu tuid="3"><tuv xml:lang="de"><seg>Reederei</seg></tuv><tuv xml:lang="en"><seg>shipping company</seg></tuv></tu>
          </body>
        </tmx>

        """
    static let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE tmx [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
          <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
          <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
        ]>
        <tmx version="1.4"><header srclang="de"/><body>
        <tu><tuv xml:lang="de"><seg>&g;</seg></tuv><tuv xml:lang="en"><seg>&g;</seg></tuv></tu>
        </body></tmx>

        """
    static let externalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <tmx version="1.4"><header srclang="de"/><body>
        <tu><tuv xml:lang="de"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>
        </body></tmx>

        """
}
