import ArgumentParser
import BitextKit

/// The `bitext` command: a thin layer over BitextKit that parses arguments, reads inputs and writes
/// results. Everything it computes comes from the library.
@main
struct Bitext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "German-English news text: normalize, split, pair, align, build glossaries and check translations.",
        version: "0.1.0",
        subcommands: [Normalize.self, Split.self, Tokenize.self, Align.self, Pair.self, GlossaryCommand.self, Run.self, Stage.self, QA.self, Bench.self]
    )

    static func main() {
        MemoryPolicy.apply()
        LexiconCache.announceBuilds { paths, directory in
            warn("building the lexicon from \(paths.joined(separator: ", ")) (once, several seconds; later runs load it from \(directory))")
        }
        main(nil)
    }
}
