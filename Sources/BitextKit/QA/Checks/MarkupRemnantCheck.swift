/// `markup-remnant`: HTML tags and Markdown emphasis left in the text from a web page or an editor,
/// found by the normalizer's own detectors so both agree on what markup is. A tag the source has too,
/// written the same way, or emphasis marked as the source marks its own, was carried over on purpose
/// (documents translated with their markup): a note.
struct MarkupRemnantCheck: QARule {
    static let check = QACheck(
        id: "markup-remnant",
        title: "Markup left in the text",
        explanation: """
            HTML tags ("<div class=…>", "</p>") and Markdown emphasis ("**ORF.at**") are formatting code, \
            not text: they come from copying a web page or an editor and would be printed as they are. \
            A tag or emphasis marker the source has too is only a note (info): the document is translated \
            with its markup.
            """,
        severity: .error)

    private let tags: HTMLTagDetector
    private let emphasis = MarkdownEmphasisDetector()

    init() throws {
        tags = try HTMLTagDetector()
    }

    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        let sourceTags = input.source.map { source in Set(tags.tags(in: source.scalars).map { source.string($0.range) }) } ?? []
        var result = tags.tags(in: text.scalars).map { tag in
            if sourceTags.contains(text.string(tag.range)) {
                return text.finding(Self.check, tag.range, severity: .info, message: "HTML tag <\(tag.name)> as in the source")
            }
            return text.finding(Self.check, tag.range, message: tag.name == "!--" ? "HTML comment left in the text" : "HTML tag <\(tag.name)> left in the text",
                                suggestion: "")
        }
        let sourceMarkers = input.source.map { source in
            Set(emphasis.emphases(in: source.scalars, lines: source.lineRanges).map { source.string($0.opening) })
        } ?? []
        for span in emphasis.emphases(in: text.scalars, lines: text.lineRanges) {
            let inner = text.string(span.opening.upperBound..<span.closing.lowerBound)
            if sourceMarkers.contains(text.string(span.opening)) {
                result.append(text.finding(Self.check, span.range, severity: .info, message: "Markdown emphasis around \"\(inner)\" as in the source"))
            } else {
                result.append(text.finding(Self.check, span.range, message: "Markdown emphasis markers around \"\(inner)\"", suggestion: inner))
            }
        }
        return result
    }
}
