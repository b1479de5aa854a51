import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The whole job over two folders: pair the articles, align each pair, and write a report.",
            discussion: """
                Writes into OUT_DIR: pairs.tsv; alignments/<german>__<english>.ladder per pair, and .tmx for \
                translations; aligned.tmx with the translations' aligned segments (orientation --direction); \
                comparable.tmx with the sentence matches of comparable pairs (marked x-relation; not a translation \
                memory, unless --comparable-tm); glossary.tbx, glossary.tmx and glossary.tsv built from the \
                aligned segments (curated entries first); qa/<german>.jsonl and .html per German article; index.html linking and summarizing everything. OUT_DIR is \
                built under a temporary name and moved into place at the end; an existing OUT_DIR is replaced \
                only with --force.
                """
        )

        @Option(name: .shortAndLong, help: "Output folder.") var output: String
        @Option(help: "Languages of the two folders, in the order given: de,en or en,de.") var langs = LanguagePair(source: .de, target: .en)
        @Option(help: "parallel (translations), comparable (reports of the same events), or auto (decided per pair).") var mode: TextRelation = .auto
        @Flag var pairing: PairingMultiplicity = .oneToOne
        @Option(help: "Calibrated pairing threshold in [0, 1].") var minScore = PairingOptions().minScore
        @Option(help: "Worker threads (default: all cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
        @Flag(help: "Replace an existing output folder.") var force = false
        @Option(help: "Exit with status 1 when a QA finding is at least this severe: warning or error (default: status 0 whatever QA finds).")
        var failOn: FailOn?
        @Flag(help: "No progress on standard error.") var quiet = false
        @Option(help: "Pinned creation date for TMX/TBX headers (for reproducible output).") var creationDate: String?
        @Option(help: "Orientation of the translation memories written: en-de (English source, the default) or de-en.") var direction: TMXDirection = .enDe
        @Flag(help: "Also write comparable pairs' sentence matches into aligned.tmx and their own TMX (marked x-relation); by default they go only to comparable.tmx.") var comparableTm = false
        @OptionGroup var lexiconOptions: LexiconOptions
        @OptionGroup var curated: CuratedGlossaryOptions
        @Argument(help: "Folder of articles in the first --langs language (German by default).") var firstFolder: String
        @Argument(help: "Folder of articles in the second --langs language (English by default).") var secondFolder: String

        private var germanFolder: String { langs.source == .de ? firstFolder : secondFolder }
        private var englishFolder: String { langs.source == .de ? secondFolder : firstFolder }

        func validate() throws {
            if !langs.isGermanEnglish { throw ValidationError("--langs: run takes German and English folders (de,en or en,de)") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
        }

        func run() throws {
            let outputURL = URL(fileURLWithPath: output)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) {
                // --force replaces an earlier run's folder, never a file or a device.
                guard isFolder.boolValue else { throw CLIError("\(output): exists and is not a folder") }
                guard force else { throw CLIError("\(output): already exists; use --force to replace it") }
            }
            let started = Date()
            var german = try ArticleCollection.read(germanFolder)
            var english = try ArticleCollection.read(englishFolder)
            try german.setAsideMisplaced(expected: .de, others: [.en])
            try english.setAsideMisplaced(expected: .en, others: [.de])
            for skipped in german.skipped + english.skipped { warn("skipped \(skipped)") }
            for (side, path) in [(german, germanFolder), (english, englishFolder)] where side.texts.isEmpty {
                warn("\(path): no articles to pair")
            }
            // One lexicon serves pairing, alignment and the glossary: the dictionaries plus the curated entries.
            let knowledge: TermKnowledge
            do {
                knowledge = try TermKnowledge.load(curated: try curated.load(),
                                                   dictionaryPaths: lexiconOptions.paths(LanguagePair(source: .de, target: .en)))
            } catch let error as LexiconError {
                throw CLIError(error.description)
            }
            var options = RunOptions()
            options.mode = mode
            options.pairing.oneToOne = pairing == .oneToOne
            options.direction = direction
            options.comparableInTranslationMemories = comparableTm
            options.pairing.minScore = minScore
            options.pairing.jobs = jobs
            options.jobs = jobs
            options.creationDate = creationDate
            let reporter = ProgressReporter(quiet: quiet, started: started)
            let result = try CollectionRunner(knowledge: knowledge, options: options)
                .run(german: german, english: english, progress: reporter.report)
            let report = RunReport(result: result, options: options)
            try Self.install(report.files, at: outputURL, replacing: force)
            if !quiet {
                warn("\(result.aligned.count) pair(s) aligned; wrote \(report.files.count) files to \(output) in "
                     + String(format: "%.1f s", Date().timeIntervalSince(started)))
            }
            if let failOn, result.qa.contains(where: { $0.findings.contains { $0.severity >= failOn.severity } }) {
                throw ExitCode(ExitStatus.findings)
            }
        }

        /// Writes the files under a temporary sibling folder, then moves it into place, so an interrupted
        /// run leaves only a `.partial-…` folder, never a half-written OUT_DIR.
        static func install(_ files: [(path: String, bytes: [UInt8])], at target: URL, replacing: Bool) throws {
            let manager = FileManager.default
            let parent = target.deletingLastPathComponent()
            let partial = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: parent.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw CLIError("\(parent.path): not a folder, cannot hold \(target.lastPathComponent)")
            }
            do {
                try manager.createDirectory(at: partial, withIntermediateDirectories: true)
                var made = Set<String>()
                for file in files {
                    let url = partial.appendingPathComponent(file.path)
                    let folder = url.deletingLastPathComponent()
                    if made.insert(folder.path).inserted { try manager.createDirectory(at: folder, withIntermediateDirectories: true) }
                    try writeFile(file.bytes, to: url.path)
                }
                if manager.fileExists(atPath: target.path) {
                    guard replacing else { throw CLIError("\(target.path): already exists; use --force to replace it") }
                    let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
                    try manager.moveItem(at: target, to: old)
                    try manager.moveItem(at: partial, to: target)
                    try manager.removeItem(at: old)
                } else {
                    try manager.moveItem(at: partial, to: target)
                }
            } catch let error as CLIError {
                try? manager.removeItem(at: partial)
                throw error
            } catch {
                try? manager.removeItem(at: partial)
                throw CLIError("\(target.path): cannot write the output folder: \(error.localizedDescription)")
            }
        }
    }
}

/// Writes `bytes` to a new file at `path`. Plain POSIX writes: `Data.write` syncs every file to disk,
/// which made writing a run's 4,000 files take seconds; the folder's final rename is what keeps an
/// interrupted run from leaving a complete-looking OUT_DIR.
private func writeFile(_ bytes: [UInt8], to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw CLIError("\(path): cannot create: \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written > 0 else { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        offset += written
    }
}

/// Prints progress lines on standard error at most twice a second per stage, and at each stage's end.
final class ProgressReporter: @unchecked Sendable {
    private let quiet: Bool
    private let started: Date
    private let lock = NSLock()
    private var lastPrinted: [String: Date] = [:]

    init(quiet: Bool, started: Date) {
        self.quiet = quiet
        self.started = started
    }

    func report(_ progress: RunProgress) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if progress.done < progress.total, let last = lastPrinted[progress.stage], now.timeIntervalSince(last) < 0.5 { return }
        lastPrinted[progress.stage] = now
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
        warn("\(progress.stage): \(progress.done)/\(progress.total), \(String(format: "%.1f", elapsed)) s elapsed, \(String(format: "%.1f", rate))/s")
    }
}
