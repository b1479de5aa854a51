/// `repetition-loop`: a unit of characters repeated in a loop, inside a word or across words
/// ("SchraubenSchraubenSchrauben…"), the way a neural MT system fails when it loses its place.
struct RepetitionLoopCheck: QARule {
    static let check = QACheck(
        id: "repetition-loop",
        title: "Text repeated in a loop",
        explanation: """
            A stretch of four or more characters is repeated five or more times in a row, inside a word \
            or across words. Machine translation loops like this when it loses its place; the loop \
            stands where the translation of the rest of the sentence should be. A loop the source has \
            as well (a chant, a refrain) is only a note (info). What other checks find inside the loop \
            (each copy's double words or dashes) is counted in its message, not reported one by one.
            """,
        severity: .error,
        coversFindingsInside: true)

    /// - Complexity: O(n log P) in the length of the target (see `RepetitionLoops`), plus the same
    ///   in the source for each loop found.
    func findings(in input: QAInput) -> [QAFinding] {
        let text = input.target
        let loops = Self.merged(text.loops)
        guard !loops.isEmpty else { return [] }
        let sourceLoops = input.source.map { RepetitionLoops.loops(in: $0.scalars).count } ?? 0
        return loops.map { loop in
            let unit = text.string(loop.range.lowerBound..<(loop.range.lowerBound + loop.unit))
            let faithful = sourceLoops > 0
            // A loop of words may start at the space before its first word; the finding starts at the word.
            var range = loop.range
            while range.count > 1, text.scalars[range.lowerBound].properties.isWhitespace { range = (range.lowerBound + 1)..<range.upperBound }
            while range.count > 1, text.scalars[range.upperBound - 1].properties.isWhitespace { range = range.lowerBound..<(range.upperBound - 1) }
            return text.finding(Self.check, range, severity: faithful ? .info : nil,
                                message: "\"\(unit)\" is repeated \(loop.repeats) times in a row" + (faithful ? " (the source loops too)" : ""),
                                suggestion: unit)
        }
    }

    /// Loops that follow one another with less than a unit between them ("… . . . .. . . . …", where
    /// the system stumbled once) are one failure, reported once; the merged loop keeps the first
    /// one's unit.
    ///
    /// - Complexity: O(k) for k loops (they are in text order).
    static func merged(_ loops: [RepetitionLoops.Loop]) -> [RepetitionLoops.Loop] {
        var result: [RepetitionLoops.Loop] = []
        for loop in loops {
            if let last = result.last, loop.range.lowerBound - last.range.upperBound < max(last.unit, loop.unit) {
                result[result.count - 1] = RepetitionLoops.Loop(range: last.range.lowerBound..<loop.range.upperBound, unit: last.unit)
            } else {
                result.append(loop)
            }
        }
        return result
    }
}
