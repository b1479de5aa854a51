/// A reviser's own rules for a project, as Xbench users keep them: a tab-separated file, one rule per
/// line, `#` starting a comment line.
///
/// ```
/// # kind    pattern      rendering    severity  message
/// forbid    Visum                     error     the client writes "Einreiseerlaubnis"
/// require   embassy      Botschaft    warning   render "embassy" as "Botschaft"
/// regex     \s+,                      warning   space before a comma
/// ```
///
/// `forbid`: the term (whole words, any case) must not occur in a target. `require`: a source containing
/// the term (whole words, any case) needs the rendering in its target (any case, as a substring, so
/// inflected forms count). `regex`: the pattern (Swift `Regex` syntax) must not match a target. The
/// rendering column is empty except for `require`. Patterns are matched against the text without inline
/// codes; findings point at the text with codes shown.
public struct Checklist: Sendable {
    static let check = QACheck(
        id: "checklist",
        title: "Reviser's checklist",
        explanation: "A rule of the project checklist given with --checklist: a forbidden term, a required rendering of a source term, or a regular expression the target must not match. The message and severity are the reviser's.",
        severity: .warning, needsSource: false)

    struct Rule: @unchecked Sendable {
        enum Kind: String {
            case forbid, require, regex
        }
        let kind: Kind
        /// Matched in the target (forbid, regex) or the source (require).
        let pattern: Regex<AnyRegexOutput>
        /// `require`: what the target must contain, lower-cased.
        let rendering: String
        let severity: QASeverity
        let message: String
    }

    let rules: [Rule]

    /// Parses a checklist.
    ///
    /// - Throws: `InputError.malformed` with line and column for an unknown kind, severity or a pattern
    ///   that does not compile.
    public init(_ file: TextFile) throws(InputError) {
        var rules: [Rule] = []
        for (number, line) in file.string.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            if text.allSatisfy({ $0.isWhitespace }) || text.hasPrefix("#") { continue }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func fail(_ field: Int, _ message: String) -> InputError {
                let column = fields.prefix(field).reduce(1) { $0 + $1.count + 1 }
                return InputError(file: file.name, reason: .malformed(line: number + 1, column: column, message: message))
            }
            guard fields.count == 5 else { throw fail(min(fields.count, 4), "expected 5 tab-separated fields: kind, pattern, rendering, severity, message") }
            guard let kind = Rule.Kind(rawValue: fields[0]) else { throw fail(0, "unknown rule kind \"\(fields[0])\" (forbid, require or regex)") }
            guard let severity = QASeverity(rawValue: fields[3]) else { throw fail(3, "unknown severity \"\(fields[3])\" (error, warning or info)") }
            guard !fields[1].isEmpty else { throw fail(1, "empty pattern") }
            guard (kind == .require) == !fields[2].isEmpty else {
                throw fail(2, kind == .require ? "a require rule needs a rendering" : "only require rules take a rendering")
            }
            let source = kind == .regex ? fields[1] : "\\b" + Self.literal(fields[1]) + "\\b"
            let pattern: Regex<AnyRegexOutput>
            do {
                pattern = try Regex(source).ignoresCase(kind != .regex)
            } catch {
                throw fail(1, "the pattern does not compile: \(error)")
            }
            rules.append(Rule(kind: kind, pattern: pattern, rendering: fields[2].lowercased(), severity: severity,
                              message: fields[4].isEmpty ? "checklist rule \(kind.rawValue) \(fields[1])" : fields[4]))
        }
        self.rules = rules
    }

    /// The findings of every rule on one unit.
    ///
    /// - Complexity: linear in the segment per rule for literal rules; a reviser's regular expression
    ///   can backtrack, bounded by the segment's length.
    func findings(_ unit: BilingualUnit) -> [QAFinding] {
        var findings: [QAFinding] = []
        let target = unit.target
        for rule in rules {
            switch rule.kind {
            case .forbid, .regex:
                // Matches come in order: each one's offset is counted on from the one before, and the
                // segment's positions are made once, so many matches cost no more than one pass.
                let scalars = target.plain.unicodeScalars
                var ranges: [Range<Int>] = []
                var (index, offset) = (scalars.startIndex, 0)
                for match in target.plain.matches(of: rule.pattern) where !match.range.isEmpty {
                    offset += scalars.distance(from: index, to: match.range.lowerBound)
                    let length = scalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
                    ranges.append(offset..<(offset + length))
                    (index, offset) = (match.range.upperBound, offset + length)
                }
                let positions = target.displayPositions
                for range in target.displayRanges(ofPlain: ranges) {
                    findings.append(positions.finding(Self.check, range, severity: rule.severity, message: rule.message))
                }
            case .require:
                guard unit.source.plain.contains(rule.pattern), !target.plain.lowercased().contains(rule.rendering) else { continue }
                findings.append(target.finding(Self.check, 0..<target.display.unicodeScalars.count, severity: rule.severity,
                                               message: rule.message))
            }
        }
        return findings
    }

    /// `text` as a pattern matching itself.
    private static func literal(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\^$.|?*+()[]{}/-".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
