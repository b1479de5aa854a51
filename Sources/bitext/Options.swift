import ArgumentParser
import BitextKit
import Foundation

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

/// `--langs de,en`: the source and target languages of a bilingual command.
struct LanguagePair: ExpressibleByArgument {
    let source: Language
    let target: Language

    init(source: Language, target: Language) {
        self.source = source
        self.target = target
    }

    init?(argument: String) {
        let parts = argument.split(separator: ",")
        guard parts.count == 2, let s = Language(code: String(parts[0])), let t = Language(code: String(parts[1])) else { return nil }
        self.init(source: s, target: t)
    }

    var defaultValueDescription: String { "\(source.rawValue),\(target.rawValue)" }
}

/// `--lexicon FILE …` and `--no-default-lexicon`, shared by the commands that translate words.
struct LexiconOptions: ParsableArguments {
    @Option(help: "A lexicon file (Ding, FreeDict .dict.dz, or German<TAB>translation TSV); repeatable.") var lexicon: [String] = []
    @Flag(help: "Do not load the installed default dictionary (Ding, /usr/share/trans/de-en).") var noDefaultLexicon = false

    /// The dictionary files for a language pair: the installed default (unless switched off) plus the given files.
    func paths(_ pair: LanguagePair) -> [String] {
        let defaults = noDefaultLexicon ? [] : LexiconLoader.defaultPaths(source: pair.source, target: pair.target,
                                                                         fileExists: FileManager.default.fileExists(atPath:))
        return defaults + lexicon
    }

    /// The lexicon for a language pair.
    func load(_ pair: LanguagePair) throws -> Lexicon {
        do {
            return try LexiconLoader.load(source: pair.source, target: pair.target, paths: paths(pair))
        } catch let error as LexiconError {
            throw CLIError(error.description)
        }
    }
}
