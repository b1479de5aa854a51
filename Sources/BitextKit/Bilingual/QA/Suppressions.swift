/// Findings a reviser marked as intended, so they do not come back: JSONL records naming a check, the
/// flagged text, and either the unit (`"unit"`, with `"file"` optional) or the source+target hash
/// (`"hash"`, `SegmentFinding.pairHash`). Lines of `bitext qa --format jsonl` output carry all of these,
/// so that output filtered by hand is a valid suppression file. Other fields are ignored.
public struct Suppressions: Sendable {
    private struct Key: Hashable {
        let check: String
        let text: String
        let place: String
    }

    private var keys: Set<Key> = []

    public init() {}

    /// - Throws: `InputError.malformed` with line and column for a line that is not a JSON object, or an
    ///   object without `check`, `text` and one of `unit` and `hash`.
    public init(_ file: TextFile) throws(InputError) {
        for record in try JSONLRecords.parse(file) {
            func string(_ key: String) throws(InputError) -> String? {
                guard record.fields[key] != nil else { return nil }
                return try record.string(key)
            }
            guard let check = try string("check"), let text = try string("text") else {
                throw InputError(file: file.name, reason: .malformed(line: record.line, column: 1, message: "a suppression needs \"check\" and \"text\""))
            }
            let unit = try string("unit")
            let hash = try string("hash")
            guard unit != nil || hash != nil else {
                throw InputError(file: file.name, reason: .malformed(line: record.line, column: 1, message: "a suppression needs \"unit\" or \"hash\""))
            }
            if let unit { keys.insert(Key(check: check, text: text, place: "unit\u{0}" + (try string("file") ?? "") + "\u{0}" + unit)) }
            if let hash { keys.insert(Key(check: check, text: text, place: "hash\u{0}" + hash)) }
        }
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// Whether a record suppresses `finding`: same check and flagged text, and the same unit (in the
    /// same file when the record names one) or the same source and target.
    public func suppresses(_ finding: SegmentFinding) -> Bool {
        let check = finding.finding.check
        let text = finding.finding.text
        return keys.contains(Key(check: check, text: text, place: "unit\u{0}\u{0}" + finding.unit.id))
            || keys.contains(Key(check: check, text: text, place: "unit\u{0}" + finding.file + "\u{0}" + finding.unit.id))
            || keys.contains(Key(check: check, text: text, place: "hash\u{0}" + finding.pairHash))
    }
}
