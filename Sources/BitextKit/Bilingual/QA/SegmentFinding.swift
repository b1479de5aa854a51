/// A finding in one unit of a bilingual file. The finding's offsets, line and column are in the unit's
/// target `display` text (inline codes shown as placeholders, counted as shown).
public struct SegmentFinding: Sendable {
    /// The file the unit is in.
    public let file: String
    public let unit: BilingualUnit
    public let finding: QAFinding

    /// The hash a suppression can name instead of the unit id (`Suppressions`): 16 hex digits of
    /// FNV-1a over the source and target as shown, so it survives renumbered units.
    public let pairHash: String

    /// - Parameter pairHash: the unit's `hash`, when the caller has it already (one per unit, not per
    ///   finding: a unit of a megabyte with 16,000 findings took 46 s hashing it again for each).
    public init(file: String, unit: BilingualUnit, finding: QAFinding, pairHash: String? = nil) {
        self.file = file
        self.unit = unit
        self.finding = finding
        self.pairHash = pairHash ?? SegmentFinding.hash(unit)
    }

    static func hash(_ unit: BilingualUnit) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in unit.source.display.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        hash = (hash ^ 0) &* 0x100_0000_01B3
        for byte in unit.target.display.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension BilingualSegment {
    /// A finding over `range` (scalar offsets into `display`), with its line and column in the segment.
    ///
    /// - Complexity: O(n) in the length of `display`; a check with many findings on one segment uses
    ///   `displayPositions` once instead.
    func finding(_ check: QACheck, _ range: Range<Int>, severity: QASeverity? = nil, message: String, suggestion: String? = nil) -> QAFinding {
        displayPositions.finding(check, range, severity: severity, message: message, suggestion: suggestion)
    }

    /// The scalars and line starts of `display`, for placing many findings on this segment.
    var displayPositions: DisplayPositions { DisplayPositions(display) }

    /// A finding of the text QA (offsets into `plain`) moved onto `display`.
    func displayed(_ finding: QAFinding) -> QAFinding {
        displayPositions.finding(checkID: finding.check, displayRange(ofPlain: finding.start..<finding.end), severity: finding.severity,
                                 message: finding.message, suggestion: finding.suggestion)
    }

    /// All findings of the text QA on this segment moved onto `display`, the segment's scalars, line starts
    /// and code offsets computed once: per finding this costs O(log n), where `displayed(_:)` costs O(n)
    /// (16,000 findings on one 16 KB segment took 50 s of CPU that way, found by `eval/mutation_fuzz.py`).
    ///
    /// - Complexity: O(n + c + f log(n + c)) for n scalars, c inline codes and f findings.
    func displayed(_ findings: [QAFinding]) -> [QAFinding] {
        guard findings.count > 1 else { return findings.map(displayed) }
        let positions = displayPositions
        return zip(findings, displayRanges(ofPlain: findings.map { $0.start..<$0.end })).map { finding, range in
            positions.finding(checkID: finding.check, range, severity: finding.severity, message: finding.message, suggestion: finding.suggestion)
        }
    }

    /// `displayRange(ofPlain:)` of many ranges, the code offsets sorted once.
    ///
    /// - Complexity: O(c log c + r log c) for c inline codes and r ranges.
    func displayRanges(ofPlain ranges: [Range<Int>]) -> [Range<Int>] {
        // Codes in plain-offset order with the running length of their placeholders.
        let ordered = codes.sorted { $0.plainOffset < $1.plainOffset }
        var widths = [0]
        for code in ordered { widths.append(widths[widths.count - 1] + code.placeholder.unicodeScalars.count) }
        /// The placeholder width of the codes at plain offsets below `offset` (or at it, with `orAt`).
        func width(before offset: Int, orAt: Bool) -> Int {
            widths[ordered.partitionPoint { $0.plainOffset < offset || (orAt && $0.plainOffset == offset) }]
        }
        return ranges.map { range in
            let start = range.lowerBound + width(before: range.lowerBound, orAt: !range.isEmpty)
            return start..<max(start, range.upperBound + width(before: range.upperBound, orAt: false))
        }
    }
}

/// A segment's `display` as scalars with its line starts, computed once so that each finding placed on
/// it costs O(log n + its length). Making them per finding cost O(n) each: a segment with 16,000 target
/// codes the source lacks (one `tag-mismatch` finding each) took 25 s at 1 MB.
struct DisplayPositions {
    private let scalars: [Unicode.Scalar]
    private let lines: LineStarts

    init(_ display: String) {
        scalars = Array(display.unicodeScalars)
        lines = LineStarts(scalars)
    }

    /// A finding over `range` (scalar offsets into `display`, clamped to it), with its line, column and text.
    func finding(_ check: QACheck, _ range: Range<Int>, severity: QASeverity? = nil, message: String, suggestion: String? = nil) -> QAFinding {
        finding(checkID: check.id, range, severity: severity ?? check.severity, message: message, suggestion: suggestion)
    }

    func finding(checkID: String, _ range: Range<Int>, severity: QASeverity, message: String, suggestion: String?) -> QAFinding {
        let clamped = min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)
        let (line, column) = lines.position(ofScalar: clamped.lowerBound)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[clamped])
        return QAFinding(check: checkID, severity: severity, start: clamped.lowerBound, end: clamped.upperBound,
                         line: line, column: column, text: text, message: message, suggestion: suggestion)
    }
}
