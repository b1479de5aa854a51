/// The glossary TSV: bitext's source-of-truth format (the curated `glossaries/*.tsv`) and a
/// lossless export. One entry per line in the `GlossaryTable` column layout; `#` starts a comment
/// line; blank lines are ignored. Tabs, line breaks and backslashes inside fields are written as
/// `\t`, `\n`, `\r`, `\\`, the other control characters bitext refuses as binary data (`TextFile`)
/// as `\xHH` (`\x00`, `\x7F`), and a German term starting with `#` as `\#`, so every field survives
/// and the file reads back.
///
/// ```
/// Botschaft	embassy	noun	diplomacy		preferred
/// ```
public enum GlossaryTSV {
    public static func write(_ glossary: Glossary) -> [UInt8] {
        let contexts = GlossaryTable.contextCount(glossary)
        var out = headerLine(contextCount: contexts)
        for entry in glossary.entries { out += line(entry, contextCount: contexts) }
        return Array(out.utf8)
    }

    /// The comment line that starts the file, naming the columns (with `contextCount` context pairs).
    public static func headerLine(contextCount: Int) -> String {
        "# bitext glossary, German-English. Columns: " + GlossaryTable.header(contextCount: contextCount).joined(separator: " ") + "\n"
    }

    /// One entry's line, padded to `contextCount` context pairs: for writing entries as they are read.
    public static func line(_ entry: GlossaryEntry, contextCount: Int) -> String {
        var line = GlossaryTable.row(entry, contextCount: contextCount).map(TabSeparatedRows.escape).joined(separator: "\t")
        if line.hasPrefix("#") { line = "\\" + line }
        return line + "\n"
    }

    /// - Throws: `InputError.malformed` with the line and the column (in characters) of the bad field.
    public static func read(_ file: TextFile) throws(InputError) -> Glossary {
        var entries: [GlossaryEntry] = []
        for (lineNumber, rawFields) in TabSeparatedRows.rows(of: file) {
            guard rawFields.count >= 2 else {
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: 1, message: "expected German<TAB>English[<TAB>…]"))
            }
            do {
                entries.append(try GlossaryTable.entry(rawFields.map(TabSeparatedRows.unescape)))
            } catch {
                let column = rawFields.prefix(error.column).reduce(1) { $0 + $1.count + 1 }
                throw InputError(file: file.name, reason: .malformed(line: lineNumber, column: column, message: error.message))
            }
        }
        return Glossary(entries: entries)
    }
}
