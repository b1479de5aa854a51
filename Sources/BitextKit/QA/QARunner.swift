/// Runs selected checks over QA inputs and returns their findings in file order.
///
/// ```swift
/// let resources = try QAResources()
/// let runner = try QARunner(checks: QARegistry.checks, resources: resources)
/// let target = try resources.text(name: "de.txt", language: .de, bytes: Array("Die EU -Botschaft".utf8))
/// runner.run(QAInput(target: target))  // [spacing-artifact at 4..<13]
/// ```
public final class QARunner {
    public let checks: [QACheck]
    private let rules: [(QACheck, any QARule)]
    private let resources: QAResources

    public init(checks: [QACheck], resources: QAResources) throws {
        let selected = Set(checks.map(\.id))
        var rules: [(QACheck, any QARule)] = []
        for entry in QARegistry.entries where selected.contains(entry.check.id) {
            rules.append((entry.check, try entry.make(resources)))
        }
        self.checks = rules.map(\.0)
        self.rules = rules
        self.resources = resources
    }

    /// The findings of every applicable check, sorted by position then by check order. A span
    /// reported twice is kept once, by the more severe (or earlier) check, and the other finding's
    /// message is added to it; the findings inside the span of a check that covers them
    /// (`QACheck.coversFindingsInside`) are counted in its message: nothing found is dropped unseen.
    ///
    /// - Complexity: the sum of the checks' costs (each linear or near-linear in the text), plus
    ///   O(f log f) to sort f findings.
    public func run(_ input: QAInput) -> [QAFinding] {
        var findings: [(order: Int, finding: QAFinding)] = []
        for (order, (check, rule)) in rules.enumerated()
        where check.applies(to: input.target.language, hasSource: input.source != nil) {
            findings.append(contentsOf: rule.findings(in: input).map { (order, $0) })
        }
        findings = foldedIntoCovers(findings)
        findings.sort { a, b in
            if a.finding.start != b.finding.start { return a.finding.start < b.finding.start }
            if a.finding.end != b.finding.end { return a.finding.end < b.finding.end }
            if a.finding.severity != b.finding.severity { return a.finding.severity > b.finding.severity }
            return a.order < b.order
        }
        var result: [QAFinding] = []
        for (_, finding) in findings {
            if let last = result.last, last.start == finding.start, last.end == finding.end {
                result[result.count - 1] = last.adding(" (also \(finding.check): \(finding.message))")
                continue
            }
            result.append(finding)
        }
        return result
    }

    /// `findings` without those that lie inside the span of a finding whose check covers the
    /// findings inside it (a repetition loop's), each such finding's message counting what it took
    /// in by check ("inside it: 3998 double-word findings"). Covering findings do not overlap one
    /// another (loops do not), so each finding is looked up in the one that starts last before it.
    ///
    /// - Complexity: O(f log c) for f findings and c covering ones.
    private func foldedIntoCovers(_ findings: [(order: Int, finding: QAFinding)]) -> [(order: Int, finding: QAFinding)] {
        let covers = findings.indices.filter { rules[findings[$0].order].0.coversFindingsInside }
            .sorted { findings[$0].finding.start < findings[$1].finding.start }
        guard !covers.isEmpty else { return findings }
        var inside = [Int: [(check: String, count: Int)]]()
        var kept: [(order: Int, finding: QAFinding)] = []
        for entry in findings where !rules[entry.order].0.coversFindingsInside {
            let f = entry.finding
            let last = covers.partitionPoint { findings[$0].finding.start <= f.start } - 1
            guard last >= 0, f.end <= findings[covers[last]].finding.end else {
                kept.append(entry)
                continue
            }
            var counts = inside[covers[last], default: []]
            if let at = counts.firstIndex(where: { $0.check == f.check }) { counts[at].count += 1 } else { counts.append((f.check, 1)) }
            inside[covers[last]] = counts
        }
        for cover in covers {
            let entry = findings[cover]
            guard let counts = inside[cover] else { kept.append(entry); continue }
            let total = counts.reduce(0) { $0 + $1.count }
            let listed = counts.map { "\($0.count) \($0.check)" }.joined(separator: ", ")
            kept.append((entry.order, entry.finding.adding(" (inside it: \(listed) finding\(total == 1 ? "" : "s"))")))
        }
        return kept
    }
}
