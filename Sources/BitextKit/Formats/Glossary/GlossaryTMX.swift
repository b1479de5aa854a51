/// Glossary TMX 1.4b: one `tu` per entry with a German and an English `tuv` (valid against the
/// TMX 1.4 DTD). Entry fields TMX has no element for are `prop`s with `x-` types on the `tu`; each
/// context sentence is an `x-context` prop on its language's `tuv`, paired by order; the note is
/// the `tu`'s `note`. No creation date is written, so the same glossary gives the same bytes.
public enum GlossaryTMX: XMLGlossaryFormat {
    static let toolVersion = "0.1.0"

    /// - Parameter direction: `srclang` and the order of the `tuv`s (source first).
    public static func write(_ glossary: Glossary, direction: TMXDirection = .enDe) -> [UInt8] {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="bitext" creationtoolversion="\(toolVersion)" segtype="phrase" o-tmf="bitext-glossary" \
            adminlang="en" srclang="\(direction.source.rawValue)" datatype="plaintext"/>
              <body>

            """
        for (index, entry) in glossary.entries.enumerated() {
            out += "    <tu tuid=\"\(index + 1)\">\n"
            if !entry.note.isEmpty { element("note", entry.note, indent: 6, to: &out) }
            for (type, value) in properties(entry) { prop(type, value, indent: 6, to: &out) }
            let german = { tuv("de", entry.german, contexts: entry.contexts.map(\.german), to: &out) }
            let english = { tuv("en", entry.english, contexts: entry.contexts.map(\.english), to: &out) }
            if direction == .enDe {
                english()
                german()
            } else {
                german()
                english()
            }
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return Array(out.utf8)
    }

    /// Streams the entries of a glossary TMX to `body`, one `tu` in memory at a time.
    ///
    /// - Throws: `InputError.malformed` with the position of the first element that breaks the
    ///   structure (no `tuv` for German or English, an unknown property value, bad XML).
    public static func read(_ stream: XMLStream, each body: (GlossaryEntry) throws(InputError) -> Void) throws(InputError) {
        let root = try stream.root()
        guard root.localName == "tmx" else { throw stream.error(line: root.line, "expected a <tmx> root element, found <\(root.name)>") }
        var sawBody = false
        while let event = try stream.next() {
            guard case .start(let start) = event else { continue }
            switch start.localName {
            case "body": sawBody = true
            case "tu" where sawBody: try body(entry(try stream.element(start), stream: stream))
            default: break
            }
        }
        guard sawBody else { throw stream.error(line: root.line, "<tmx> has no <body>") }
    }

    private static func entry(_ tu: XMLElement, stream: XMLStream) throws(InputError) -> GlossaryEntry {
        let tuvs = tu.children(named: "tuv")
        func variant(_ language: String) -> XMLElement? {
            tuvs.first { $0.language?.hasPrefix(language) == true }
        }
        guard let de = variant("de"), let en = variant("en") else { throw stream.error(line: tu.line, "<tu> needs a German and an English <tuv>") }
        guard let deSeg = de.child(named: "seg"), let enSeg = en.child(named: "seg") else { throw stream.error(line: tu.line, "<tuv> without <seg>") }
        var fields = [deSeg.textContent, enSeg.textContent, "", "", tu.children(named: "note").map(\.textContent).joined(separator: "\n"), "", "", "", "", "", ""]
        for p in tu.children(named: "prop") {
            if let column = propertyColumns[p.attributes["type"] ?? ""] { fields[column] = p.textContent }
        }
        let deContexts = de.children(named: "prop").filter { $0.attributes["type"] == "x-context" }
        let enContexts = en.children(named: "prop").filter { $0.attributes["type"] == "x-context" }
        guard deContexts.count == enContexts.count else { throw stream.error(line: tu.line, "German and English x-context props differ in number") }
        for (g, e) in zip(deContexts, enContexts) {
            fields.append(g.textContent)
            fields.append(e.textContent)
        }
        do {
            return try GlossaryTable.entry(fields)
        } catch {
            throw stream.error(line: tu.line, error.message)
        }
    }

    /// `prop` type → `GlossaryTable` column.
    private static let propertyColumns: [String: Int] = [
        "x-part-of-speech": 2, "x-domain": 3, "x-status": 5, "x-confidence": 6, "x-frequency": 7, "x-evidence": 8, "x-gender": 9, "x-variants": 10,
    ]

    private static func properties(_ entry: GlossaryEntry) -> [(String, String)] {
        let row = GlossaryTable.row(entry, contextCount: 0)
        return propertyColumns.sorted { $0.value < $1.value }.compactMap { type, column in
            column < row.count && !row[column].isEmpty ? (type, row[column]) : nil
        }
    }

    private static func tuv(_ language: String, _ term: String, contexts: [String], to out: inout String) {
        out += "      <tuv xml:lang=\"\(language)\">\n"
        for context in contexts { prop("x-context", context, indent: 8, to: &out) }
        element("seg", term, indent: 8, to: &out)
        out += "      </tuv>\n"
    }

    private static func prop(_ type: String, _ value: String, indent: Int, to out: inout String) {
        out += String(repeating: " ", count: indent) + "<prop type=\"\(type)\">"
        XMLEscaper.appendText(value, to: &out)
        out += "</prop>\n"
    }

    private static func element(_ name: String, _ value: String, indent: Int, to out: inout String) {
        out += String(repeating: " ", count: indent) + "<\(name)>"
        XMLEscaper.appendText(value, to: &out)
        out += "</\(name)>\n"
    }
}
