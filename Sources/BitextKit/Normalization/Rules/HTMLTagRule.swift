/// Removes HTML tags and comments left in scraped text. Block-level tags (p, br, li, div, headings, table
/// rows) end a line, so their removal leaves a line feed where the page had a visual break.
struct HTMLTagRule: NormalizationRule {
    let id = "html-tag"
    let blockTags: Set<String>

    init() {
        blockTags = ["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "blockquote"]
    }

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let scalars = buffer.scalars
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", let (end, name) = tagEnd(from: index, in: scalars) else {
                index += 1
                continue
            }
            result.append(.init(index..<end, with: blockTags.contains(name) && !isAtLineEdge(index, end, scalars) ? "\n" : ""))
            index = end
        }
        return result
    }

    private func isAtLineEdge(_ start: Int, _ end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        (start == 0 || scalars[start - 1] == "\n") || (end == scalars.count || scalars[end] == "\n")
    }

    /// The end of a tag or comment starting at `start` and the lower-cased tag name; nil if it is not one
    /// ("a < b" stays). Tags do not span lines; comments may.
    private func tagEnd(from start: Int, in scalars: [Unicode.Scalar]) -> (Int, String)? {
        var index = start + 1
        if index + 2 < scalars.count, scalars[index] == "!", scalars[index + 1] == "-", scalars[index + 2] == "-" {
            index += 3
            while index + 2 < scalars.count {
                if scalars[index] == "-", scalars[index + 1] == "-", scalars[index + 2] == ">" { return (index + 3, "!--") }
                index += 1
            }
            return nil
        }
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        var name = ""
        while index < scalars.count, scalars[index].isASCII, ScalarClass.isLetterOrDigit(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
        while index < scalars.count, scalars[index] != ">" {
            if scalars[index] == "<" || scalars[index] == "\n" { return nil }
            index += 1
        }
        guard index < scalars.count else { return nil }
        // Require whitespace, "/" or ">" right after the name so that "<3" or "<Name" in prose stays.
        let afterName = start + 1 + (scalars[start + 1] == "/" ? 1 : 0) + name.unicodeScalars.count
        let next = scalars[afterName]
        guard next == ">" || next == " " || next == "/" || next == "\t" else { return nil }
        return (index + 1, name.lowercased())
    }
}
