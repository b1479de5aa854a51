import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure throughput on a file or on synthetic data (a benchmark, not a test).",
            subcommands: [SplitBench.self, AlignBench.self, GlossaryBench.self, QABench.self]
        )
    }

    /// `bitext bench split`: bare ICU sentence breaking (the ceiling) and `bitext split` over the same
    /// in-memory buffer, best of several runs, printed as one JSON object.
    struct SplitBench: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "split", abstract: "Sentence-splitting throughput against bare ICU.")

        @OptionGroup var language: LanguageOption
        @Option(help: "Timed runs of each; the best is reported.") var runs: Int = 3
        @Argument(help: "A large text file (20 MB or more gives stable figures).") var file: String

        func run() throws {
            let input = try TextFile.read(path: file)
            let breaker = try BreakIterator(.sentence, locale: language.lang.rawValue)
            let splitter = try SentenceSplitter(language: language.lang)
            var icuBoundaries = 0
            var sentences = 0
            let icuSeconds = try Stopwatch.best(of: runs) {
                icuBoundaries = 0
                try input.bytes.withUnsafeBufferPointer { buffer in
                    try breaker.forEachBatch(in: buffer) { offsets, _ in icuBoundaries += offsets.count }
                }
            }
            let splitSeconds = try Stopwatch.best(of: runs) {
                sentences = try splitter.split(bytes: input.bytes).count
            }
            let megabytes = Double(input.bytes.count) / 1_000_000
            var line = JSONLine()
            line.field("bytes", input.bytes.count)
            line.field("icu_boundaries", icuBoundaries)
            line.field("sentences", sentences)
            line.field("icu_sentence_break_mb_s", megabytes / icuSeconds, decimals: 1)
            line.field("bitext_split_mb_s", megabytes / splitSeconds, decimals: 1)
            line.field("ratio_to_icu", icuSeconds / splitSeconds, decimals: 3)
            var sink = OutputSink(path: nil)
            sink.write(line.finished())
            try sink.commit()
        }
    }
}
