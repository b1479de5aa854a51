/// `unbalanced-brackets`: a bracket opened and not closed in its paragraph, or the reverse.
struct UnbalancedBracketsCheck: QARule {
    static let check = QACheck(
        id: "unbalanced-brackets",
        title: "Brackets unbalanced",
        explanation: """
            A parenthesis or square bracket has no partner in its paragraph ("(US-Verwaltung" without \
            ")"). List markers such as "1)" or "a)" at the start of a line are not counted.
            """,
        severity: .warning)

    private static let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "["]

    /// - Complexity: O(n).
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        var result: [QAFinding] = []
        for line in text.lineRanges {
            var open: [Int] = []
            for index in line {
                let scalar = text.scalars[index]
                if scalar == "(" || scalar == "[" {
                    open.append(index)
                } else if let opener = Self.pairs[scalar] {
                    if let top = open.last, text.scalars[top] == opener {
                        open.removeLast()
                    } else if !isListMarker(index, line: line, text.scalars) {
                        result.append(text.finding(Self.check, index..<(index + 1), message: "closing \(scalar) without an opening \(opener)"))
                    }
                }
            }
            for index in open {
                result.append(text.finding(Self.check, index..<(index + 1), message: "\(text.scalars[index]) is not closed in this paragraph"))
            }
        }
        return result
    }

    /// "1)", "a)", "iv)" at a line start, or an emoticon ":)".
    private func isListMarker(_ index: Int, line: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        if index > line.lowerBound, scalars[index - 1] == ":" || scalars[index - 1] == ";" { return true }
        var start = index
        while start > line.lowerBound, ScalarClass.isLetterOrDigit(scalars[start - 1]) { start -= 1 }
        let prefix = scalars[line.lowerBound..<start]
        return index - start <= 3 && index > start && prefix.allSatisfy { ScalarClass.isBlank($0) }
    }
}
