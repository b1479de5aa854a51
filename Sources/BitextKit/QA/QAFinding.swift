/// One problem found in a target text, pointing at the offending characters of the user's file.
public struct QAFinding: Sendable, Equatable {
    /// The id of the check that found it (`QACheck.id`).
    public let check: String
    public let severity: QASeverity
    /// 0-based Unicode scalar offsets into the target file (end exclusive).
    public let start: Int
    public let end: Int
    /// 1-based line and column (in scalars) of `start`.
    public let line: Int
    public let column: Int
    /// The flagged characters.
    public let text: String
    /// What is wrong, for a translator.
    public let message: String
    /// A replacement for `text`, when the check knows one.
    public let suggestion: String?

    public init(check: String, severity: QASeverity, start: Int, end: Int, line: Int, column: Int,
                text: String, message: String, suggestion: String? = nil) {
        self.check = check
        self.severity = severity
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.text = text
        self.message = message
        self.suggestion = suggestion
    }
}

extension QAFinding {
    /// The same finding with another severity.
    func withSeverity(_ severity: QASeverity) -> QAFinding {
        QAFinding(check: check, severity: severity, start: start, end: end, line: line, column: column,
                  text: text, message: message, suggestion: suggestion)
    }

    /// The same finding with `note` added to its message (and, when given, another severity).
    func adding(_ note: String, severity: QASeverity? = nil) -> QAFinding {
        QAFinding(check: check, severity: severity ?? self.severity, start: start, end: end, line: line, column: column,
                  text: text, message: message + note, suggestion: suggestion)
    }
}

extension QAText {
    /// A finding over `range` (scalar offsets) of this text, with its line, column and text filled in.
    func finding(_ check: QACheck, _ range: Range<Int>, severity: QASeverity? = nil, message: String,
                 suggestion: String? = nil) -> QAFinding {
        let (line, column) = position(ofScalar: range.lowerBound)
        return QAFinding(check: check.id, severity: severity ?? check.severity, start: range.lowerBound,
                         end: range.upperBound, line: line, column: column, text: string(range),
                         message: message, suggestion: suggestion)
    }
}
