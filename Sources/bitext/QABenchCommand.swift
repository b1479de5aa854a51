import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    /// `bitext bench qa`: batch QA throughput with all checks on, in MB of target text per second,
    /// the lexicon loaded once outside the timing, best of several runs, as one JSON object. Each run
    /// is what `bitext qa --batch` does: the records spread over `--jobs` threads, each with its own
    /// session (so the per-thread set-up is timed). Hunspell's dictionaries are opened in the first run
    /// only: later runs reuse the handles (`HunspellHandles`), as any process checking several batches
    /// does, so the best run leaves out about 0.06 s per thread that a one-off `bitext qa --batch` pays;
    /// the first run's figures (`first_seconds`, `first_qa_mb_s`) are what a one-off process gets after
    /// start-up. Both wall-clock and CPU time are reported: on a shared machine the wall clock also
    /// measures the neighbours.
    struct QABench: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "qa", abstract: "Batch QA throughput (all checks) on JSONL records.")

        @Option(help: "Timed runs; the best is reported.") var runs: Int = 3
        @Option(help: "Worker threads, as bitext qa --batch uses them (default: all cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
        @Argument(help: "JSONL records {\"id\",\"source\",\"target\"} (1 MB of targets or more gives stable figures).") var file: String

        func run() throws {
            let input = try TextFile.read(path: file)
            let records = try JSONLRecords.parse(input).map { record in
                QARecord(id: try record.rawID, target: Array(try record.string("target").utf8),
                         source: try record.fields["source"] == nil ? nil : Array(record.string("source").utf8))
            }
            let batch = try QABatch(checks: QARegistry.checks, source: .en, target: .de, glossary: QAGlossary(), relation: .parallel)
            var findings = 0
            var best = Double.infinity
            var bestCPU = Double.infinity
            var first: Double?
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                let startCPU = clock()
                findings = try batch.check(records, jobs: jobs) { $0.findings.count }.reduce(0, +)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                first = first ?? seconds
                best = min(best, seconds)
                bestCPU = min(bestCPU, Double(clock() - startCPU) / Double(CLOCKS_PER_SEC))
            }
            let bytes = records.reduce(0) { $0 + $1.target.count }
            var line = JSONLine()
            line.field("records", records.count)
            line.field("jobs", jobs)
            line.field("target_bytes", bytes)
            line.field("findings", findings)
            line.field("seconds", best, decimals: 3)
            line.field("cpu_seconds", bestCPU, decimals: 3)
            line.field("qa_mb_s", Double(bytes) / 1_000_000 / best, decimals: 2)
            line.field("qa_mb_per_cpu_s", Double(bytes) / 1_000_000 / bestCPU, decimals: 2)
            line.field("first_seconds", first ?? best, decimals: 3)
            line.field("first_qa_mb_s", Double(bytes) / 1_000_000 / (first ?? best), decimals: 2)
            var sink = OutputSink(path: nil)
            sink.write(line.finished())
            try sink.commit()
        }
    }
}
