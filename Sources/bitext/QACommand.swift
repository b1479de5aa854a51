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
                finding; html: one self-contained report). The exit status is 1 when a finding reaches \
                --fail-on. --batch reads JSONL records {"id","source","target"} and checks each.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, jsonl, html
        }

        enum FailOn: String, ExpressibleByArgument, CaseIterable {
            case warning, error

            var severity: QASeverity { self == .warning ? .warning : .error }
        }

        @Argument(help: "The translation to check (or, with --batch, a JSONL file of records).") var target: String?
        @Option(help: "The source text the target translates.") var source: String?
        @Option(help: "Source and target languages, e.g. en,de.") var langs: String = "en,de"
        @Option(help: "A glossary (TSV: German, English, pos, domain, note, status; or TBX/CSV); repeatable.") var glossary: [String] = []
        @Option(help: "Run only these checks (comma-separated ids).") var checks: String?
        @Option(help: "Run all checks but these (comma-separated ids).") var skip: String?
        @Option(help: "Output format: text, jsonl or html.") var format: Format = .text
        @Option(help: "Exit with status 1 when a finding is at least this severe: warning or error.") var failOn: FailOn = .error
        @Flag(help: "TARGET is JSONL records {\"id\",\"source\",\"target\"}.") var batch = false
        @Flag(help: "Do not read the installed dictionaries (Ding) into the lexicon; the glossary still counts.") var noDefaultLexicon = false
        @Option(help: "How the source relates to the target: parallel (a translation), comparable (compare with the whole source, no sentence alignment, no omission/addition) or auto (decided per document from the share of sentences with a counterpart; said on standard error). Default: auto for a file, parallel for --batch records.") var mode: SourceRelation?
        @Flag(help: "Same as --mode comparable.") var comparable = false
        @Flag(help: "List the checks (id, severity, languages, title) and exit.") var listChecks = false
        @Option(help: "Worker threads for --batch (default: all cores); the output is the same whatever the count.") var jobs = ProcessInfo.processInfo.activeProcessorCount
        @OptionGroup var output: OutputOption

        func validate() throws {
            if checks != nil, skip != nil { throw ValidationError("use either --checks or --skip, not both") }
            if batch, source != nil { throw ValidationError("--batch takes the sources from the records; drop --source") }
            if !listChecks, target == nil { throw ValidationError("missing TARGET") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            _ = try languages()
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
            let (sourceLanguage, targetLanguage) = try languages()
            let selected = try QARegistry.select(only: Self.ids(checks), skip: Self.ids(skip))
            let glossaryEntries = QAGlossary(try CuratedGlossary.load(includeDefault: false, paths: glossary))
            let qa = try QABatch(checks: selected, source: sourceLanguage, target: targetLanguage, glossary: glossaryEntries,
                                 relation: comparable ? .comparable : mode ?? (batch ? .translation : .auto),
                                 useInstalledLexicon: !noDefaultLexicon)
            var documents: [QAReportDocument] = []
            let input = try TextFile.read(path: target ?? "-")
            // A file with no text to check is a mistake (a wrong path, a failed download), not a clean translation.
            guard input.bytes.contains(where: { $0 > 0x20 }) else {
                throw CLIError("\(input.name): empty file, nothing to check" + (batch ? " (no records)" : ""))
            }
            if batch {
                let records = try JSONLRecords.parse(input).map { record in
                    QARecord(id: record.rawID, target: Array(try record.string("target").utf8),
                             source: try record.fields["source"] == nil ? nil : Array(record.string("source").utf8))
                }
                documents = try qa.check(records, jobs: jobs)
            } else {
                let session = try QASession(checks: qa.checks, source: qa.source, target: qa.target, glossary: qa.glossary,
                                            relation: qa.relation, lexicon: qa.lexicon)
                let source = try self.source.map { (name: $0, bytes: try TextFile.read(path: $0).bytes) }
                documents.append(try session.check(name: input.name, target: input.bytes, source: source))
            }

            var sink = OutputSink(path: output.output)
            switch format {
            case .text: documents.forEach { sink.write(QATextReport.render($0)) }
            case .jsonl: documents.forEach { sink.write(QAJSONReport.render($0)) }
            case .html: sink.write(QAHTMLReport.render(documents, checks: QARegistry.checks.filter { selected.contains($0) }))
            }
            try sink.commit()
            for document in documents {
                if let decision = document.relation { warn("\(document.name): source treated as \(decision.summary)") }
            }
            let findings = documents.flatMap(\.findings)
            warn(QATextReport.summary(findings))
            if findings.contains(where: { $0.severity >= failOn.severity }) { throw ExitCode(1) }
        }

        private func languages() throws -> (Language, Language) {
            let codes = langs.split(separator: ",").map(String.init)
            guard codes.count == 2, let source = Language(code: codes[0]), let target = Language(code: codes[1]) else {
                throw ValidationError("--langs expects SOURCE,TARGET such as en,de")
            }
            return (source, target)
        }

        private static func ids(_ list: String?) -> [String] {
            list?.split(separator: ",").map { String($0).trimmingCharacters(in: " ") } ?? []
        }
    }
}

extension SourceRelation: ExpressibleByArgument {}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
