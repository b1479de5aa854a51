/// OmegaT's glossary TSV: source term, target term, comment; nothing else. The source is the
/// project's source language: English for an en-de project (the default direction, that of the
/// translations bitext checks), German for de-en. OmegaT reads the first
/// three tab-separated columns of each line. The comment carries the note, or else part of speech
/// and domain, so a translator sees them in OmegaT; confidence, evidence and context are not kept
/// (use `tsv` for a lossless export). Tabs and line breaks in fields become spaces, since OmegaT
/// has no escape for them; other control characters, which bitext refuses as binary data, become
/// U+FFFD, the replacement character. OmegaT treats lines starting with `#` as comments, so a source
/// term starting with `#` does not survive this format.
public enum GlossaryOmegaT {
    public static func write(_ glossary: Glossary, direction: TMXDirection = .enDe) -> [UInt8] {
        var out = ""
        for entry in glossary.entries {
            let (source, target) = direction == .enDe ? (entry.english, entry.german) : (entry.german, entry.english)
            out += flat(source) + "\t" + flat(target) + "\t" + flat(comment(entry)) + "\n"
        }
        return Array(out.utf8)
    }

    /// The comment OmegaT shows: the note when there is one, else "noun, diplomacy".
    static func comment(_ entry: GlossaryEntry) -> String {
        if !entry.note.isEmpty { return entry.note }
        return [entry.partOfSpeech?.rawValue ?? "", entry.domain].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// - Throws: `InputError.malformed` naming the line of a row without a target term.
    public static func read(_ file: TextFile, direction: TMXDirection = .enDe) throws(InputError) -> Glossary {
        var entries: [GlossaryEntry] = []
        for (lineNumber, fields) in TabSeparatedRows.rows(of: file) {
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "expected source<TAB>target[<TAB>comment]"))
            }
            let (german, english) = direction == .enDe ? (fields[1], fields[0]) : (fields[0], fields[1])
            entries.append(GlossaryEntry(german: german, english: english, note: fields.count > 2 ? fields[2] : ""))
        }
        return Glossary(entries: entries)
    }

    private static func flat(_ text: String) -> String {
        // Byte scan first: nearly every field has no control character.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        let spaced = String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        return GlossaryCSV.replacingRefusedControls(spaced)
    }
}
