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
                say the same thing, in any order. auto: comparable unless 70% of the sentences find a \
                counterpart, then parallel (said on standard error). Without --lexicon, German-English uses the Ding dictionary \
                (/usr/share/trans/de-en) when installed; --lexicon takes Ding, FreeDict (.dict.dz) or TSV files.
                """
        )

        @Option(help: "Languages of the two files, in the order given.") var langs = LanguagePair(source: .de, target: .en)
        @Option(help: "parallel (a translation), comparable (articles on the same events) or auto (decided from the share of sentences with a counterpart).")
        var mode: TextRelation = .parallel
        @Flag(help: "Inputs hold one sentence per line (empty lines count as sentences).") var presplit = false
        @Option(help: "Output format: tsv, jsonl, ladder or tmx.") var format: AlignmentFormat = .tsv
        @Option(help: "TMX orientation: en-de (English source, the default) or de-en; --langs still names the inputs.") var direction: TMXDirection = .enDe
        @OptionGroup var lexiconOptions: LexiconOptions
        @Option(help: "Leave out beads with a lower confidence (comparable mode: also raises the threshold).") var minScore: Double?
        @OptionGroup var output: OutputOption
        @Argument(help: "The file in the first --langs language (German by default).") var sourceFile: String
        @Argument(help: "The file in the second --langs language (English by default).") var targetFile: String

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
            var matcher = ComparableMatcher()
            matcher.minimumScore = minScore ?? 0
            var beads = mode == .parallel ? [] : matcher.match(source: try extractor.sourceSide(source.sentences),
                                                               target: try extractor.targetSide(target.sentences), keyCount: extractor.keyCount)
            var relation = mode
            if mode == .auto {
                let decision = TranslationTest.decide(beads, sourceCount: source.sentences.count, targetCount: target.sentences.count)
                warn("\(targetInput.name): aligned as \(decision.summary)")
                relation = decision.relation
            }
            if relation == .parallel {
                beads = try SentenceAligner().align(source: source.sentences, target: target.sentences, extractor: extractor)
            }
            if let minScore { beads = beads.filter { $0.confidence >= minScore } }
            var sink = OutputSink(path: output.output)
            sink.write(AlignmentWriter(source: source, target: target, direction: direction, relation: relation).render(beads, as: format))
            try sink.commit()
        }
    }
}
