/// A finding in one unit of a bilingual file. The finding's offsets, line and column are in the unit's
/// target `display` text (inline codes shown as placeholders, counted as shown).
public struct SegmentFinding: Sendable {
    /// The file the unit is in.
    public let file: String
    public let unit: BilingualUnit
    public let finding: QAFinding

    /// The hash a suppression can name instead of the unit id (`Suppressions`): 16 hex digits of
    /// FNV-1a over the source and target as shown, so it survives renumbered units.
    public var pairHash: String { SegmentFinding.hash(unit) }

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
    func finding(_ check: QACheck, _ range: Range<Int>, severity: QASeverity? = nil, message: String, suggestion: String? = nil) -> QAFinding {
        finding(checkID: check.id, range, severity: severity ?? check.severity, message: message, suggestion: suggestion)
    }

    private func finding(checkID: String, _ range: Range<Int>, severity: QASeverity, message: String, suggestion: String?) -> QAFinding {
        let scalars = Array(display.unicodeScalars)
        let clamped = min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)
        var line = 1
        var column = 1
        for scalar in scalars[..<clamped.lowerBound] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[clamped])
        return QAFinding(check: checkID, severity: severity, start: clamped.lowerBound, end: clamped.upperBound,
                         line: line, column: column, text: text, message: message, suggestion: suggestion)
    }

    /// A finding of the text QA (offsets into `plain`) moved onto `display`.
    func displayed(_ finding: QAFinding) -> QAFinding {
        self.finding(checkID: finding.check, displayRange(ofPlain: finding.start..<finding.end), severity: finding.severity,
                     message: finding.message, suggestion: finding.suggestion)
    }
}
