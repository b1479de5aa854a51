import ArgumentParser
import BitextKit
import Foundation

extension AlignmentFormat: ExpressibleByArgument {}

extension Bitext {
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Align the sentences of an article and its translation (or of two comparable articles).",
            discussion: """
                parallel: monotone beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) from sentence lengths and \
                lexical evidence (lexicon, names, numbers, cognates). comparable: only the sentence pairs that \
                say the same thing, in any order. Without --lexicon, German-English uses the Ding dictionary \
                (/usr/share/trans/de-en) when installed; --lexicon takes Ding, FreeDict (.dict.dz) or TSV files.
                """
        )

        enum Mode: String, ExpressibleByArgument, CaseIterable {
            case parallel, comparable
        }

        @Option(help: "Source and target language.") var langs = LanguagePair(source: .de, target: .en)
        @Option(help: "parallel (a translation) or comparable (articles on the same events).") var mode: Mode = .parallel
        @Flag(help: "Inputs hold one sentence per line (empty lines count as sentences).") var presplit = false
        @Option(help: "Output format: tsv, jsonl, ladder or tmx.") var format: AlignmentFormat = .tsv
        @OptionGroup var lexiconOptions: LexiconOptions
        @Option(help: "Leave out beads with a lower confidence (comparable mode: also raises the threshold).") var minScore: Double?
        @OptionGroup var output: OutputOption
        @Argument(help: "Source-language file.") var sourceFile: String
        @Argument(help: "Target-language file.") var targetFile: String

        func validate() throws {
            if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
            if langs.source != .de && langs.target != .de { throw ValidationError("--langs: one side must be German (de)") }
        }

        func run() throws {
            let sourceInput = try TextFile.read(path: sourceFile)
            let targetInput = try TextFile.read(path: targetFile)
            let source = presplit ? AlignmentDocument.presplit(sourceInput, language: langs.source)
                : try AlignmentDocument.split(sourceInput, language: langs.source)
            let target = presplit ? AlignmentDocument.presplit(targetInput, language: langs.target)
                : try AlignmentDocument.split(targetInput, language: langs.target)
            for warning in try AlignmentWarning.check(source: source, target: target) { warn(warning.description) }

            let loaded = try lexiconOptions.load(langs)
            let extractor = try FeatureExtractor(lexicon: loaded)
            let sourceSide = try extractor.sourceSide(source.sentences)
            let targetSide = try extractor.targetSide(target.sentences)
            var beads: [AlignmentBead]
            switch mode {
            case .parallel:
                beads = SentenceAligner().align(source: sourceSide, target: targetSide, keyCount: extractor.keyCount)
            case .comparable:
                var matcher = ComparableMatcher()
                matcher.minimumScore = minScore ?? 0
                beads = matcher.match(source: sourceSide, target: targetSide, keyCount: extractor.keyCount)
            }
            if let minScore { beads = beads.filter { $0.confidence >= minScore } }
            var sink = OutputSink(path: output.output)
            sink.write(AlignmentWriter(source: source, target: target).render(beads, as: format))
            try sink.commit()
        }
    }
}
