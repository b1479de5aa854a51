/// OmegaT's glossary TSV: source term, target term, comment; nothing else. OmegaT reads the first
/// three tab-separated columns of each line. The comment carries the note, or else part of speech
/// and domain, so a translator sees them in OmegaT; confidence, evidence and context are not kept
/// (use `tsv` for a lossless export). Tabs and line breaks in fields become spaces, since OmegaT
/// has no escape for them. OmegaT treats lines starting with `#` as comments, so a source term
/// starting with `#` does not survive this format.
public enum GlossaryOmegaT {
    public static func write(_ glossary: Glossary) -> [UInt8] {
        var out = ""
        for entry in glossary.entries {
            out += flat(entry.german) + "\t" + flat(entry.english) + "\t" + flat(comment(entry)) + "\n"
        }
        return Array(out.utf8)
    }

    /// The comment OmegaT shows: the note when there is one, else "noun, diplomacy".
    static func comment(_ entry: GlossaryEntry) -> String {
        if !entry.note.isEmpty { return entry.note }
        return [entry.partOfSpeech?.rawValue ?? "", entry.domain].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// - Throws: `InputError.malformed` naming the line of a row without a target term.
    public static func read(_ file: TextFile) throws(InputError) -> Glossary {
        var entries: [GlossaryEntry] = []
        for (lineNumber, fields) in TabSeparatedRows.rows(of: file) {
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "expected source<TAB>target[<TAB>comment]"))
            }
            entries.append(GlossaryEntry(german: fields[0], english: fields[1], note: fields.count > 2 ? fields[2] : ""))
        }
        return Glossary(entries: entries)
    }

    private static func flat(_ text: String) -> String {
        // Byte scan first: nearly every field has no tab or line break.
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
