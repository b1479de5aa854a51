/// What bitext keeps from a Ding file besides its lexicon: the German nouns' grammar
/// (`GermanNounGrammar`) and the senses' subject-field counts (`DingSubjectFields`).
///
/// Both come from one pass over the 25 MB, about 2 s in release, and are kept in `LexiconCache`
/// beside the lexicon, so that only the first `bitext run` or `glossary build` after installing
/// Ding or rebuilding bitext pays it.
///
/// ```swift
/// let tables = try DingTables.load(path: DingReader.defaultPath, cache: .standard)
/// tables.grammar.gender(of: "Botschaft")  // .feminine
/// ```
struct DingTables: Equatable {
    var grammar: GermanNounGrammar
    var subjectFields: DingSubjectFields

    /// Reads both from a Ding file's lines, with `labels` as the subject fields' names.
    ///
    /// - Complexity: O(bytes).
    static func read(dingBytes bytes: [UInt8], labels: [String]) -> DingTables {
        var grammarReader = GermanNounGrammar.Reader()
        var fieldsReader = DingSubjectFields.Reader(labels: labels)
        DingReader.forEachEntry(bytes) { german, english in
            grammarReader.add(bytes, german: german, english: english)
            fieldsReader.add(bytes, german: german)
        }
        return DingTables(grammar: grammarReader.finish(), subjectFields: fieldsReader.finish())
    }

    /// The tables of the Ding file at `path`: from `cache` when it holds them for this file (path,
    /// size, modification time), these subject-field labels and this build of bitext, else read and
    /// stored there.
    ///
    /// - Throws: when the labels cannot be loaded or the file cannot be read.
    static func load(path: String, cache: LexiconCache) throws -> DingTables {
        let labels = try DingSubjectFields.labels()
        return try cache.value(kind: .ding, key: "\(serializationMagic)|" + labels.joined(separator: "\n"), paths: [path],
                               decode: deserialized, encode: { $0.serialized() }) {
            read(dingBytes: try LexiconFile.readBytes(path), labels: labels)
        }
    }
}
