/// Glossary TBX in two flavours with the same content:
///
/// - `.v3`: TBX-Basic, TBX v3 (ISO 30042:2019, namespace `urn:iso:std:iso:30042:ed-2`):
///   `conceptEntry` / `langSec` / `termSec`, valid against the TBX-Basic RelaxNG schemas;
/// - `.v2`: the older `<martif>` form (`termEntry` / `langSet` / `tig`) that many tools, including
///   translate-toolkit, still read exclusively.
///
/// One concept entry per glossary entry, with id `c1`, `c2`, … (valid XML names). The domain is the
/// concept's `subjectField`; part of speech and status are `termNote`s on both terms, a German noun's
/// gender a `grammaticalGender` termNote on the German term; each context
/// sentence is a `descrip type="context"` on its language's term. Confidence, frequency and
/// evidence have no TBX-Basic data category, so they are concept-level `note`s with a `bitext-`
/// key ("bitext-confidence: 0.91"), which the reader turns back into fields.
public enum GlossaryTBX: XMLGlossaryFormat {
    public enum Flavor: Sendable {
        case v3, v2

        var root: String { self == .v3 ? "tbx" : "martif" }
        var header: String { self == .v3 ? "tbxHeader" : "martifHeader" }
        var concept: String { self == .v3 ? "conceptEntry" : "termEntry" }
        var language: String { self == .v3 ? "langSec" : "langSet" }
        var term: String { self == .v3 ? "termSec" : "tig" }
    }

    static let namespace = "urn:iso:std:iso:30042:ed-2"
    /// Note keys for the fields TBX-Basic has no data category for, by `GlossaryTable` column.
    private static let noteKeys: [(key: String, column: Int)] = [
        ("bitext-confidence", 6), ("bitext-frequency", 7), ("bitext-evidence", 8),
    ]

    public static func write(_ glossary: Glossary, flavor: Flavor) -> [UInt8] {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        switch flavor {
        case .v3: out += "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"\(namespace)\">\n"
        case .v2: out += "<martif type=\"TBX-Basic\" xml:lang=\"en\">\n"
        }
        out += """
              <\(flavor.header)>
                <fileDesc>
                  <sourceDesc>
                    <p>German-English glossary written by bitext</p>
                  </sourceDesc>
                </fileDesc>
              </\(flavor.header)>
              <text>
                <body>

            """
        for (index, entry) in glossary.entries.enumerated() {
            let row = GlossaryTable.row(entry, contextCount: 0)
            out += "      <\(flavor.concept) id=\"c\(index + 1)\">\n"
            if !entry.domain.isEmpty { element("descrip", type: "subjectField", entry.domain, indent: 8, to: &out) }
            if !entry.note.isEmpty { element("note", type: nil, entry.note, indent: 8, to: &out) }
            for (key, column) in noteKeys where column < row.count && !row[column].isEmpty {
                element("note", type: nil, "\(key): \(row[column])", indent: 8, to: &out)
            }
            language("de", entry.german, entry: entry, contexts: entry.contexts.map(\.german), flavor: flavor, to: &out)
            language("en", entry.english, entry: entry, contexts: entry.contexts.map(\.english), flavor: flavor, to: &out)
            out += "      </\(flavor.concept)>\n"
        }
        out += "    </body>\n  </text>\n</\(flavor.root)>\n"
        return Array(out.utf8)
    }

    /// Streams the entries of either flavour (recognized by the root element) to `body`, one concept
    /// entry in memory at a time.
    public static func read(_ stream: XMLStream, each body: (GlossaryEntry) throws(InputError) -> Void) throws(InputError) {
        let root = try stream.root()
        let flavor: Flavor
        switch root.localName {
        case "tbx": flavor = .v3
        case "martif": flavor = .v2
        default: throw stream.error(line: root.line, "expected a <tbx> or <martif> root element, found <\(root.name)>")
        }
        var path: [String] = [root.localName]
        var sawBody = false
        while let event = try stream.next() {
            switch event {
            case .start(let start):
                if start.localName == flavor.concept, path.suffix(2) == ["text", "body"] {
                    try body(entry(try stream.element(start), flavor: flavor, stream: stream))
                } else {
                    path.append(start.localName)
                    if path.suffix(2) == ["text", "body"] { sawBody = true }
                }
            case .end: path.removeLast()
            case .text: break
            }
        }
        guard sawBody else { throw stream.error(line: root.line, "no <text><body>") }
    }

    private static func entry(_ concept: XMLElement, flavor: Flavor, stream: XMLStream) throws(InputError) -> GlossaryEntry {
        let sections = concept.children(named: flavor.language)
        func section(_ code: String) -> XMLElement? {
            sections.first { $0.language?.hasPrefix(code) == true }
        }
        guard let de = section("de"), let en = section("en") else {
            throw stream.error(line: concept.line, "<\(flavor.concept)> needs a German and an English <\(flavor.language)>")
        }
        guard let deTerm = de.child(named: flavor.term), let enTerm = en.child(named: flavor.term),
              let deText = deTerm.child(named: "term")?.textContent, let enText = enTerm.child(named: "term")?.textContent else {
            throw stream.error(line: concept.line, "<\(flavor.language)> without <\(flavor.term)><term>")
        }
        // One row of `GlossaryTable.fixedColumns`, filled in below; context pairs follow.
        var fields = [deText, enText] + Array(repeating: "", count: GlossaryTable.fixedColumns.count - 2)
        var notes: [String] = []
        for child in concept.children {
            if child.localName == "descrip", child.attributes["type"] == "subjectField" { fields[3] = child.textContent }
            if child.localName == "note" {
                let text = child.textContent
                if let (key, column) = noteKeys.first(where: { text.hasPrefix($0.key + ": ") }) {
                    fields[column] = String(text.dropFirst(key.count + 2))
                } else {
                    notes.append(text)
                }
            }
        }
        fields[4] = notes.joined(separator: "\n")
        // Further termSecs of a langSec are the entry's variants, their termType saying which kind.
        var variants: [TermVariant] = []
        for (language, section) in [(Language.de, de), (.en, en)] {
            for term in section.children(named: flavor.term).dropFirst() {
                guard let text = term.child(named: "term")?.textContent, !text.isEmpty else { continue }
                let type = term.children(named: "termNote").first { $0.attributes["type"] == "termType" }?.textContent
                variants.append(TermVariant(language: language, term: text, kind: type.flatMap(TermVariant.Kind.init(rawValue:)) ?? .synonym))
            }
        }
        fields[10] = TermVariant.field(variants)
        for termNote in enTerm.children(named: "termNote") + deTerm.children(named: "termNote") {
            switch termNote.attributes["type"] {
            case "partOfSpeech": if fields[2].isEmpty { fields[2] = termNote.textContent }
            case "administrativeStatus": if fields[5].isEmpty { fields[5] = termNote.textContent }
            case "grammaticalGender": if fields[9].isEmpty { fields[9] = termNote.textContent }
            default: break
            }
        }
        let deContexts = contexts(deTerm)
        let enContexts = contexts(enTerm)
        guard deContexts.count == enContexts.count else { throw stream.error(line: concept.line, "German and English context descrips differ in number") }
        for (g, e) in zip(deContexts, enContexts) {
            fields.append(g)
            fields.append(e)
        }
        do {
            return try GlossaryTable.entry(fields)
        } catch {
            throw stream.error(line: concept.line, error.message)
        }
    }

    /// Context sentences of a term, bare or wrapped in a `descripGrp`.
    private static func contexts(_ term: XMLElement) -> [String] {
        let descrips = term.children(named: "descrip") + term.children(named: "descripGrp").flatMap { $0.children(named: "descrip") }
        return descrips.filter { $0.attributes["type"] == "context" }.map(\.textContent)
    }

    private static func language(
        _ code: String, _ term: String, entry: GlossaryEntry, contexts: [String], flavor: Flavor, to out: inout String
    ) {
        out += "        <\(flavor.language) xml:lang=\"\(code)\">\n"
        out += "          <\(flavor.term)>\n"
        element("term", type: nil, term, indent: 12, to: &out)
        if let pos = entry.partOfSpeech { element("termNote", type: "partOfSpeech", pos.rawValue, indent: 12, to: &out) }
        if code == "de", let gender = entry.gender { element("termNote", type: "grammaticalGender", gender.rawValue, indent: 12, to: &out) }
        if let status = entry.status { element("termNote", type: "administrativeStatus", status.tbxValue, indent: 12, to: &out) }
        for context in contexts { element("descrip", type: "context", context, indent: 12, to: &out) }
        out += "          </\(flavor.term)>\n"
        for variant in entry.variants where variant.language.rawValue == code {
            out += "          <\(flavor.term)>\n"
            element("term", type: nil, variant.term, indent: 12, to: &out)
            if let type = variant.kind.tbxTermType { element("termNote", type: "termType", type, indent: 12, to: &out) }
            out += "          </\(flavor.term)>\n"
        }
        out += "        </\(flavor.language)>\n"
    }

    private static func element(_ name: String, type: String?, _ value: String, indent: Int, to out: inout String) {
        out += String(repeating: " ", count: indent) + "<\(name)"
        if let type { out += " type=\"\(type)\"" }
        out += ">"
        XMLEscaper.appendText(value, to: &out)
        out += "</\(name)>\n"
    }
}
