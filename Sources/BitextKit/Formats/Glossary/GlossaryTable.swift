/// The column layout shared by the tabular glossary formats (TSV and CSV): eleven fixed columns, then
/// one German and one English column per context sentence pair.
///
/// The first six columns are those of the curated `glossaries/*.tsv` files, so a curated file is a
/// valid glossary TSV and a TSV export can be edited and fed back with `--glossary`.
enum GlossaryTable {
    static let fixedColumns = [
        "german", "english", "part_of_speech", "domain", "note", "status", "confidence", "frequency", "evidence", "gender", "variants",
    ]

    /// A problem with one field, located by its 0-based column; readers add the line.
    struct FieldError: Error {
        let column: Int
        let message: String
    }

    /// Column names for a table whose rows hold up to `contextCount` context pairs.
    static func header(contextCount: Int) -> [String] {
        var names = fixedColumns
        for k in 0..<contextCount {
            names.append("context_de_\(k + 1)")
            names.append("context_en_\(k + 1)")
        }
        return names
    }

    /// The widest context list of a glossary: the number of context column pairs its table needs.
    static func contextCount(_ glossary: Glossary) -> Int {
        glossary.entries.reduce(0) { max($0, $1.contexts.count) }
    }

    /// The fields of an entry with at most `contextCount` of its context pairs, trailing empty fields
    /// dropped. Rows are not padded to `contextCount`: the CSV writer pads its rows itself, and padding
    /// every row to the widest entry only to trim it again cost O(entries × widest) time.
    static func row(_ entry: GlossaryEntry, contextCount: Int) -> [String] {
        let partOfSpeech: String = entry.partOfSpeech?.rawValue ?? ""
        let status: String = entry.status?.rawValue ?? ""
        var confidence = ""
        if let value = entry.confidence { confidence = JSONLine.format(value, decimals: GlossaryEntry.confidenceDecimals) }
        var frequency = ""
        if let value = entry.frequency { frequency = String(value) }
        let evidence: String = entry.evidence.map(\.rawValue).joined(separator: ",")
        let gender: String = entry.gender?.letter ?? ""
        var fields: [String] = [entry.german, entry.english, partOfSpeech, entry.domain, entry.note, status, confidence, frequency, evidence, gender,
                                  TermVariant.field(entry.variants)]
        for context in entry.contexts.prefix(contextCount) {
            fields.append(context.german)
            fields.append(context.english)
        }
        // Trailing empty fields carry nothing; dropping them keeps curated-style rows short.
        while fields.count > 2, fields.last?.isEmpty == true { fields.removeLast() }
        return fields
    }

    /// The entry of a row in positional layout; missing trailing columns are empty.
    static func entry(_ fields: [String]) throws(FieldError) -> GlossaryEntry {
        func field(_ k: Int) -> String { k < fields.count ? fields[k] : "" }
        guard !field(0).isEmpty else { throw FieldError(column: 0, message: "empty German term") }
        guard !field(1).isEmpty else { throw FieldError(column: 1, message: "empty English term") }
        var entry = GlossaryEntry(german: field(0), english: field(1), domain: field(3), note: field(4))
        if !field(2).isEmpty {
            guard let pos = PartOfSpeech(rawValue: field(2)) else {
                throw FieldError(column: 2, message: "unknown part of speech '\(field(2))' (expected \(PartOfSpeech.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            entry.partOfSpeech = pos
        }
        if !field(5).isEmpty {
            guard let status = TermStatus(lenient: field(5)) else {
                throw FieldError(column: 5, message: "unknown status '\(field(5))' (expected \(TermStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            entry.status = status
        }
        if !field(6).isEmpty {
            guard let confidence = Double(field(6)), confidence >= 0, confidence <= 1 else {
                throw FieldError(column: 6, message: "confidence '\(field(6))' is not a number between 0 and 1")
            }
            entry.confidence = confidence
        }
        if !field(7).isEmpty {
            guard let frequency = Int(field(7)), frequency >= 0 else {
                throw FieldError(column: 7, message: "frequency '\(field(7))' is not a non-negative integer")
            }
            entry.frequency = frequency
        }
        entry.evidence = try evidence(field(8), column: 8)
        if !field(9).isEmpty {
            guard let gender = GrammaticalGender(lenient: field(9)) else {
                throw FieldError(column: 9, message: "unknown gender '\(field(9))' (expected m, f or n)")
            }
            entry.gender = gender
        }
        guard let variants = TermVariant.parse(field(10)) else {
            throw FieldError(column: 10, message: "variants '\(field(10))' are not \"de:term=kind; en:term=kind\" (kinds: \(TermVariant.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        entry.variants = variants
        var k = fixedColumns.count
        while k < fields.count {
            let german = field(k)
            let english = field(k + 1)
            if !german.isEmpty || !english.isEmpty {
                guard !german.isEmpty, !english.isEmpty else {
                    throw FieldError(column: german.isEmpty ? k : k + 1, message: "context sentence pair with one side empty")
                }
                entry.contexts.append(SentencePair(german: german, english: english))
            }
            k += 2
        }
        return entry
    }

    /// Parses a comma-separated evidence list ("lexicon,cooccurrence").
    static func evidence(_ text: String, column: Int) throws(FieldError) -> [TermEvidence] {
        guard !text.isEmpty else { return [] }
        var result: [TermEvidence] = []
        for part in text.split(separator: ",") {
            guard let kind = TermEvidence(rawValue: String(part)) else {
                throw FieldError(column: column, message: "unknown evidence '\(part)' (expected \(TermEvidence.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            result.append(kind)
        }
        return result
    }
}
