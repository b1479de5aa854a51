/// A terminologist's decisions on built candidates, kept across builds: a glossary TSV (the
/// `bitext glossary build` output, edited) whose `status` column says `rejected` for pairs that
/// must not be offered again and `accepted` (or a TBX status: preferred, admitted, …) for pairs
/// kept as curated entries. Rows without a status are undecided and ignored.
///
/// ```
/// Schritt	pace	noun			rejected
/// Botschaft	embassy	noun			accepted
/// ```
public struct TermDecisions: Sendable, Equatable {
    /// Rejected German-English pairs, lower case, "german\tenglish".
    public private(set) var rejected: Set<String> = []
    /// Accepted pairs, as curated entries (status `accepted` becomes no status; a TBX status stays).
    public private(set) var accepted: Glossary = Glossary()

    public init() {}

    /// Whether the pair was rejected (compared case-insensitively).
    public func isRejected(german: String, english: String) -> Bool {
        // Nothing lower-cased without decisions: a glossary build asks this of every candidate pair.
        !rejected.isEmpty && rejected.contains(german.lowercased() + "\t" + english.lowercased())
    }

    /// Both files' decisions; for a pair accepted in both, the first file's entry wins.
    public func merging(_ other: TermDecisions) -> TermDecisions {
        var result = self
        result.rejected.formUnion(other.rejected)
        result.accepted = accepted.adding(other.accepted)
        return result
    }

    /// Reads a decisions file in the glossary TSV layout.
    ///
    /// - Throws: `InputError.malformed` with line and column of a bad row.
    public static func read(_ file: TextFile) throws(InputError) -> TermDecisions {
        var decisions = TermDecisions()
        let statusColumn = 5
        for (lineNumber, rawFields) in TabSeparatedRows.rows(of: file) {
            var fields = rawFields.map(TabSeparatedRows.unescape)
            guard fields.count > statusColumn, !fields[statusColumn].isEmpty else { continue }
            let status = fields[statusColumn]
            if status == "rejected" {
                guard !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "a rejected row needs a German and an English term"))
                }
                decisions.rejected.insert(fields[0].lowercased() + "\t" + fields[1].lowercased())
                continue
            }
            if status == "accepted" { fields[statusColumn] = "" }
            do {
                decisions.accepted.entries.append(try GlossaryTable.entry(fields))
            } catch {
                let column = rawFields.prefix(error.column).reduce(1) { $0 + $1.count + 1 }
                throw InputError(file: file.name, reason: .malformed(
                    line: lineNumber, column: column, message: error.message + (error.column == statusColumn ? " (or accepted, rejected)" : "")))
            }
        }
        return decisions
    }
}
