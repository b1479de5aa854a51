/// A language bitext has its own data for. The raw value is the ICU locale and the folder name
/// under `Resources/LanguageData`.
public enum Language: String, Sendable, CaseIterable, Codable {
    case de, en, fr

    /// Parses "de", "DE", "de-AT", "de_CH" … to the base language.
    public init?(code: String) {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard let language = Language(rawValue: base) else { return nil }
        self = language
    }
}
