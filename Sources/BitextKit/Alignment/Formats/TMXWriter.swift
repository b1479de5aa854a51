/// Writes beads as a TMX 1.4b document (valid against the TMX 1.4 DTD): one `tu` per non-empty
/// bead (a one-to-one bead is a one-sentence unit, so CAT tools get exact matches), one `tuv` per
/// language with `xml:lang` in the order of `direction`, the sentences as the documents write them
/// (`AlignmentDocument.written`: a CAT tool matches the document's text, not its normalization), the bead's confidence as a `prop`. Units of
/// comparable articles carry `<prop type="x-relation">comparable</prop>`: they are sentences that say
/// the same thing, not translations.
struct TMXWriter {
    static let toolVersion = "0.1.0"
    let source: AlignmentDocument
    let target: AlignmentDocument
    let creationDate: String?
    var direction: TMXDirection = .enDe
    var relation: TextRelation = .parallel

    func document(_ beads: [AlignmentBead]) -> String {
        let first = direction.ordered(source, target).source
        return Self.header(sourceLanguage: first.language, creationDate: creationDate) + units(beads) + Self.footer
    }

    /// The header up to `<body>`: shared by single-pair files and the merged TMX of a run.
    static func header(sourceLanguage: Language, creationDate: String?) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="bitext" creationtoolversion="\(toolVersion)" segtype="sentence" \
        o-tmf="bitext" adminlang="en" srclang="\(sourceLanguage.rawValue)" datatype="plaintext"\
        \(creationDate.map { " creationdate=\"\(XMLEscaper.attribute($0))\"" } ?? "")/>
          <body>

        """
    }

    static let footer = "  </body>\n</tmx>\n"

    /// One `tu` per non-empty bead.
    func units(_ beads: [AlignmentBead]) -> String {
        let writer = AlignmentWriter(source: source, target: target)
        var out = ""
        for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
            out += "    <tu>\n"
            out += "      <prop type=\"x-confidence\">\(JSONLine.format(bead.confidence, decimals: 2))</prop>\n"
            out += "      <prop type=\"x-source-sentences\">\(bead.source.map(String.init).joined(separator: ","))</prop>\n"
            out += "      <prop type=\"x-target-sentences\">\(bead.target.map(String.init).joined(separator: ","))</prop>\n"
            if relation == .comparable { out += "      <prop type=\"x-relation\">comparable</prop>\n" }
            let variants = [tuv(source.language, writer.writtenText(bead.source, of: source)),
                            tuv(target.language, writer.writtenText(bead.target, of: target))]
            out += (direction.ordered(source, target).swapped ? variants.reversed() : variants).joined()
            out += "    </tu>\n"
        }
        return out
    }

    private func tuv(_ language: Language, _ text: String) -> String {
        "      <tuv xml:lang=\"\(language.rawValue)\"><seg>\(XMLEscaper.text(text))</seg></tuv>\n"
    }
}
