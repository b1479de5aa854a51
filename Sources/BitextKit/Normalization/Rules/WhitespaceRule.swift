/// Collapses runs of spaces and tabs to one space and trims lines: indentation and trailing blanks from
/// copied web pages carry no meaning in running text.
struct WhitespaceRule: NormalizationRule {
    let id = "whitespace"

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let scalars = buffer.scalars
        for line in buffer.lineRanges {
            var index = line.lowerBound
            while index < line.upperBound {
                guard ScalarClass.isBlank(scalars[index]) else {
                    index += 1
                    continue
                }
                var end = index
                while end < line.upperBound && ScalarClass.isBlank(scalars[end]) { end += 1 }
                if index == line.lowerBound || end == line.upperBound {
                    result.append(.init(index..<end))
                } else if end - index > 1 || scalars[index] != " " {
                    result.append(.init(index..<end, with: " "))
                }
                index = end
            }
        }
        return result
    }
}

/// Reduces two or more blank lines to one and drops blank lines at the start and end of the text: one
/// blank line already marks a paragraph.
struct BlankLinesRule: NormalizationRule {
    let id = "blank-lines"

    func replacements(in buffer: NormalizationBuffer) -> [NormalizationBuffer.Replacement] {
        var result: [NormalizationBuffer.Replacement] = []
        let lines = buffer.lineRanges
        var index = 0
        var seenText = false
        while index < lines.count {
            guard lines[index].isEmpty else {
                seenText = true
                index += 1
                continue
            }
            var end = index
            while end < lines.count && lines[end].isEmpty { end += 1 }
            let atEnd = end == lines.count
            if !seenText {
                // Leading blank lines: remove them all.
                if end > index, lines[index].lowerBound < (atEnd ? buffer.scalars.count : lines[end].lowerBound) {
                    result.append(.init(lines[index].lowerBound..<(atEnd ? buffer.scalars.count : lines[end].lowerBound)))
                }
            } else if atEnd {
                // Trailing blank lines: keep a single final line feed.
                let from = lines[index].lowerBound
                if from < buffer.scalars.count { result.append(.init(from..<buffer.scalars.count)) }
            } else if end - index > 1 {
                result.append(.init(lines[index + 1].lowerBound..<lines[end].lowerBound))
            }
            index = end
        }
        return result
    }
}
