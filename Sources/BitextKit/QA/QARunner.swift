/// Runs selected checks over QA inputs and returns their findings in file order.
///
/// ```swift
/// let resources = try QAResources()
/// let runner = try QARunner(checks: QARegistry.checks, resources: resources)
/// let target = try resources.text(name: "de.txt", language: .de, bytes: Array("Die US -Botschaft".utf8))
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
    /// message is added to it: nothing found is dropped unseen.
    ///
    /// - Complexity: the sum of the checks' costs (each linear or near-linear in the text), plus
    ///   O(f log f) to sort f findings.
    public func run(_ input: QAInput) -> [QAFinding] {
        var findings: [(order: Int, finding: QAFinding)] = []
        for (order, (check, rule)) in rules.enumerated()
        where check.applies(to: input.target.language, hasSource: input.source != nil) {
            findings.append(contentsOf: rule.findings(in: input).map { (order, $0) })
        }
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
}
