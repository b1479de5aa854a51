/// QA over the units of bilingual files (one file or a whole job): every unit's target checked against
/// its own source by the text checks (on the text without inline codes, as QA batch records), then
/// `tag-mismatch` and the checklist per unit, and `inconsistent-translation`, `inconsistent-term` and
/// `address-register` across the job. Findings
/// point into each unit's target as shown, inline codes as placeholders.
public struct SegmentQA: Sendable {
    public let batch: QABatch
    /// The segment checks selected (`QARegistry.segmentChecks` by id).
    private let selected: Set<String>
    private let checklist: Checklist?

    /// - Parameters:
    ///   - batch: the text QA, configured as for `--batch` records (sources are translations).
    ///   - checks: the selected checks; segment checks among them run here.
    ///   - checklist: the reviser's rules, run when `checklist` is selected.
    public init(batch: QABatch, checks: [QACheck], checklist: Checklist?) {
        self.batch = batch
        selected = Set(checks.map(\.id))
        self.checklist = checklist
    }

    /// What a QA run over a job found, and what it did not check.
    public struct Report: Sendable {
        /// Findings in file and unit order, suppressed ones left out.
        public let findings: [SegmentFinding]
        public let checkedUnits: Int
        /// Units skipped for their state (`states`).
        public let skippedByState: Int
        /// Units with no target text (not translated yet): nothing to check.
        public let emptyTargets: Int
        /// Findings a suppression file marked as intended.
        public let suppressed: Int
    }

    /// - Parameter states: the states to check; units in others (locked, final, …) are skipped and counted.
    /// - Complexity: that of the text QA over all units, spread over `jobs` threads, plus O(total text).
    public func check(_ documents: [BilingualDocument], states: Set<SegmentState>, suppressions: Suppressions = Suppressions(),
                      jobs: Int) throws -> Report {
        var units: [(file: String, unit: BilingualUnit)] = []
        var skipped = 0
        var empty = 0
        for document in documents {
            for unit in document.units {
                if !states.contains(unit.state) {
                    skipped += 1
                } else if unit.target.plain.allSatisfy({ $0.isWhitespace }) {
                    empty += 1
                } else {
                    units.append((document.name, unit))
                }
            }
        }
        let records = units.enumerated().map { index, item in
            QARecord(id: Array(String(index).utf8), target: Array(item.unit.target.plain.utf8), source: Array(item.unit.source.plain.utf8))
        }
        let reports = try batch.check(records, jobs: jobs)
        var perUnit: [[QAFinding]] = reports.enumerated().map { index, report in
            units[index].unit.target.displayed(report.findings)
        }
        for (index, item) in units.enumerated() {
            if selected.contains(TagMismatchCheck.check.id) {
                perUnit[index] += TagMismatchCheck.findings(source: item.unit.source, target: item.unit.target)
            }
            if selected.contains(Checklist.check.id), let checklist {
                perUnit[index] += checklist.findings(item.unit)
            }
        }
        var findings: [SegmentFinding] = []
        for (index, item) in units.enumerated() {
            let sorted = perUnit[index].sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
            guard !sorted.isEmpty else { continue }
            let hash = SegmentFinding.hash(item.unit)
            findings += sorted.map { SegmentFinding(file: item.file, unit: item.unit, finding: $0, pairHash: hash) }
        }
        if selected.contains(TranslationConsistency.check.id) {
            findings += TranslationConsistency.findings(units)
        }
        if selected.contains(TermConsistencyAcrossJob.check.id) {
            let analyzers = try Sides(Sides(target: batch.target, source: batch.source)) { try TextAnalyzer(language: $0) }
            findings += try TermConsistencyAcrossJob.findings(
                units, glossary: batch.glossary, lexicon: try QALexiconAnswers(dictionary: batch.lexicon, words: Sides(target: analyzers.target.words, source: analyzers.source.words)),
                analyzers: analyzers)
        }
        if selected.contains(AddressRegisterCheck.check.id) {
            // A unit whose own sentences switch has that finding from the text checks already.
            let reported = Set(findings.filter { $0.finding.check == AddressRegisterCheck.check.id }.map(FindingPlace.init))
            findings += AddressRegisterAcrossJob.findings(units, forms: try AddressForms(language: batch.target)).filter {
                !reported.contains(FindingPlace($0))
            }
        }
        let kept = findings.filter { !suppressions.suppresses($0) }
        return Report(findings: kept, checkedUnits: units.count, skippedByState: skipped, emptyTargets: empty,
                      suppressed: findings.count - kept.count)
    }
}

/// Where a finding stands: its file, its unit (by id and first line: ids may repeat in a file) and its
/// start in the unit's target.
private struct FindingPlace: Hashable {
    let file: String
    let unit: String
    let line: Int
    let start: Int

    init(_ finding: SegmentFinding) {
        file = finding.file
        unit = finding.unit.id
        line = finding.unit.line
        start = finding.finding.start
    }
}
