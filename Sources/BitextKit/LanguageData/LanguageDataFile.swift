import Foundation

/// One commented line file of language data, e.g. `de/abbreviations.txt`.
///
/// Format: one entry per line; `#` starts a comment line; blank lines are ignored; a line
/// `[section-name]` makes the following entries belong to that section (e.g. abbreviations that
/// are abbreviations only before a number). Entries before any section belong to "default".
public struct LanguageDataFile: Sendable {
    public struct Entry: Sendable, Equatable {
        public let text: String
        public let section: String
        /// 1-based line in the file, for diagnostics about the data itself.
        public let line: Int
    }

    public let entries: [Entry]

    public init(contents: String) {
        var entries: [Entry] = []
        var section = "default"
        for (index, raw) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            entries.append(Entry(text: line, section: section, line: index + 1))
        }
        self.entries = entries
    }

    /// Loads `name` for `language` (or the `common` folder when `language` is nil) from the
    /// package's bundled resources. Missing files are an error of the installation, not of input.
    public static func load(_ name: String, language: Language?) throws -> LanguageDataFile {
        let folder = language?.rawValue ?? "common"
        guard let url = try ResourceBundle.url(name, ext: "txt", subdirectory: "LanguageData/\(folder)") else {
            throw LanguageDataError.missing("\(folder)/\(name).txt")
        }
        return LanguageDataFile(contents: try String(contentsOf: url, encoding: .utf8))
    }

    /// Loads `name` if the language has it, else an empty file (not every language needs every list).
    public static func loadIfPresent(_ name: String, language: Language?) throws -> LanguageDataFile {
        do {
            return try load(name, language: language)
        } catch LanguageDataError.missing {
            return LanguageDataFile(contents: "")
        }
    }

    /// The entries of one section.
    public func section(_ name: String) -> [String] {
        entries.filter { $0.section == name }.map(\.text)
    }
}

/// A problem with bitext's own bundled data (a broken installation).
public enum LanguageDataError: Error, CustomStringConvertible {
    case missing(String)
    case invalid(file: String, line: Int, message: String)
    /// The whole resource bundle is absent (a binary copied without its `bitext_BitextKit.resources`).
    case bundleMissing(searched: [String])

    public var description: String {
        switch self {
        case .missing(let file): return "bundled language data missing: \(file) (reinstall bitext)"
        case let .invalid(file, line, message): return "bundled language data \(file):\(line): \(message)"
        case .bundleMissing(let searched):
            return "bitext's resources (\(ResourceBundle.bundleName)) are missing: copy that folder next to the binary "
                + "or set \(ResourceBundle.environmentVariable) to it (searched \(searched.joined(separator: ", ")))"
        }
    }
}
