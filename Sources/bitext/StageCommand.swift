import ArgumentParser
import BitextKit
import Foundation

extension Bitext {
    /// `bitext stage …`: the steps of `bitext run` one at a time over the shards of a large corpus,
    /// for a scheduler to run (workflow/Snakefile). Every stage reads and writes files in a work folder.
    struct Stage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The steps of `bitext run` one by one over a sharded corpus, for a scheduler (see workflow/Snakefile).",
            discussion: """
                In order: prepare (per shard of each side), pair, align (per German shard), vocabulary, \
                glossary-counts (per German shard), glossary, merge. The merge writes the same OUT_DIR as \
                `bitext run` on the same folders with the same options; `corpus` (after align) writes the \
                aligned sentence pairs for corpus builders. Every stage must get the same --shards, \
                dictionary and glossary options; WORK_DIR holds what they hand each other.
                """,
            subcommands: [Prepare.self, PairStage.self, AlignStage.self, Vocabulary.self, GlossaryCounts.self, GlossaryStage.self, Merge.self, Corpus.self]
        )
    }
}

/// How the translation memories are written: the align stage writes each pair's TMX, the merge
/// `aligned.tmx` and `comparable.tmx`; both must get the same values (as `bitext run` takes them).
struct TranslationMemoryOptions: ParsableArguments {
    @Option(help: "Pinned creation date for TMX/TBX headers (for reproducible output).") var creationDate: String?
    @Option(help: "Orientation of the translation memories written: en-de (English source, the default) or de-en.") var direction: TMXDirection = .enDe
    @Flag(help: "Also write comparable pairs' sentence matches into aligned.tmx and their own TMX (marked x-relation); by default they go only to comparable.tmx.") var comparableTm = false

    var options: RunOptions {
        var options = RunOptions()
        options.creationDate = creationDate
        options.direction = direction
        options.comparableInTranslationMemories = comparableTm
        return options
    }
}

/// What every stage needs: the work folder, the shard count and the knowledge `bitext run` loads.
struct StageOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Work folder of the corpus run.") var work: String
    @Option(help: "Number of shards per side.") var shards: Int
    @Option(help: "Worker threads (default: all cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "No progress on standard error.") var quiet = false
    @OptionGroup var lexiconOptions: LexiconOptions
    @OptionGroup var curated: CuratedGlossaryOptions

    func validate() throws {
        if shards < 1 { throw ValidationError("--shards must be at least 1") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func validate(shard: Int) throws {
        if !(0..<shards).contains(shard) { throw ValidationError("--shard must be between 0 and \(shards - 1)") }
    }

    /// The stages with `options` (jobs set from --jobs); a stage that needs the run's knowledge loads it.
    func stages(_ options: RunOptions = RunOptions()) -> CorpusStages {
        var options = options
        options.jobs = jobs
        options.pairing.jobs = jobs
        return CorpusStages(options: options, work: CorpusWorkFolder(work)) { try Bitext.Run.knowledge(lexiconOptions, curated) }
    }

    /// Runs a stage; an input error (a missing or damaged stage file) becomes a one-line CLI error.
    func perform(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as InputError {
            throw CLIError(error.description)
        }
    }
}

extension Bitext.Stage {
    struct Prepare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Normalize, split and key one shard of one side.",
            discussion: """
                INPUT is the side's folder, as given to `bitext run`: text files, or JSON Lines shards \
                (*.jsonl, *.jsonl.gz) of {"id", "text", …} records whose other fields are kept as provenance. \
                Its files, sorted by name, are cut into --shards consecutive runs; this prepares run --shard.
                """)

        enum Side: String, ExpressibleByArgument, CaseIterable {
            case de, en
        }

        @OptionGroup var stage: StageOptions
        @Option(help: "de or en.") var side: Side
        @Option(help: "Which shard (0-based).") var shard: Int
        @Argument(help: "Folder of the side's articles.") var input: String

        func validate() throws { try stage.validate(shard: shard) }

        func run() throws {
            let language: Language = side == .de ? .de : .en
            try stage.perform {
                let summary = try stage.stages().prepare(input: input, side: language, shard: shard, shards: stage.shards)
                for skipped in summary.unreadable + summary.misplaced { warn("skipped \(skipped)") }
            }
        }
    }

    struct PairStage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pair", abstract: "Pair the articles of all shards from their keys.")

        @OptionGroup var stage: StageOptions
        @Flag var pairing: PairingMultiplicity = .oneToOne
        @Option(help: "Calibrated pairing threshold in [0, 1].") var minScore = PairingOptions().minScore

        func validate() throws {
            if !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
        }

        func run() throws {
            var options = RunOptions()
            options.pairing.oneToOne = pairing == .oneToOne
            options.pairing.minScore = minScore
            try stage.perform { try stage.stages(options).pair(shards: stage.shards) }
        }
    }

    struct AlignStage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "align", abstract: "Align the pairs of one German shard, check its articles, and learn the glossary's vocabulary.")

        @OptionGroup var stage: StageOptions
        @Option(help: "Which German shard (0-based).") var shard: Int
        @Option(help: "parallel (translations), comparable (reports of the same events), or auto (decided per pair).")
        var mode: TextRelation = .auto
        @OptionGroup var memories: TranslationMemoryOptions

        func validate() throws { try stage.validate(shard: shard) }

        func run() throws {
            var options = memories.options
            options.mode = mode
            let reporter = ProgressReporter(quiet: stage.quiet, started: Date())
            try stage.perform { try stage.stages(options).align(shard: shard, shards: stage.shards, progress: reporter.report) }
        }
    }

    struct Vocabulary: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Merge the term extractors' vocabulary of all German shards.")

        @OptionGroup var stage: StageOptions

        func run() throws {
            try stage.perform { try stage.stages().mergeVocabulary(shards: stage.shards) }
        }
    }

    struct GlossaryCounts: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count the glossary terms of one German shard's pairs (mergeable counts).")

        @OptionGroup var stage: StageOptions
        @Option(help: "Which German shard (0-based).") var shard: Int

        func validate() throws { try stage.validate(shard: shard) }

        func run() throws {
            try stage.perform { try stage.stages().countTerms(shard: shard) }
        }
    }

    struct GlossaryStage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "glossary", abstract: "Merge the term counts of all shards and rank the glossary.")

        @OptionGroup var stage: StageOptions

        func run() throws {
            try stage.perform { try stage.stages().rankGlossary(shards: stage.shards) }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the run's output folder from the stages' files (as `bitext run -o` does).")

        @OptionGroup var stage: StageOptions
        @Option(name: .shortAndLong, help: "Output folder.") var output: String
        @OptionGroup var memories: TranslationMemoryOptions
        @Flag(help: "Replace an existing output folder.") var force = false
        @Option(help: "Exit with status 1 when a QA finding is at least this severe: warning or error (default: status 0 whatever QA finds).")
        var failOn: FailOn?

        func run() throws {
            if FileManager.default.fileExists(atPath: output) && !force {
                throw CLIError("\(output): already exists; use --force to replace it")
            }
            let stages = stage.stages(memories.options)
            let folder = try OutputFolder(target: URL(fileURLWithPath: output))
            var overview = RunOverview()
            // The stage files' errors are turned into CLI errors inside the fill, which would otherwise
            // report them as failures to write the output folder.
            try folder.fill { sink in try stage.perform { overview = try stages.merge(shards: stage.shards, to: sink) } }
            try folder.commit(replacing: force)
            if !stage.quiet {
                warn("\(overview.pairs.count) pair(s) aligned; wrote \(folder.fileCount) files to \(output)")
            }
            if let failOn, overview.qa.contains(where: { $0.errors > 0 || (failOn == .warning && $0.warnings > 0) }) {
                throw ExitCode(ExitStatus.findings)
            }
        }
    }

    struct Corpus: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the translations' aligned sentence pairs as a scored TSV bitext and Moses-style files.",
            discussion: """
                Writes into OUT_DIR: bitext.tsv (german, english, score, german_document, english_document, \
                provenance), bitext.de and bitext.en (line n of one translates line n of the other), and \
                rejected.tsv (the segments left out, with the reason: score, length-ratio, language, duplicate). \
                Segments come from pairs aligned as translations, in German shard order; exact duplicates \
                keep their first occurrence.
                """)

        @OptionGroup var stage: StageOptions
        @Option(name: .shortAndLong, help: "Output folder.") var output: String
        @Option(help: "Minimum bead confidence in [0, 1].") var minScore = BitextFilters().minimumScore
        @Option(help: "Maximum ratio of the longer side's length to the shorter's, in characters.") var maxLengthRatio = BitextFilters().maximumLengthRatio
        @Flag(help: "Keep segments whose German side reads as English or whose English side reads as German.") var noLanguageCheck = false
        @Flag(help: "Replace an existing output folder.") var force = false

        func validate() throws {
            if !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
            if maxLengthRatio < 1 { throw ValidationError("--max-length-ratio must be at least 1") }
        }

        func run() throws {
            if FileManager.default.fileExists(atPath: output) && !force {
                throw CLIError("\(output): already exists; use --force to replace it")
            }
            var filters = BitextFilters()
            filters.minimumScore = minScore
            filters.maximumLengthRatio = maxLengthRatio
            filters.languageCheck = !noLanguageCheck
            let stages = stage.stages()
            let folder = try OutputFolder(target: URL(fileURLWithPath: output))
            var tally = CorpusExport.Tally()
            try folder.fill { sink in try stage.perform { tally = try stages.exportCorpus(shards: stage.shards, filters: filters, to: sink) } }
            try folder.commit(replacing: force)
            if !stage.quiet {
                let rejected = tally.rejected.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                warn("\(tally.kept) segment(s) kept; left out: \(rejected.isEmpty ? "none" : rejected)")
            }
        }
    }
}
