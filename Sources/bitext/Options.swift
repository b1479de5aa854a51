import ArgumentParser
import BitextKit

extension Language: ExpressibleByArgument {}

/// `--lang`, shared by the single-language commands.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the text: de, en or fr.")
    var lang: Language = .de
}

/// `-o FILE`: where results go (standard output when absent).
struct OutputOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write results to this file (atomically) instead of standard output.")
    var output: String?
}
