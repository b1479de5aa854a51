/// `markup-remnant`: HTML tags and Markdown emphasis left in the text from a web page or an editor,
/// found by the normalizer's own detectors so both agree on what markup is. A tag the source has too,
/// written the same way, or emphasis marked as the source marks its own, was carried over on purpose
/// (documents translated with their markup): a note. A tag of the source that the translation
/// breaks with a space ("< speaker>", "</ b>") is an error: machine translation's tokenizer
/// split it, and no tool reads it as a tag any more.
struct MarkupRemnantCheck: QARule {
    static let check = QACheck(
        id: "markup-remnant",
        title: "Markup left in the text",
        explanation: """
            HTML tags ("<div class=…>", "</p>") and Markdown emphasis ("**ORF.at**") are formatting code, \
            not text: they come from copying a web page or an editor and would be printed as they are. \
            A tag or emphasis marker the source has too is only a note (info): the document is translated \
            with its markup. A tag of the source that the translation writes with a space inside \
            ("< speaker>", "</ b>") is an error: machine translation broke it, and it is neither markup \
            nor text any more.
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
        if let source = input.source { result += Self.brokenTags(in: text, source: source) }
        return result
    }

    /// The longest tag name read: names are short, and the scan of a "<" stops here.
    static let longestTagName = 64

    /// A tag-like run at `start` of `scalars`: "<", "/" for a closing tag, a name of ASCII letters,
    /// digits, "_" and "-", and ">", with spaces allowed around the name and the "/"; whether there were
    /// any before the name. Spaces after the name are HTML's own ("<b >"); no tag has them before it.
    ///
    /// - Complexity: O(k) for the k spaces and at most `longestTagName` name letters read.
    private static func tagLike(at start: Int, in scalars: [Unicode.Scalar]) -> (end: Int, name: Range<Int>, closing: Bool, spacedBeforeName: Bool)? {
        guard scalars[start] == "<" else { return nil }
        var cursor = start + 1
        func skipSpaces() {
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        }
        skipSpaces()
        let closing = cursor < scalars.count && scalars[cursor] == "/"
        if closing { cursor += 1; skipSpaces() }
        let spaced = cursor > start + (closing ? 2 : 1)
        let nameStart = cursor
        while cursor < scalars.count, cursor - nameStart < longestTagName, scalars[cursor].isASCII,
              scalars[cursor].properties.isAlphabetic || ("0"..."9").contains(scalars[cursor]) || scalars[cursor] == "_" || scalars[cursor] == "-" {
            cursor += 1
        }
        let name = nameStart..<cursor
        skipSpaces()
        guard !name.isEmpty, cursor < scalars.count, scalars[cursor] == ">" else { return nil }
        return (cursor + 1, name, closing, spaced)
    }

    /// A tag of the source (written there without spaces before its name) that the translation writes
    /// with spaces before its name: "< speaker>", "</ b>", "< / b >".
    ///
    /// - Complexity: O(n + s) for the n and s scalars of the two texts: each "<" reads on over spaces
    ///   and at most `longestTagName` letters.
    static func brokenTags(in text: QAText, source: QAText) -> [QAFinding] {
        var names: Set<String> = []
        for index in source.scalars.indices where source.scalars[index] == "<" {
            if let tag = tagLike(at: index, in: source.scalars), !tag.spacedBeforeName { names.insert(source.string(tag.name).lowercased()) }
        }
        guard !names.isEmpty else { return [] }
        var result: [QAFinding] = []
        var index = 0
        while index < text.scalars.count {
            guard let tag = tagLike(at: index, in: text.scalars), tag.spacedBeforeName, names.contains(text.string(tag.name).lowercased()) else {
                index += 1
                continue
            }
            let written = (tag.closing ? "</" : "<") + text.string(tag.name) + ">"
            result.append(text.finding(check, index..<tag.end, message: "the source's tag \(written) broken by a space; write \"\(written)\"",
                                       suggestion: written))
            index = tag.end
        }
        return result
    }
}
