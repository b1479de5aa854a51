import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    struct Pair: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the German and English articles that report the same events.",
            discussion: """
                Each side is a folder of text files, or a single text file. \
                Output: de_file<TAB>en_file<TAB>score per pair (tsv), or with evidence (jsonl). Articles \
                left unpaired, and files that could not be read, are listed on standard error (tsv) or as \
                records in the JSONL.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case tsv, jsonl
        }

        @Option(help: "Languages of the two sides, in the order given.") var langs = LanguagePair(source: .de, target: .en)
        @Flag var pairing: PairingMultiplicity = .oneToOne
        @Option(help: "Calibrated score threshold in [0, 1].") var minScore = PairingOptions().minScore
        @Option(help: "Output format: tsv or jsonl.") var format: Format = .tsv
        @Option(help: "Worker threads (default: all cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
        @OptionGroup var lexiconOptions: LexiconOptions
        @OptionGroup var output: OutputOption
        @Argument(help: "The side in the first --langs language (German by default): a folder of text files, or a file.") var firstSide: String
        @Argument(help: "The side in the second --langs language (English by default): a folder of text files, or a file.") var secondSide: String

        /// The pairer reads German against the other language, so `--langs en,de` is the same job as
        /// `de,en` with the inputs given the other way round: same pairs, German column first.
        private var germanFirst: Bool { langs.source == .de }
        private var germanSide: String { germanFirst ? firstSide : secondSide }
        private var englishSide: String { germanFirst ? secondSide : firstSide }
        private var pairLanguages: LanguagePair { germanFirst ? langs : LanguagePair(source: langs.target, target: langs.source) }

        func validate() throws {
            if langs.source == langs.target { throw ValidationError("--langs: the two sides must differ") }
            if langs.source != .de && langs.target != .de { throw ValidationError("--langs: one side must be German (de)") }
            if !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            var german = try ArticleCollection.read(germanSide)
            var english = try ArticleCollection.read(englishSide)
            try german.setAsideMisplaced(expected: pairLanguages.source, others: [pairLanguages.target])
            try english.setAsideMisplaced(expected: pairLanguages.target, others: [pairLanguages.source])
            for skipped in german.skipped + english.skipped { warn("skipped \(skipped)") }
            for (side, path) in [(german, germanSide), (english, englishSide)] where side.texts.isEmpty {
                warn("\(path): no articles to pair")
            }
            let lexicon = try lexiconOptions.load(pairLanguages)
            var options = PairingOptions()
            options.oneToOne = pairing == .oneToOne
            options.minScore = minScore
            options.jobs = jobs
            let result = try DocumentPairer(lexicon: lexicon).pair(german: german.texts, english: english.texts, options: options)
            var sink = OutputSink(path: output.output)
            for pair in result.pairs {
                let de = german.names[pair.german], en = english.names[pair.english]
                switch format {
                case .tsv: sink.write("\(TabSeparatedRows.escape(de))\t\(TabSeparatedRows.escape(en))\t\(JSONLine.format(pair.score, decimals: 4))\n")
                case .jsonl: sink.write(PairJSON.line(for: pair, german: de, english: en))
                }
            }
            let unpaired = result.unpairedGerman.map { (german.names[$0.index], "german", $0.bestScore) }
                + result.unpairedEnglish.map { (english.names[$0.index], "english", $0.bestScore) }
            for (name, side, best) in unpaired {
                if format == .jsonl {
                    var line = JSONLine()
                    line.field("unpaired", side)
                    line.field("file", name)
                    line.field("best_score", best)
                    sink.write(line.finished())
                } else {
                    warn("unpaired \(side) article \(name) (best candidate score \(JSONLine.format(best, decimals: 3)))")
                }
            }
            for skipped in german.skipped + english.skipped where format == .jsonl {
                var line = JSONLine()
                line.field("skipped", skipped.description)
                sink.write(line.finished())
            }
            try sink.commit()
            warn("\(result.pairs.count) pair(s); \(result.unpairedGerman.count) German and \(result.unpairedEnglish.count) English article(s) unpaired")
        }
    }
}

/// The JSONL form of a pair with its evidence.
enum PairJSON {
    static func line(for pair: DocumentPair, german: String, english: String) -> [UInt8] {
        var line = JSONLine()
        line.field("german", german)
        line.field("english", english)
        line.field("score", pair.score)
        line.field("similarity", pair.similarity.value)
        var coverage = JSONLine()
        coverage.field("german", pair.similarity.germanCoverage)
        coverage.field("english", pair.similarity.englishCoverage)
        line.field("coverage", raw: coverage.object())
        var evidence = JSONLine()
        evidence.field("names", raw: JSONLine.array(pair.evidence.names.map { JSONLine.array([quoted($0.german), quoted($0.english)]) }))
        evidence.field("numbers", raw: JSONLine.array(pair.evidence.numbers.map(quoted)))
        evidence.field("terms", raw: JSONLine.array(pair.evidence.terms.map { JSONLine.array([quoted($0.german), quoted($0.english)]) }))
        line.field("evidence", raw: evidence.object())
        return line.finished()
    }

    private static func quoted(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        JSONLine.appendString(text, to: &bytes)
        return bytes
    }
}
