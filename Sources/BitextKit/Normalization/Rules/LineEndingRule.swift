/// Unifies line endings to a line feed: CR LF (Windows), lone CR (old Mac), and the Unicode line and
/// paragraph separators, next line and form feed that some exporters write.
struct LineEndingRule: NormalizationRule {
    let id = "line-ending"

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let scalars = buffer.scalars
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\r":
                let end = index + 1 < scalars.count && scalars[index + 1] == "\n" ? index + 2 : index + 1
                result.append(.init(index..<end, with: "\n"))
                index = end
                continue
            case "\u{2028}", "\u{2029}", "\u{0085}", "\u{000C}":
                result.append(.init(index..<(index + 1), with: "\n"))
            default:
                break
            }
            index += 1
        }
        return result
    }
}
