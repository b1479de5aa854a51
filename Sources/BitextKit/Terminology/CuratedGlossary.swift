import Foundation

/// The curated glossaries shipped with bitext (`glossaries/*.tsv` in the repository, bundled as a
/// package resource so an installed binary has them) and the user's `--glossary` files.
public enum CuratedGlossary {
    /// The default glossary's file name.
    public static let defaultName = "diplomacy-news.de-en"

    /// The bundled default glossary.
    ///
    /// - Throws: `LanguageDataError.missing` when the resource is absent (a broken installation),
    ///   `InputError` when it does not parse.
    public static func loadDefault() throws -> Glossary {
        guard let url = try ResourceBundle.url(defaultName, ext: "tsv", subdirectory: "Glossaries") else {
            throw LanguageDataError.missing("Glossaries/\(defaultName).tsv")
        }
        return try load(path: url.path)
    }

    /// A glossary file in any format bitext reads (format from the extension or the content).
    public static func load(path: String) throws(InputError) -> Glossary {
        try GlossaryFormat.detect(path: path).read(path: path)
    }

    /// The default glossary (unless `includeDefault` is false) followed by `paths`; for a German-English
    /// pair listed twice, the first listing wins.
    public static func load(includeDefault: Bool, paths: [String]) throws -> Glossary {
        var glossary = includeDefault ? try loadDefault() : Glossary()
        for path in paths { glossary = glossary.adding(try load(path: path)) }
        return glossary
    }
}
