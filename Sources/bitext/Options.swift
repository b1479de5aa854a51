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

    /// An output that cannot be written (a folder, a missing folder) fails before any work is done.
    func validate() throws {
        guard let output else { return }
        try OutputPath.check(output)
    }
}

/// `--langs A,B`: the languages of a bilingual command's inputs, in the order the command takes them
/// (align, pair, run, glossary build: German first; qa: source, then target). `source` is the first.
struct LanguagePair: ExpressibleByArgument, Equatable {
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

    /// Whether the pair is German and English in either order (what the German-English pipeline takes).
    var isGermanEnglish: Bool { Set([source, target]) == [.de, .en] }
}

extension TextRelation: ExpressibleByArgument {}
extension TMXDirection: ExpressibleByArgument {}

/// `--one-to-one` (default) or `--many`: how many partners an article may have.
enum PairingMultiplicity: String, EnumerableFlag {
    case oneToOne, many

    static func help(for value: PairingMultiplicity) -> ArgumentHelp? {
        switch value {
        case .oneToOne: "Each article in at most one pair (default)."
        case .many: "Every pair above the threshold (several reports of one article)."
        }
    }
}

/// A comma-separated list of check ids (`--checks a,b`), parsed and validated against the registry.
struct CheckList: ExpressibleByArgument {
    let ids: [String]

    init?(argument: String) {
        ids = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !ids.isEmpty else { return nil }
    }
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

/// `--fail-on warning|error`: the finding severity from which `qa` (and `run`, when given) exits with 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case warning, error

    var severity: QASeverity { self == .warning ? .warning : .error }
}
