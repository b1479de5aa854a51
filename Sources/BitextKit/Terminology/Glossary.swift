/// An ordered list of term pairs: ranked when extracted, in file order when read.
public struct Glossary: Sendable, Equatable, Codable {
    public var entries: [GlossaryEntry]
    /// Candidates a build held back because a QA check flags a word of theirs in the text they came
    /// from (`TermArtifactScreen`); each entry's note gives the finding. Not part of any file format:
    /// `bitext glossary build --suspects FILE` writes them as a glossary of their own.
    public var suspects: [GlossaryEntry] = []

    public init(entries: [GlossaryEntry] = [], suspects: [GlossaryEntry] = []) {
        self.entries = entries
        self.suspects = suspects
    }

    public var count: Int { entries.count }

    /// Adds the entries of `other` whose German-English pair is not already present
    /// (compared case-insensitively), keeping this glossary's entries first: the way curated
    /// glossaries given later (`--glossary`) extend the default one without overriding it.
    public func adding(_ other: Glossary) -> Glossary {
        var seen = Set(entries.map(\.pairKey))
        var merged = entries
        for entry in other.entries where seen.insert(entry.pairKey).inserted {
            merged.append(entry)
        }
        return Glossary(entries: merged, suspects: suspects + other.suspects)
    }
}

extension GlossaryEntry {
    /// The pair in lower case, for duplicate detection.
    var pairKey: String { german.lowercased() + "\t" + english.lowercased() }
}
