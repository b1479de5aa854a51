/// Removes Markdown emphasis markers left in scraped text ("**ORF.at**" → "ORF.at", "__so__" → "so"),
/// as found by `MarkdownEmphasisDetector`.
struct MarkdownEmphasisRule: NormalizationRule {
    let id = "markdown-emphasis"
    let detector = MarkdownEmphasisDetector()

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        detector.emphases(in: buffer.scalars, lines: buffer.lineRanges).flatMap { [.init($0.opening), .init($0.closing)] }
    }
}
