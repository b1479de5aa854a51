import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    struct QA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "qa",
            abstract: "Check a translation for MT artifacts, spelling, terminology and source-target consistency.",
            discussion: """
                Findings go to standard output (text: compiler-style diagnostics; jsonl: one object per \
                finding; html: one self-contained report; csv: one row per finding). --batch reads JSONL \
                records {"id","source","target"} and checks each. XLIFF (1.2, SDLXLIFF, memoQ, 2.x), TMX and \
                PO files, recognized from their content, are checked unit by unit, one file, several or \
                folders at once (a job). Exit status: 0 no finding at the --fail-on level, \
                1 findings at that level, 2 bad usage, an input that cannot be read or an output that cannot be written.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, jsonl, html, csv
        }

        @Argument(help: "The translation to check: a text file, --batch records, or XLIFF/TMX/PO files and folders of them.") var targets: [String] = []
        @Option(help: "The source text the target translates.") var source: String?
        @Option(help: "Languages of the source and the target, in that order.") var langs = LanguagePair(source: .en, target: .de)
        @Option(help: "A glossary (TSV: German, English, pos, domain, note, status; or TBX/CSV); repeatable.") var glossary: [String] = []
        @Option(help: "Run only these checks (comma-separated ids, see --list-checks).") var checks: CheckList?
        @Option(help: "Run all checks but these (comma-separated ids).") var skip: CheckList?
        @Option(help: "Output format: text, jsonl, html or csv (csv: bilingual files only).") var format: Format = .text
        @Option(help: "Exit with status 1 when a finding is at least this severe: warning or error.") var failOn: FailOn = .error
        @Flag(help: "TARGET is JSONL records {\"id\",\"source\",\"target\"}.") var batch = false
        @Flag(help: "Do not read the installed dictionaries (Ding) into the lexicon; the glossary still counts.") var noDefaultLexicon = false
        @Option(help: "How the source relates to the target: parallel (a translation), comparable (compare with the whole source, no sentence alignment, no omission/addition) or auto (decided per document from the share of sentences with a counterpart; said on standard error). Default: auto for a file, parallel for --batch records.") var mode: TextRelation?
        @Flag(help: "List the checks (id, default severity, target languages, whether it needs a source, title) and exit.") var listChecks = false
        @Option(help: "Worker threads for --batch records and for the units of XLIFF/TMX/PO files (default: all cores); the output is the same whatever the count.") var jobs = ProcessInfo.processInfo.activeProcessorCount
        @OptionGroup var files: BilingualQAOptions
        @OptionGroup var output: OutputOption

        func validate() throws {
            if checks != nil, skip != nil { throw ValidationError("use either --checks or --skip, not both") }
            if batch, source != nil { throw ValidationError("--batch takes the sources from the records; drop --source") }
            if !listChecks, targets.isEmpty { throw ValidationError("missing TARGET") }
            if batch, targets.count > 1 { throw ValidationError("--batch reads one JSONL file") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if langs.source == langs.target { throw ValidationError("--langs: source and target must differ") }
            _ = try selectedChecks()
        }

        func run() throws {
            if listChecks {
                var sink = OutputSink(path: output.output)
                for check in QARegistry.checks {
                    let scope = check.targetLanguages.isEmpty ? "all" : check.targetLanguages.map(\.rawValue).joined(separator: ",")
                    sink.write("\(check.id)\t\(check.severity.rawValue)\t\(scope)\(check.needsSource ? "\tsource" : "\t-")\t\(check.title)\n")
                }
                try sink.commit()
                return
            }
            let selected = try selectedChecks()
            if !batch, let job = try BilingualJob.find(targets) {
                return try checkBilingual(job, selected: selected)
            }
            guard targets.count == 1 else { throw CLIError("several targets are read only as XLIFF, TMX or PO files; \(targets[0]) is plain text") }
            if format == .csv { throw ValidationError("--format csv is for XLIFF, TMX and PO files") }
            try files.refuseForPlainText()
            // Inputs first: a wrong path is reported before any dictionary loads.
            let input = try TextFile.read(path: targets[0])
            // A file with no text to check is a mistake (a wrong path, a failed download), not a clean translation.
            guard input.bytes.contains(where: { $0 > 0x20 }) else {
                throw CLIError("\(input.name): empty file, nothing to check" + (batch ? " (no records)" : ""))
            }
            let sourceFile = try self.source.map { try TextFile.read(path: $0) }
            if !batch, langs.source != langs.target,
               let found = try LanguageCheck(expected: langs.target, others: [langs.source]).misplaced(input.bytes, minimumEvidence: AlignmentWarning.minimumLanguageEvidence) {
                // A target in the source's language (a mislabelled file) is checked, but the user should know.
                warn("\(input.name) looks like \(found.language.rawValue), not \(langs.target.rawValue); check --langs")
            }
            let glossaryEntries = QAGlossary(try CuratedGlossary.load(includeDefault: false, paths: glossary))
            let qa = try QABatch(checks: selected, source: langs.source, target: langs.target, glossary: glossaryEntries,
                                 relation: mode ?? (batch ? .parallel : .auto), useInstalledLexicon: !noDefaultLexicon)
            // JSON Lines and text reports are rendered as each record is checked, so that only the lines
            // are kept, not every record's analysed texts; the HTML report needs all documents at once.
            let render: (@Sendable (QAReportDocument) -> [UInt8])? = switch format {
            case .text: QATextReport.render
            case .jsonl: QAJSONReport.render
            case .html, .csv: nil
            }
            let keep = { @Sendable (document: QAReportDocument) in CheckedDocument(document, render: render) }
            let checked: [CheckedDocument]
            if batch {
                let records = try JSONLRecords.parse(input).map { record in
                    QARecord(id: try record.rawID, target: Array(try record.string("target").utf8),
                             source: try record.fields["source"] == nil ? nil : Array(record.string("source").utf8))
                }
                checked = try qa.check(records, jobs: jobs, keep: keep)
            } else {
                let session = try QASession(checks: qa.checks, source: qa.source, target: qa.target, glossary: qa.glossary,
                                            relation: qa.relation, lexicon: qa.lexicon)
                let source = sourceFile.map { (name: $0.name, bytes: $0.bytes) }
                checked = [keep(try session.check(name: input.name, target: input.bytes, source: source))]
            }

            var sink = OutputSink(path: output.output)
            if render == nil {
                sink.write(QAHTMLReport.render(checked.compactMap(\.document), checks: QARegistry.checks.filter { selected.contains($0) }))
            } else {
                checked.forEach { sink.write($0.rendered) }
            }
            try sink.commit()
            for document in checked {
                if let decision = document.relation { warn("\(document.name): source treated as \(decision.summary)") }
            }
            let findings = checked.flatMap(\.findings)
            warn(QATextReport.summary(findings))
            if findings.contains(where: { $0.severity >= failOn.severity }) { throw ExitCode(ExitStatus.findings) }
        }

        /// The checks `--checks`/`--skip` select; an unknown id is a usage error.
        private func selectedChecks() throws -> [QACheck] {
            do {
                return try QARegistry.select(only: checks?.ids ?? [], skip: skip?.ids ?? [])
            } catch let error as QAError {
                throw ValidationError("\(error)")
            }
        }
    }
}
