/// `inconsistent-translation`: one source segment rendered two ways within a job (several files
/// checked together). Translation memories and revisers expect one rendering of a repeated sentence;
/// a second one is usually an oversight, sometimes context, so it is a warning.
enum TranslationConsistency {
    static let check = QACheck(
        id: "inconsistent-translation",
        title: "Same source, different translation",
        explanation: "A source segment that occurs more than once in the job (all files checked together) is translated differently. The first translation is given as the suggestion. Whitespace differences do not count.",
        severity: .warning, needsSource: true)

    /// Findings on each unit whose source was seen before with another translation.
    ///
    /// - Complexity: O(total text).
    static func findings(_ units: [(file: String, unit: BilingualUnit)]) -> [SegmentFinding] {
        var first: [String: (file: String, unit: BilingualUnit, target: String)] = [:]
        var findings: [SegmentFinding] = []
        for (file, unit) in units {
            let source = folded(unit.source.display)
            let target = folded(unit.target.display)
            guard !source.isEmpty, !target.isEmpty else { continue }
            guard let earlier = first[source] else {
                first[source] = (file, unit, target)
                continue
            }
            guard earlier.target != target else { continue }
            let place = earlier.file == file ? "unit \(earlier.unit.id)" : "unit \(earlier.unit.id) of \(earlier.file)"
            let finding = unit.target.finding(check, 0..<unit.target.display.unicodeScalars.count,
                                              message: "the same source is translated differently in \(place)",
                                              suggestion: earlier.unit.target.display)
            findings.append(SegmentFinding(file: file, unit: unit, finding: finding))
        }
        return findings
    }

    /// Whitespace runs as one space, trimmed.
    private static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
