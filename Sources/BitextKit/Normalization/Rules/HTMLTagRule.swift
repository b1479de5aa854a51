/// Removes HTML tags and comments left in scraped text (found by `HTMLTagDetector`). Block-level tags
/// (p, br, li, div, headings, table rows) end a line, so their removal leaves a line feed where the page
/// had a visual break.
struct HTMLTagRule: NormalizationRule {
    let id = "html-tag"
    let detector: HTMLTagDetector

    init() throws {
        detector = try HTMLTagDetector()
    }

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        let scalars = buffer.scalars
        return detector.tags(in: scalars).map { tag in
            .init(tag.range, with: detector.blockElements.contains(tag.name) && !isAtLineEdge(tag.range, scalars) ? "\n" : "")
        }
    }

    private func isAtLineEdge(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        (range.lowerBound == 0 || scalars[range.lowerBound - 1] == "\n") || (range.upperBound == scalars.count || scalars[range.upperBound] == "\n")
    }
}
