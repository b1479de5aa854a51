import ArgumentParser
import BitextKit

/// Exit statuses, the same for every command: 0 done, 1 findings at the `--fail-on` level (`qa`, and `run`
/// with `--fail-on`), 2 bad usage, unreadable input or unwritable output.
enum ExitStatus {
    static let findings: Int32 = 1
    static let failure: Int32 = 2
}

/// The `bitext` command: a thin layer over BitextKit that parses arguments, reads inputs and writes
/// results. Everything it computes comes from the library.
@main
struct Bitext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "German-English news text: normalize, split, pair, align, build glossaries and check translations.",
        version: "0.1.0",
        subcommands: [Normalize.self, Split.self, Tokenize.self, Align.self, Pair.self, GlossaryCommand.self, Run.self, QA.self, Bench.self]
    )

    static func main() {
        MemoryPolicy.apply()
        LexiconCache.announceBuilds { paths, directory in
            warn("building the lexicon from \(paths.joined(separator: ", ")) (once, several seconds; later runs load it from \(directory))")
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as ExitCode {
            // A command's own verdict (qa: findings at the --fail-on level).
            exit(withError: status)
        } catch {
            // Help and --version end with 0; everything else is bad usage, unreadable input or
            // unwritable output: the message on standard error, exit status 2 (see the README).
            if exitCode(for: error) == .success { exit(withError: error) }
            warnRaw(fullMessage(for: error))
            exit(withError: ExitCode(ExitStatus.failure))
        }
    }
}
