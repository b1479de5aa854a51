/// What bitext keeps from a Ding file besides its lexicon: the German nouns' grammar
/// (`GermanNounGrammar`), the senses' subject-field counts (`DingSubjectFields`) and the verbs' forms
/// (`GermanVerbForms`, for QA's glossary matching).
///
/// All come from one pass over the 25 MB, about 2 s in release, and are kept in `LexiconCache`
/// beside the lexicon, so that only the first `bitext run`, `glossary build` or `qa --glossary`
/// after installing Ding or rebuilding bitext pays it.
///
/// ```swift
/// let tables = try DingTables.load(path: DingReader.defaultPath, cache: .standard)
/// tables.grammar.gender(of: "Botschaft")  // .feminine
/// ```
struct DingTables: Equatable {
    var grammar: GermanNounGrammar
    var subjectFields: DingSubjectFields
    var verbForms: GermanVerbForms

    /// Reads all three from a Ding file's lines, with `labels` as the subject fields' names and
    /// `verbGrammar` as the German endings and Ding's notation of verb forms.
    ///
    /// - Complexity: O(bytes).
    static func read(dingBytes bytes: [UInt8], labels: [String], verbGrammar: GermanVerbForms.Grammar) -> DingTables {
        var grammarReader = GermanNounGrammar.Reader()
        var fieldsReader = DingSubjectFields.Reader(labels: labels)
        var verbReader = GermanVerbForms.Reader(grammar: verbGrammar)
        DingReader.forEachEntry(bytes) { german, english in
            grammarReader.add(bytes, german: german, english: english)
            fieldsReader.add(bytes, german: german)
            verbReader.add(bytes, german: german)
        }
        return DingTables(grammar: grammarReader.finish(), subjectFields: fieldsReader.finish(), verbForms: verbReader.finish())
    }

    /// The tables of the Ding file at `path`: from `cache` when it holds them for this file (path,
    /// size, modification time), this bundled language data and this build of bitext, else read and
    /// stored there.
    ///
    /// - Throws: when the language data cannot be loaded or the file cannot be read.
    static func load(path: String, cache: LexiconCache) throws -> DingTables {
        try load(path: path, cache: cache, decode: deserialized) { $0 }
    }

    /// The verbs' forms of the Ding file at `path`, for QA: a cached entry is read for them alone
    /// (`verbForms(inSerialized:)`), not for the nouns' and senses' tables that QA has no use for (they
    /// hold 14 and 18 MB in memory); without one, all tables are read and stored as
    /// `load(path:cache:)` does.
    ///
    /// - Throws: when the language data cannot be loaded or the file cannot be read.
    static func loadVerbForms(path: String, cache: LexiconCache) throws -> GermanVerbForms {
        try load(path: path, cache: cache, decode: verbForms(inSerialized:)) { $0.verbForms }
    }

    /// What `answer` takes from the tables of `path`: decoded from the cache entry when there is one,
    /// else read, stored, and taken from what was read.
    private static func load<Answer>(path: String, cache: LexiconCache, decode: ([UInt8]) -> Answer?,
                                     answer: (DingTables) -> Answer) throws -> Answer {
        let labels = try DingSubjectFields.labels()
        let verbGrammar = try GermanVerbForms.Grammar.load()
        let key = "\(serializationMagic)|" + labels.joined(separator: "\n") + "|" + verbGrammar.key
        return try cache.value(kind: .ding, key: key, paths: [path], decode: decode, encode: { $0.serialized() }, answer: answer) {
            read(dingBytes: try LexiconFile.readBytes(path), labels: labels, verbGrammar: verbGrammar)
        }
    }
}
