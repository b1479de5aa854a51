/// A glossary format in XML (TMX, TBX), read as a stream of entries: a large file's entries are
/// handed on one at a time, and the whole-glossary readers are built on that one reader.
public protocol XMLGlossaryFormat {
    /// Streams the entries of `stream` to `body`, one entry in memory at a time.
    ///
    /// - Throws: `InputError.malformed` with the position of the first offending element.
    static func read(_ stream: XMLStream, each body: (GlossaryEntry) throws(InputError) -> Void) throws(InputError)
}

extension XMLGlossaryFormat {
    /// The whole glossary of a validated file.
    ///
    /// - Throws: `InputError.malformed` with the position of the first offending element.
    public static func read(_ file: TextFile) throws(InputError) -> Glossary {
        try read(XMLStream(file))
    }

    /// The whole glossary of a stream (any encoding XML allows).
    public static func read(_ stream: XMLStream) throws(InputError) -> Glossary {
        var entries: [GlossaryEntry] = []
        try read(stream) { entries.append($0) }
        return Glossary(entries: entries)
    }
}
