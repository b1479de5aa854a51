import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    /// `bitext bench align`: aligns two synthetic N-sentence documents (a benchmark, not a test) and
    /// reports the time of each stage and the peak resident memory, as one JSON object.
    struct AlignBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "align",
            abstract: "Time sentence alignment on two synthetic documents of N sentences.",
            discussion: """
                The documents come from SyntheticBitext: random German-like sentences, their word-by-word \
                "translations" through a generated lexicon, with merges and drops on the target side. \
                --ding also times loading the Ding dictionary (when installed).
                """
        )

        @Option(help: "Sentences per document.") var sentences: Int = 1000
        @Flag(help: "Also time loading /usr/share/trans/de-en.") var ding = false

        func run() throws {
            var line = JSONLine()
            line.field("sentences", sentences)
            if ding, FileManager.default.fileExists(atPath: DingReader.defaultPath) {
                let start = DispatchTime.now().uptimeNanoseconds
                let lexicon = try LexiconLoader.load(source: .de, target: .en, paths: [DingReader.defaultPath])
                line.field("ding_load_seconds", seconds(since: start), decimals: 3)
                line.field("ding_source_stems", lexicon.count)
            }
            let bitext = try SyntheticBitext(sentences: sentences, seed: 7)
            var start = DispatchTime.now().uptimeNanoseconds
            let extractor = try FeatureExtractor(lexicon: bitext.lexicon)
            let source = try extractor.sourceSide(bitext.source)
            let target = try extractor.targetSide(bitext.target)
            line.field("features_seconds", seconds(since: start), decimals: 3)
            start = DispatchTime.now().uptimeNanoseconds
            let beads = SentenceAligner().align(source: source, target: target, keyCount: extractor.keyCount)
            line.field("align_seconds", seconds(since: start), decimals: 3)
            line.field("beads", beads.count)
            line.field("gold_beads_found", bitext.goldBeadsFound(in: beads))
            line.field("gold_beads", bitext.gold.count)
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            line.field("peak_rss_mb", Double(usage.ru_maxrss) / 1024, decimals: 1)
            var sink = OutputSink(path: nil)
            sink.write(line.finished())
            try sink.commit()
        }

        private func seconds(since start: UInt64) -> Double {
            Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
    }
}
