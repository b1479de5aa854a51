import ArgumentParser
import BitextKit
import Foundation

/// `bitext qa` options that only bilingual files (XLIFF, TMX, PO) take.
struct BilingualQAOptions: ParsableArguments {
    @Option(help: "Check only units in these states (comma-separated: new, fuzzy, translated, reviewed, final, locked; default: all). E.g. new,fuzzy,translated skips reviewed, final and locked segments.")
    var states: StateList?
    @Option(help: "Write a copy of the XLIFF/TMX/PO file with each finding as a note on its unit (a folder when checking several files).")
    var annotate: String?
    @Option(help: "The reviser's checklist: TSV rules kind<TAB>pattern<TAB>rendering<TAB>severity<TAB>message (forbid, require, regex).")
    var checklist: String?
    @Option(help: "Findings marked as intended: JSONL with check, text and unit (or hash); filtered --format jsonl output works.")
    var suppress: String?

    /// These options need bilingual files; on plain text they would be silently ignored.
    func refuseForPlainText() throws {
        if states != nil || annotate != nil || checklist != nil || suppress != nil {
            throw ValidationError("--states, --annotate, --checklist and --suppress apply to XLIFF, TMX and PO files")
        }
    }
}

/// A comma-separated list of segment states.
struct StateList: ExpressibleByArgument {
    let states: Set<SegmentState>

    init?(argument: String) {
        var states: Set<SegmentState> = []
        for part in argument.split(separator: ",") {
            guard let state = SegmentState(rawValue: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            states.insert(state)
        }
        guard !states.isEmpty else { return nil }
        self.states = states
    }

    static var allValueStrings: [String] { SegmentState.allCases.map(\.rawValue) }
}

/// The bilingual files of a `bitext qa` run: the arguments, folders expanded to the XLIFF, TMX and PO
/// files in them (recursively, in path order).
struct BilingualJob {
    let paths: [String]
    /// Why files in the folders are not checked (no bilingual file, a named pipe…), one line each for
    /// standard error.
    let skipped: [String]

    /// Nil when the only argument is a plain text file (or standard input): the text QA checks it.
    static func find(_ targets: [String]) throws -> BilingualJob? {
        var paths: [String] = []
        var skipped: [String] = []
        for target in targets {
            var isDirectory: ObjCBool = false
            if target != "-", FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                let files = (FileManager.default.enumerator(atPath: target)?.allObjects as? [String] ?? []).sorted()
                for file in files {
                    let path = (target as NSString).appendingPathComponent(file)
                    var inner: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: path, isDirectory: &inner), !inner.boolValue else { continue }
                    do throws(InputError) {
                        if try BilingualReader.format(path: path) != nil { paths.append(path) } else { skipped.append("\(path): not an XLIFF, TMX or PO file, skipped") }
                    } catch {
                        // A folder is read as `run` reads one: a named pipe or a link to a device is
                        // left out and said; other files that cannot be read stop the job.
                        guard case .notRegularFile = error.reason else { throw error }
                        skipped.append("\(error), skipped")
                    }
                }
                continue
            }
            let format = target == "-" ? nil : try BilingualReader.format(path: target)
            if format == nil {
                if targets.count == 1 { return nil }
                throw CLIError("\(target): not an XLIFF, TMX or PO file (several targets are checked as a job of bilingual files)")
            }
            paths.append(target)
        }
        guard !paths.isEmpty else { throw CLIError("\(targets.joined(separator: ", ")): no XLIFF, TMX or PO files") }
        return BilingualJob(paths: paths, skipped: skipped)
    }
}

extension Bitext.QA {
    /// QA of a job of bilingual files, unit by unit (`SegmentQA`).
    func checkBilingual(_ job: BilingualJob, selected: [QACheck]) throws {
        if source != nil {
            throw CLIError("\(job.paths.joined(separator: ", ")): an XLIFF, TMX or PO file holds its own source; drop --source")
        }
        // Inputs first: a malformed file is reported before any dictionary loads.
        let checklist = try files.checklist.map { try Checklist(TextFile.read(path: $0)) }
        let suppressions = try files.suppress.map { try Suppressions(TextFile.read(path: $0)) } ?? Suppressions()
        let languages = (source: langs.source.rawValue, target: langs.target.rawValue)
        var documents: [BilingualDocument] = []
        for path in job.paths {
            let document = try BilingualReader.read(path: path, languages: languages)
            if let stated = document.sourceLanguage.flatMap(Language.init(code:)), let target = document.targetLanguage.flatMap(Language.init(code:)),
               stated != langs.source || target != langs.target {
                throw CLIError("\(path): the file is \(stated.rawValue) to \(target.rawValue), --langs says \(langs.source.rawValue),\(langs.target.rawValue)")
            }
            documents.append(document)
        }
        if let annotate = files.annotate, job.paths.count > 1 {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: annotate, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError("\(annotate): --annotate with several files needs an existing folder")
            }
        }
        for reason in job.skipped { warn(reason) }

        let glossaryEntries = QAGlossary(try CuratedGlossary.load(includeDefault: false, paths: glossary))
        let batch = try QABatch(checks: selected, source: langs.source, target: langs.target, glossary: glossaryEntries,
                                relation: mode ?? .parallel, useInstalledLexicon: !noDefaultLexicon)
        let qa = SegmentQA(batch: batch, checks: selected, checklist: checklist)
        let report = try qa.check(documents, states: files.states?.states ?? Set(SegmentState.allCases), suppressions: suppressions, jobs: jobs)

        var sink = OutputSink(path: output.output)
        switch format {
        case .text: sink.write(SegmentQAReport.text(report.findings))
        case .jsonl: sink.write(SegmentQAReport.jsonl(report.findings))
        case .csv: sink.write(SegmentQAReport.csv(report.findings))
        case .html: sink.write(SegmentQAReport.html(report.findings, checks: selected, summary: SegmentQAReport.summary(report)))
        }
        if let annotate = files.annotate {
            for document in documents {
                let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: document.name)))
                let annotated = try BilingualAnnotator.annotate(document, bytes: bytes, findings: report.findings)
                let path = job.paths.count > 1 ? (annotate as NSString).appendingPathComponent((document.name as NSString).lastPathComponent) : annotate
                try OutputSink.writeAtomically(annotated, to: path)
            }
        }
        try sink.commit()
        warn(SegmentQAReport.summary(report))
        if report.findings.contains(where: { $0.finding.severity >= failOn.severity }) { throw ExitCode(ExitStatus.findings) }
    }
}
